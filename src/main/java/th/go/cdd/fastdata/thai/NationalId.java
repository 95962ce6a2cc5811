package th.go.cdd.fastdata.thai;

import java.util.Objects;

import th.go.cdd.fastdata.thai.InvalidNationalIdException.Reason;

/**
 * A Thai national ID (เลขประจำตัวประชาชน): 13 digits, the last a check digit over the first twelve.
 * <p>
 * {@link #toString()} is masked so that the ID never ends up in a log by accident; use {@link #digits()}
 * to store it and {@link #formatted()} only where the full number must be shown.
 *
 * @param digits the 13 digits without separators
 */
public record NationalId(String digits) {

	private static final int LENGTH = 13;

	public NationalId {
		Objects.requireNonNull(digits, "digits");
		if (!digits.chars().allMatch(NationalId::isAsciiDigit)) {
			throw new InvalidNationalIdException(Reason.NOT_DIGITS);
		}
		if (digits.length() != LENGTH) {
			throw new InvalidNationalIdException(Reason.WRONG_LENGTH);
		}
		if (checkDigit(digits) != digits.charAt(LENGTH - 1) - '0') {
			throw new InvalidNationalIdException(Reason.WRONG_CHECK_DIGIT);
		}
	}

	/**
	 * Parses an ID as typed or printed: "1-2345-67890-12-1", "1 2345 67890 12 1" or "1234567890121".
	 * @throws InvalidNationalIdException if the value is not a valid ID
	 */
	public static NationalId parse(String text) {
		if (text == null) {
			throw new InvalidNationalIdException(Reason.WRONG_LENGTH);
		}
		return new NationalId(text.replaceAll("[\\s-]", ""));
	}

	/** Whether {@link #parse(String)} would accept the value; {@code null} is not valid. */
	public static boolean isValid(String text) {
		try {
			parse(text);
			return true;
		}
		catch (InvalidNationalIdException ex) {
			return false;
		}
	}

	/** "1-2345-67890-12-1", grouped 1-4-5-2-1 as printed on the ID card. */
	public String formatted() {
		return group(this.digits.substring(5, 10), this.digits.substring(10, 12));
	}

	/** "1-2345-xxxxx-xx-1": the first five digits and the check digit, enough to tell people apart on screen. */
	public String masked() {
		return group("xxxxx", "xx");
	}

	/** The masked form, so that logging or string concatenation never leaks the ID. */
	@Override
	public String toString() {
		return masked();
	}

	private String group(String third, String fourth) {
		return this.digits.charAt(0) + "-" + this.digits.substring(1, 5) + "-" + third + "-" + fourth + "-"
				+ this.digits.charAt(12);
	}

	// Weights run from 13 down to 2 over the first twelve digits (Ministry of Interior scheme).
	private static int checkDigit(String digits) {
		int sum = 0;
		for (int i = 0; i < LENGTH - 1; i++) {
			sum += (digits.charAt(i) - '0') * (LENGTH - i);
		}
		return (11 - sum % 11) % 10;
	}

	// Character.isDigit would also accept Thai and other non-ASCII digits, which the check digit cannot use.
	private static boolean isAsciiDigit(int c) {
		return c >= '0' && c <= '9';
	}

}
