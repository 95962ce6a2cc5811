package th.go.cdd.fastdata.thai;

/**
 * Thrown when user input is not a date (วันที่) that {@link ThaiDates#parse(String)} accepts. The message
 * is in Thai and safe to show to the user as-is.
 */
public class ThaiDateParseException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	public ThaiDateParseException(String message) {
		super(message);
	}

}
