package th.go.cdd.fastdata.womenfund.measure;

import java.util.List;
import java.util.Map;

import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A refused step of the measures' API as problem+json: 400 naming the field, 403, 409, in Thai. */
@RestControllerAdvice(assignableTypes = { MeasureApiController.class, CalculatorApiController.class })
class MeasureApiProblems {

	@ExceptionHandler(ApplicationRefused.class)
	ProblemDetail refused(ApplicationRefused ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(ex.status(), ex.getMessage());
		problem.setTitle(switch (ex.status()) {
			case FORBIDDEN -> "ไม่มีสิทธิ์ดำเนินการขั้นนี้";
			case CONFLICT -> "ดำเนินการจากสถานะนี้ไม่ได้";
			default -> "ข้อมูลไม่ถูกต้อง";
		});
		if (ex.field() != null) {
			problem.setProperty("errors", List.of(Map.of("field", ex.field(), "message", ex.getMessage())));
		}
		return problem;
	}

}
