package th.go.cdd.fastdata.thai;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount in Thai words as written on letters and cheques (ตัวอักษร): "หนึ่งหมื่นบาทถ้วน",
 * "หนึ่งพันสองร้อยสามสิบสี่บาทห้าสิบสตางค์". Rounded half-up to the satang; a units digit 1 after
 * any higher digit is "เอ็ด" (สิบเอ็ด, ยี่สิบเอ็ด, หนึ่งร้อยเอ็ด, หนึ่งล้านเอ็ด), as Excel's BAHTTEXT.
 */
public final class BahtText {

	private static final String[] DIGITS = { "ศูนย์", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า" };

	private static final String[] PLACES = { "", "สิบ", "ร้อย", "พัน", "หมื่น", "แสน" };

	private BahtText() {
	}

	/** The amount in words; {@code null} gives "–". */
	public static String of(BigDecimal value) {
		if (value == null) {
			return ThaiDates.MISSING;
		}
		BigDecimal rounded = value.setScale(2, RoundingMode.HALF_UP);
		String sign = rounded.signum() < 0 ? "ลบ" : "";
		rounded = rounded.abs();
		String baht = rounded.toBigInteger().toString();
		int satang = rounded.remainder(BigDecimal.ONE).movePointRight(2).intValueExact();
		if (rounded.signum() == 0) {
			return "ศูนย์บาทถ้วน";
		}
		StringBuilder text = new StringBuilder(sign);
		if (!"0".equals(baht)) {
			text.append(integer(baht)).append("บาท");
		}
		if (satang == 0) {
			text.append("ถ้วน");
		}
		else {
			text.append(integer(Integer.toString(satang))).append("สตางค์");
		}
		return text.toString();
	}

	/** A whole number in words, "ล้าน" after every six digits: 1 000 000 000 000 is หนึ่งล้านล้าน. */
	static String integer(String digits) {
		StringBuilder text = new StringBuilder();
		int length = digits.length();
		boolean higher = false;
		for (int i = 0; i < length; i++) {
			int digit = digits.charAt(i) - '0';
			int position = length - 1 - i;
			int place = position % 6;
			if (digit != 0) {
				if (place == 0 && digit == 1 && higher) {
					text.append("เอ็ด");
				}
				else if (place == 1 && digit == 1) {
					text.append("สิบ");
				}
				else if (place == 1 && digit == 2) {
					text.append("ยี่สิบ");
				}
				else {
					text.append(DIGITS[digit]).append(PLACES[place]);
				}
				higher = true;
			}
			if (place == 0 && position > 0 && higher) {
				text.append("ล้าน");
			}
		}
		return text.isEmpty() ? DIGITS[0] : text.toString();
	}

}
