package th.go.cdd.fastdata.thai;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amounts in baht (จำนวนเงินบาท): always shown with two decimals and comma grouping, as on receipts
 * and in the fund's ledgers.
 */
public final class Baht {

	private static final String UNIT = "บาท";

	// Commas are optional but, when present, must group thousands, so "12,34" is rejected as a typo.
	private static final Pattern AMOUNT = Pattern.compile("-?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?");

	private static final int SCALE = 2;

	private Baht() {
	}

	/** "1,234.50 บาท", rounded half-up to satang; {@code null} gives "–". */
	public static String format(BigDecimal value) {
		return (value != null) ? amount(value) + " " + UNIT : ThaiDates.MISSING;
	}

	/** "1,234.50" without the unit, for table columns headed "บาท"; {@code null} gives "–". */
	public static String amount(BigDecimal value) {
		if (value == null) {
			return ThaiDates.MISSING;
		}
		// Locale.ROOT so the server's locale can never switch the separators or the digits.
		return String.format(Locale.ROOT, "%,.2f", value.setScale(SCALE, RoundingMode.HALF_UP));
	}

	/**
	 * Parses an amount typed by a user: "1,234.5", "1234.50", "1,234.50 บาท" or a negative "-50". The result
	 * always has scale 2.
	 * @throws BahtParseException with a Thai message fit to show the user
	 */
	public static BigDecimal parse(String text) {
		if (text == null || text.isBlank()) {
			throw new BahtParseException("กรุณาระบุจำนวนเงิน (เช่น 1,234.50)");
		}
		String input = text.strip();
		String number = input.endsWith(UNIT) ? input.substring(0, input.length() - UNIT.length()).strip() : input;
		Matcher matcher = AMOUNT.matcher(number);
		if (!matcher.matches()) {
			throw new BahtParseException("จำนวนเงินไม่ถูกต้อง: " + input + " (เช่น 1,234.50)");
		}
		String fraction = matcher.group(1);
		if (fraction != null && fraction.length() > SCALE) {
			throw new BahtParseException("จำนวนเงินมีทศนิยมได้ไม่เกิน 2 ตำแหน่ง: " + input);
		}
		return new BigDecimal(number.replace(",", "")).setScale(SCALE);
	}

}
