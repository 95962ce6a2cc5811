package th.go.cdd.fastdata.womenfund.measure;

import org.springframework.http.HttpStatus;

/**
 * A step the application cannot take, with the Thai reason shown to the user: 400 bad input (naming
 * the field), 403 not hers to take, 409 not from this state. Nothing was changed.
 */
public class ApplicationRefused extends RuntimeException {

	private final HttpStatus status;

	private final String field;

	ApplicationRefused(HttpStatus status, String field, String reason) {
		super(reason);
		this.status = status;
		this.field = field;
	}

	static ApplicationRefused badInput(String field, String reason) {
		return new ApplicationRefused(HttpStatus.BAD_REQUEST, field, reason);
	}

	static ApplicationRefused forbidden(String reason) {
		return new ApplicationRefused(HttpStatus.FORBIDDEN, null, reason);
	}

	static ApplicationRefused conflict(String reason) {
		return new ApplicationRefused(HttpStatus.CONFLICT, null, reason);
	}

	public HttpStatus status() {
		return this.status;
	}

	/** The field a 400 names, else null. */
	public String field() {
		return this.field;
	}

}
