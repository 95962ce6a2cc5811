package th.go.cdd.fastdata.thai;

/**
 * Thrown when user input is not an amount in baht (จำนวนเงินบาท) that {@link Baht#parse(String)} accepts.
 * The message is in Thai and safe to show to the user as-is.
 */
public class BahtParseException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	public BahtParseException(String message) {
		super(message);
	}

}
