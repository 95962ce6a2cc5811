package th.go.cdd.fastdata.womenfund.project;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Bad input to the registry's JSON API, answered as an RFC 9457 problem detail whose
 * {@code errors} list names each field with a Thai message. Nothing is stored.
 */
@RestControllerAdvice(assignableTypes = { StatusApiController.class, ProjectApiController.class,
		ProjectRegistrationApiController.class })
class ApiProblems {

	static class InvalidInput extends RuntimeException {

		private final transient List<Map<String, String>> errors;

		InvalidInput(String field, String message) {
			super(message);
			this.errors = List.of(Map.of("field", field, "message", message));
		}

		InvalidInput(List<Map<String, String>> errors) {
			super("invalid input");
			this.errors = List.copyOf(errors);
		}

		InvalidInput(Errors errors) {
			super("invalid input");
			this.errors = errors.getFieldErrors()
				.stream()
				.map(e -> Map.of("field", e.getField(), "message", String.valueOf(e.getDefaultMessage())))
				.toList();
		}

	}

	@ExceptionHandler(InvalidInput.class)
	ProblemDetail invalid(InvalidInput ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "ข้อมูลไม่ถูกต้อง ไม่ได้บันทึก");
		problem.setTitle("ข้อมูลไม่ถูกต้อง");
		problem.setProperty("errors", ex.errors);
		return problem;
	}

}
