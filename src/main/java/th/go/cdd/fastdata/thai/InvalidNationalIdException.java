package th.go.cdd.fastdata.thai;

/**
 * Thrown when a value is not a valid national ID (เลขประจำตัวประชาชน). The message is in Thai, safe to
 * show to the user, and never repeats the digits, so it can be logged.
 */
public class InvalidNationalIdException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	private final Reason reason;

	public InvalidNationalIdException(Reason reason) {
		super(reason.message());
		this.reason = reason;
	}

	/** Why the value was rejected, for callers that react differently (e.g. to highlight a form field). */
	public Reason reason() {
		return this.reason;
	}

	/** The ways a national ID can be wrong, each with the message shown to the user. */
	public enum Reason {

		WRONG_LENGTH("เลขประจำตัวประชาชนต้องมี 13 หลัก"),

		NOT_DIGITS("เลขประจำตัวประชาชนต้องเป็นตัวเลขเท่านั้น"),

		WRONG_CHECK_DIGIT("เลขประจำตัวประชาชนไม่ถูกต้อง (เลขหลักสุดท้ายไม่ตรงกับเลขตรวจสอบ)");

		private final String message;

		Reason(String message) {
			this.message = message;
		}

		public String message() {
			return this.message;
		}

	}

}
