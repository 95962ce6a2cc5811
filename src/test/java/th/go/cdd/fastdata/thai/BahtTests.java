package th.go.cdd.fastdata.thai;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class BahtTests {

	@Test
	void formatPadsToTwoDecimalsWithGrouping() {
		assertThat(Baht.format(new BigDecimal("1234.5"))).isEqualTo("1,234.50 บาท");
	}

	@Test
	void formatZero() {
		assertThat(Baht.format(BigDecimal.ZERO)).isEqualTo("0.00 บาท");
	}

	@Test
	void formatNegative() {
		assertThat(Baht.format(new BigDecimal("-1234.5"))).isEqualTo("-1,234.50 บาท");
	}

	@Test
	void formatRoundsHalfUp() {
		assertThat(Baht.format(new BigDecimal("1000000.005"))).isEqualTo("1,000,000.01 บาท");
		assertThat(Baht.format(new BigDecimal("0.004"))).isEqualTo("0.00 บาท");
	}

	@Test
	void formatNull() {
		assertThat(Baht.format(null)).isEqualTo("–");
		assertThat(Baht.amount(null)).isEqualTo("–");
	}

	@Test
	void amountHasNoUnit() {
		assertThat(Baht.amount(new BigDecimal("1234.5"))).isEqualTo("1,234.50");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "1,234.5|1234.50", "1234.50|1234.50", "1,234.50 บาท|1234.50",
			"1234บาท|1234.00", " 0 |0.00", "-50|-50.00", "1,000,000|1000000.00" })
	void parse(String input, BigDecimal expected) {
		assertThat(Baht.parse(input)).isEqualTo(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "abc", "12,34", "1.2.3", "1,234.", ".5", "บาท", "1 234" })
	void parseRejectsGarbage(String input) {
		assertThatExceptionOfType(BahtParseException.class).isThrownBy(() -> Baht.parse(input))
			.withMessageStartingWith("จำนวนเงินไม่ถูกต้อง");
	}

	@Test
	void parseRejectsMoreThanTwoDecimals() {
		assertThatExceptionOfType(BahtParseException.class).isThrownBy(() -> Baht.parse("1.234"))
			.withMessage("จำนวนเงินมีทศนิยมได้ไม่เกิน 2 ตำแหน่ง: 1.234");
	}

	@Test
	void parseRejectsBlank() {
		assertThatExceptionOfType(BahtParseException.class).isThrownBy(() -> Baht.parse(""))
			.withMessageStartingWith("กรุณาระบุจำนวนเงิน");
		assertThatExceptionOfType(BahtParseException.class).isThrownBy(() -> Baht.parse(null));
	}

}
