package th.go.cdd.fastdata.thai;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import th.go.cdd.fastdata.thai.InvalidNationalIdException.Reason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class NationalIdTests {

	// Check digits worked out by hand: the weighted sums are 352 (mod 11 = 0, so 11 → 1),
	// 144 (mod 11 = 1, so 10 → 0) and 146 (mod 11 = 3, so 8), covering both wrap-arounds.
	private static final String VALID = "1234567890121";

	private static final String VALID_CHECK_ZERO = "1101700203450";

	private static final String VALID_CHECK_EIGHT = "3100500123458";

	@ParameterizedTest
	@ValueSource(strings = { VALID, VALID_CHECK_ZERO, VALID_CHECK_EIGHT })
	void acceptsValidIds(String digits) {
		assertThat(new NationalId(digits).digits()).isEqualTo(digits);
		assertThat(NationalId.isValid(digits)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "1-2345-67890-12-1", "1 2345 67890 12 1", " 1234567890121 ", "1-2345 67890-12 1" })
	void parseAcceptsDashesAndSpaces(String input) {
		assertThat(NationalId.parse(input)).isEqualTo(new NationalId(VALID));
	}

	@Test
	void rejectsWrongCheckDigit() {
		assertThatExceptionOfType(InvalidNationalIdException.class).isThrownBy(() -> NationalId.parse("1234567890122"))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(Reason.WRONG_CHECK_DIGIT))
			.withMessage("เลขประจำตัวประชาชนไม่ถูกต้อง (เลขหลักสุดท้ายไม่ตรงกับเลขตรวจสอบ)");
	}

	@ParameterizedTest
	@ValueSource(strings = { "123456789012", "12345678901211", "" })
	void rejectsWrongLength(String input) {
		assertThatExceptionOfType(InvalidNationalIdException.class).isThrownBy(() -> NationalId.parse(input))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(Reason.WRONG_LENGTH))
			.withMessage("เลขประจำตัวประชาชนต้องมี 13 หลัก");
	}

	@ParameterizedTest
	@ValueSource(strings = { "12345678901a1", "1-2345-6789O-12-1", "๑๒๓๔๕๖๗๘๙๐๑๒๑" })
	void rejectsNonDigits(String input) {
		assertThatExceptionOfType(InvalidNationalIdException.class).isThrownBy(() -> NationalId.parse(input))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(Reason.NOT_DIGITS))
			.withMessage("เลขประจำตัวประชาชนต้องเป็นตัวเลขเท่านั้น");
	}

	@Test
	void messagesNeverRepeatTheDigits() {
		assertThatExceptionOfType(InvalidNationalIdException.class).isThrownBy(() -> NationalId.parse("1234567890122"))
			.withMessageNotContaining("1234567890122");
	}

	@Test
	void isValidIsFalseForInvalidOrNull() {
		assertThat(NationalId.isValid("1234567890122")).isFalse();
		assertThat(NationalId.isValid("abc")).isFalse();
		assertThat(NationalId.isValid(null)).isFalse();
	}

	@Test
	void formatted() {
		assertThat(new NationalId(VALID).formatted()).isEqualTo("1-2345-67890-12-1");
	}

	@Test
	void masked() {
		assertThat(new NationalId(VALID).masked()).isEqualTo("1-2345-xxxxx-xx-1");
	}

	@Test
	void toStringIsMasked() {
		assertThat(new NationalId(VALID)).hasToString("1-2345-xxxxx-xx-1");
		assertThat("id=" + new NationalId(VALID_CHECK_EIGHT)).isEqualTo("id=3-1005-xxxxx-xx-8");
	}

}
