package th.go.cdd.fastdata.womenfund.project;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.validation.Errors;

import th.go.cdd.fastdata.thai.Baht;
import th.go.cdd.fastdata.thai.BahtParseException;
import th.go.cdd.fastdata.thai.ThaiDateParseException;
import th.go.cdd.fastdata.thai.ThaiDates;

/**
 * Reads what an officer typed into values, adding a Thai error that names the field for each
 * value it cannot read. A method answers {@code null} when the value is missing or wrong, so the
 * caller checks {@code errors.hasErrors()} once before storing anything.
 */
public final class TypedFields {

	private final Errors errors;

	private final LocalDate today;

	public TypedFields(Errors errors, LocalDate today) {
		this.errors = errors;
		this.today = today;
	}

	/** Stripped text, or {@code null} when blank; refused when required and blank, or longer than max. */
	public String text(String value, String field, String label, boolean required, int max) {
		if (value == null || value.isBlank()) {
			if (required) {
				this.errors.rejectValue(field, "required", "กรุณากรอก" + label);
			}
			return null;
		}
		String text = value.strip();
		if (text.length() > max) {
			this.errors.rejectValue(field, "size", label + "ยาวได้ไม่เกิน " + max + " ตัวอักษร");
		}
		return text;
	}

	/** A date in B.E. or C.E.; {@code notFuture} refuses one after today (a signature, a payment). */
	public LocalDate date(String value, String field, String label, boolean required, boolean notFuture) {
		if (value == null || value.isBlank()) {
			if (required) {
				this.errors.rejectValue(field, "required", "กรุณากรอก" + label);
			}
			return null;
		}
		try {
			LocalDate date = ThaiDates.parse(value);
			if (notFuture && date.isAfter(this.today)) {
				this.errors.rejectValue(field, "future", label + "ต้องไม่เป็นวันในอนาคต");
			}
			return date;
		}
		catch (ThaiDateParseException ex) {
			this.errors.rejectValue(field, "format", label + ": " + ex.getMessage());
			return null;
		}
	}

	/** An amount in baht, more than zero. */
	public BigDecimal amount(String value, String field, String label) {
		if (value == null || value.isBlank()) {
			this.errors.rejectValue(field, "required", "กรุณากรอก" + label);
			return null;
		}
		try {
			BigDecimal amount = Baht.parse(value);
			if (amount.signum() <= 0) {
				this.errors.rejectValue(field, "positive", label + "ต้องมากกว่า 0");
				return null;
			}
			return amount;
		}
		catch (BahtParseException ex) {
			this.errors.rejectValue(field, "format", label + ": " + ex.getMessage());
			return null;
		}
	}

	/** A yearly rate in percent, 0 to 100, typed with or without "%". */
	public BigDecimal rate(String value, String field, String label) {
		if (value == null || value.isBlank()) {
			this.errors.rejectValue(field, "required", "กรุณากรอก" + label + " (ร้อยละต่อปี เช่น 0 หรือ 7.5)");
			return null;
		}
		try {
			BigDecimal rate = new BigDecimal(value.strip().replace("%", "").strip());
			if (rate.signum() < 0 || rate.compareTo(BigDecimal.valueOf(100)) > 0 || rate.scale() > 3) {
				this.errors.rejectValue(field, "range", label + "ต้องเป็นร้อยละ 0 ถึง 100 ทศนิยมไม่เกิน 3 ตำแหน่ง");
				return null;
			}
			return rate;
		}
		catch (NumberFormatException ex) {
			this.errors.rejectValue(field, "format", label + "ต้องเป็นตัวเลข เช่น 0 หรือ 7.5 (ร้อยละต่อปี)");
			return null;
		}
	}

	/** A whole number from min to max. */
	public Integer whole(String value, String field, String label, int min, int max) {
		if (value == null || value.isBlank()) {
			this.errors.rejectValue(field, "required", "กรุณากรอก" + label);
			return null;
		}
		try {
			int number = Integer.parseInt(value.strip());
			if (number < min || number > max) {
				this.errors.rejectValue(field, "range", label + "ต้องอยู่ระหว่าง " + min + " ถึง " + max);
				return null;
			}
			return number;
		}
		catch (NumberFormatException ex) {
			this.errors.rejectValue(field, "format", label + "ต้องเป็นจำนวนเต็ม");
			return null;
		}
	}

	/** A fiscal year in B.E., from the fund's first years to next year; a C.E. year gets a hint. */
	public Integer fiscalYear(String value, String field) {
		if (value != null && value.strip().matches("\\d{4}")) {
			int year = Integer.parseInt(value.strip());
			if (year < 2400) {
				this.errors.rejectValue(field, "era",
						"ปีงบประมาณต้องเป็นปี พ.ศ. เช่น " + (year + 543) + " (ที่กรอกเป็นปี ค.ศ.)");
				return null;
			}
		}
		return whole(value, field, "ปีงบประมาณ (พ.ศ.)", 2500, ThaiDates.buddhistYear(this.today) + 1);
	}

	/** A link to LM: only http(s), so a stored value can never become a script link on the project page. */
	public String webLink(String value, String field, String label) {
		String text = text(value, field, label, false, 500);
		if (text != null && !text.matches("(?i)https?://\\S+")) {
			this.errors.rejectValue(field, "format", label + "ต้องขึ้นต้นด้วย https:// หรือ http://");
			return null;
		}
		return text;
	}

	/** A phone number: digits with spaces, dashes or a leading +. */
	public String phone(String value, String field, String label) {
		String text = text(value, field, label, false, 30);
		if (text != null && !text.matches("\\+?[0-9][0-9 -]{7,}")) {
			this.errors.rejectValue(field, "format", label + "ต้องเป็นตัวเลข เช่น 081-234-5678");
			return null;
		}
		return text;
	}

}
