package th.go.cdd.fastdata.womenfund.project;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Bad input to the women's fund JSON API (the registry, the calculators), answered as an RFC 9457
 * problem detail whose {@code errors} list names each field with a Thai message. Nothing is stored.
 */
@RestControllerAdvice(basePackages = "th.go.cdd.fastdata.womenfund")
public class ApiProblems {

	/** What the registry stores answers when refused: nothing was saved. */
	static final String NOT_SAVED = "ข้อมูลไม่ถูกต้อง ไม่ได้บันทึก";

	public static class InvalidInput extends RuntimeException {

		private final transient List<Map<String, String>> errors;

		private final String detail;

		InvalidInput(String field, String message) {
			super(message);
			this.errors = List.of(Map.of("field", field, "message", message));
			this.detail = NOT_SAVED;
		}

		InvalidInput(List<Map<String, String>> errors) {
			this(errors, NOT_SAVED);
		}

		/** {@code errors} as {@code {field, message}}; {@code detail} the sentence above them. */
		public InvalidInput(List<Map<String, String>> errors, String detail) {
			super("invalid input");
			this.errors = List.copyOf(errors);
			this.detail = detail;
		}

		InvalidInput(Errors errors) {
			super("invalid input");
			this.detail = NOT_SAVED;
			this.errors = errors.getFieldErrors()
				.stream()
				.map(e -> Map.of("field", e.getField(), "message", String.valueOf(e.getDefaultMessage())))
				.toList();
		}

	}

	@ExceptionHandler(InvalidInput.class)
	ProblemDetail invalid(InvalidInput ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.detail);
		problem.setTitle("ข้อมูลไม่ถูกต้อง");
		problem.setProperty("errors", ex.errors);
		return problem;
	}

}
