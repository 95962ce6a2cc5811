package th.go.cdd.fastdata.womenfund.document;

import org.springframework.http.HttpStatus;

/** A file not taken into the project file, with the reason in Thai for the officer. */
public class FileRefused extends RuntimeException {

	private final HttpStatus status;

	private final String field;

	FileRefused(HttpStatus status, String field, String reason) {
		super(reason);
		this.status = status;
		this.field = field;
	}

	static FileRefused badFile(String reason) {
		return new FileRefused(HttpStatus.BAD_REQUEST, "file", reason);
	}

	/** 415: the content is not one of the kinds the file takes. */
	static FileRefused unsupported(String reason) {
		return new FileRefused(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "file", reason);
	}

	static FileRefused badField(String field, String reason) {
		return new FileRefused(HttpStatus.BAD_REQUEST, field, reason);
	}

	public HttpStatus status() {
		return this.status;
	}

	public String field() {
		return this.field;
	}

}
