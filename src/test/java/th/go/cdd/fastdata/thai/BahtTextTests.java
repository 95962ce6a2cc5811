package th.go.cdd.fastdata.thai;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class BahtTextTests {

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({ "0, ศูนย์บาทถ้วน", "0.00, ศูนย์บาทถ้วน", "1, หนึ่งบาทถ้วน", "2, สองบาทถ้วน", "10, สิบบาทถ้วน",
			"11, สิบเอ็ดบาทถ้วน", "12, สิบสองบาทถ้วน", "20, ยี่สิบบาทถ้วน", "21, ยี่สิบเอ็ดบาทถ้วน",
			"25, ยี่สิบห้าบาทถ้วน", "99, เก้าสิบเก้าบาทถ้วน", "100, หนึ่งร้อยบาทถ้วน", "101, หนึ่งร้อยเอ็ดบาทถ้วน",
			"110, หนึ่งร้อยสิบบาทถ้วน", "111, หนึ่งร้อยสิบเอ็ดบาทถ้วน", "120, หนึ่งร้อยยี่สิบบาทถ้วน",
			"1001, หนึ่งพันเอ็ดบาทถ้วน", "10000, หนึ่งหมื่นบาทถ้วน", "20000, สองหมื่นบาทถ้วน",
			"100000, หนึ่งแสนบาทถ้วน", "250000, สองแสนห้าหมื่นบาทถ้วน",
			"1000000, หนึ่งล้านบาทถ้วน", "1000001, หนึ่งล้านเอ็ดบาทถ้วน", "1000010, หนึ่งล้านสิบบาทถ้วน",
			"2000000, สองล้านบาทถ้วน", "10000000, สิบล้านบาทถ้วน", "11000000, สิบเอ็ดล้านบาทถ้วน",
			"21000000, ยี่สิบเอ็ดล้านบาทถ้วน", "100000000, หนึ่งร้อยล้านบาทถ้วน",
			"1234567, หนึ่งล้านสองแสนสามหมื่นสี่พันห้าร้อยหกสิบเจ็ดบาทถ้วน",
			"1000000000000, หนึ่งล้านล้านบาทถ้วน",
			"1234.50, หนึ่งพันสองร้อยสามสิบสี่บาทห้าสิบสตางค์", "0.50, ห้าสิบสตางค์", "0.01, หนึ่งสตางค์",
			"0.11, สิบเอ็ดสตางค์", "0.21, ยี่สิบเอ็ดสตางค์", "1.01, หนึ่งบาทหนึ่งสตางค์",
			"21.21, ยี่สิบเอ็ดบาทยี่สิบเอ็ดสตางค์", "15000.75, หนึ่งหมื่นห้าพันบาทเจ็ดสิบห้าสตางค์" })
	void writesAmountsInWords(String amount, String words) {
		assertThat(BahtText.of(new BigDecimal(amount))).isEqualTo(words);
	}

	@Test
	void roundsHalfUpToTheSatang() {
		assertThat(BahtText.of(new BigDecimal("10.005"))).isEqualTo("สิบบาทหนึ่งสตางค์");
		assertThat(BahtText.of(new BigDecimal("0.999"))).isEqualTo("หนึ่งบาทถ้วน");
		assertThat(BahtText.of(new BigDecimal("0.004"))).isEqualTo("ศูนย์บาทถ้วน");
	}

	@Test
	void negativeAndMissing() {
		assertThat(BahtText.of(new BigDecimal("-21"))).isEqualTo("ลบยี่สิบเอ็ดบาทถ้วน");
		assertThat(BahtText.of(null)).isEqualTo("–");
	}

}
