package th.go.cdd.fastdata.womenfund.visit;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import org.springframework.validation.Errors;

import th.go.cdd.fastdata.thai.Baht;
import th.go.cdd.fastdata.thai.BahtParseException;
import th.go.cdd.fastdata.thai.ThaiDateParseException;
import th.go.cdd.fastdata.thai.ThaiDates;

/**
 * Reads the text of a visit form into values, naming the field of each value it cannot read with a
 * Thai message; a reader answers {@code null} for a missing or wrong value.
 */
final class VisitFields {

	private VisitFields() {
	}

	static String text(String value, String field, String label, int max, Errors errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.strip();
		if (text.length() > max) {
			errors.rejectValue(field, "size", label + "ยาวได้ไม่เกิน " + max + " ตัวอักษร");
		}
		return text;
	}

	static LocalDate date(String value, String field, String label, boolean required, Errors errors) {
		if (value == null || value.isBlank()) {
			if (required) {
				errors.rejectValue(field, "required", "กรุณากรอก" + label);
			}
			return null;
		}
		try {
			return ThaiDates.parse(value);
		}
		catch (ThaiDateParseException ex) {
			errors.rejectValue(field, "format", label + ": " + ex.getMessage());
			return null;
		}
	}

	static BigDecimal amount(String value, String field, String label, boolean required, Errors errors) {
		if (value == null || value.isBlank()) {
			if (required) {
				errors.rejectValue(field, "required", "กรุณากรอก" + label);
			}
			return null;
		}
		try {
			BigDecimal amount = Baht.parse(value);
			if (amount.signum() <= 0) {
				errors.rejectValue(field, "positive", label + "ต้องมากกว่า 0");
				return null;
			}
			return amount;
		}
		catch (BahtParseException ex) {
			errors.rejectValue(field, "format", label + ": " + ex.getMessage());
			return null;
		}
	}

	static BigDecimal decimal(String value, String field, String label, Errors errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(value.strip());
		}
		catch (NumberFormatException ex) {
			errors.rejectValue(field, "format", label + "ต้องเป็นตัวเลข");
			return null;
		}
	}

	/** When the phone saved the record; ignored when unreadable or in the future. */
	static OffsetDateTime typedAt(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			Instant instant = Instant.parse(value.strip());
			return instant.isAfter(Instant.now().plusSeconds(300)) ? null : instant.atOffset(ZoneOffset.UTC);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
