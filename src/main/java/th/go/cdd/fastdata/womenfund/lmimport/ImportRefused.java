package th.go.cdd.fastdata.womenfund.lmimport;

import org.springframework.http.HttpStatus;

/** An upload or an apply that cannot go ahead, with the reason in Thai fit to show the user. */
class ImportRefused extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final HttpStatus status;

	ImportRefused(HttpStatus status, String message) {
		super(message);
		this.status = status;
	}

	/** The file itself is unusable: too large, not Excel or CSV, no header. */
	static ImportRefused badFile(String message) {
		return new ImportRefused(HttpStatus.BAD_REQUEST, message);
	}

	/** The import is not in a state to apply: problems remain, or it is already running. */
	static ImportRefused conflict(String message) {
		return new ImportRefused(HttpStatus.CONFLICT, message);
	}

	HttpStatus status() {
		return this.status;
	}

}
