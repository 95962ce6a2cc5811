package th.go.cdd.fastdata.thai;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ThaiDatesTests {

	private static final LocalDate NOV_25_2026 = LocalDate.of(2026, 11, 25);

	@Test
	void shortDateUsesBuddhistYearAndShortMonth() {
		assertThat(ThaiDates.shortDate(NOV_25_2026)).isEqualTo("25 พ.ย. 2569");
	}

	@Test
	void shortDateAtYearEdges() {
		assertThat(ThaiDates.shortDate(LocalDate.of(2026, 1, 1))).isEqualTo("1 ม.ค. 2569");
		assertThat(ThaiDates.shortDate(LocalDate.of(2026, 12, 31))).isEqualTo("31 ธ.ค. 2569");
	}

	@Test
	void monthsOfAChartAxisAndOfATitle() {
		assertThat(ThaiDates.shortMonth(java.time.YearMonth.of(2026, 11))).isEqualTo("พ.ย. 69");
		// B.E. 2600 starts in 2057: the two digits are 00, not 0
		assertThat(ThaiDates.shortMonth(java.time.YearMonth.of(2057, 1))).isEqualTo("ม.ค. 00");
		assertThat(ThaiDates.longMonth(java.time.YearMonth.of(2026, 12))).isEqualTo("ธันวาคม 2569");
	}

	@Test
	void shortDateOfLeapDay() {
		assertThat(ThaiDates.shortDate(LocalDate.of(2024, 2, 29))).isEqualTo("29 ก.พ. 2567");
	}

	@Test
	void nullIsShownAsDash() {
		assertThat(ThaiDates.shortDate(null)).isEqualTo("–");
		assertThat(ThaiDates.longDate(null)).isEqualTo("–");
		assertThat(ThaiDates.shortDateTime((Instant) null)).isEqualTo("–");
		assertThat(ThaiDates.shortDateTime((LocalDateTime) null)).isEqualTo("–");
	}

	@Test
	void longDateUsesFullMonthName() {
		assertThat(ThaiDates.longDate(NOV_25_2026)).isEqualTo("25 พฤศจิกายน 2569");
	}

	@Test
	void shortDateTimeOfLocalDateTime() {
		assertThat(ThaiDates.shortDateTime(LocalDateTime.of(2026, 11, 25, 14, 5))).isEqualTo("25 พ.ย. 2569 14:05 น.");
	}

	@Test
	void shortDateTimeOfInstantIsInBangkokTime() {
		// 20:30 UTC on 24 Nov is already 03:30 on 25 Nov in Bangkok (UTC+7).
		assertThat(ThaiDates.shortDateTime(Instant.parse("2026-11-24T20:30:00Z"))).isEqualTo("25 พ.ย. 2569 03:30 น.");
	}

	@Test
	void buddhistYearAdds543() {
		assertThat(ThaiDates.buddhistYear(NOV_25_2026)).isEqualTo(2569);
	}

	@ParameterizedTest
	@ValueSource(strings = { "25/11/2569", "25/11/2026", "25-11-2569", "25.11.2569", "2569-11-25", "2026-11-25",
			" 25/11/2569 ", "25 พ.ย. 2569", "25 พฤศจิกายน 2569", "25 พ.ย. 2026" })
	void parseAcceptsBuddhistAndChristianForms(String input) {
		assertThat(ThaiDates.parse(input)).isEqualTo(NOV_25_2026);
	}

	@Test
	void parseAcceptsSingleDigitDayAndMonth() {
		assertThat(ThaiDates.parse("1/1/2569")).isEqualTo(LocalDate.of(2026, 1, 1));
	}

	@Test
	void parseAcceptsLeapDayOfLeapYear() {
		assertThat(ThaiDates.parse("29/02/2567")).isEqualTo(LocalDate.of(2024, 2, 29));
	}

	@Test
	void parseRejectsLeapDayOfCommonYear() {
		assertThatExceptionOfType(ThaiDateParseException.class).isThrownBy(() -> ThaiDates.parse("29/02/2569"))
			.withMessage("วันที่ไม่ถูกต้อง: 29/02/2569 (รูปแบบที่รับ เช่น 25/11/2569)");
	}

	@Test
	void parseRejectsImpossibleDay() {
		assertThatExceptionOfType(ThaiDateParseException.class).isThrownBy(() -> ThaiDates.parse("31/02/2569"))
			.withMessage("วันที่ไม่ถูกต้อง: 31/02/2569 (รูปแบบที่รับ เช่น 25/11/2569)");
	}

	@Test
	void parseRejectsYearThatIsNeitherEra() {
		assertThatExceptionOfType(ThaiDateParseException.class).isThrownBy(() -> ThaiDates.parse("25/11/2350"))
			.withMessageStartingWith("ปีไม่ถูกต้อง: 25/11/2350");
	}

	@ParameterizedTest
	@ValueSource(strings = { "garbage", "25/13/2569", "25/11-2569", "25 พย 2569", "25 November 2026", "2569/11/25" })
	void parseRejectsGarbageWithThaiMessage(String input) {
		assertThatExceptionOfType(ThaiDateParseException.class).isThrownBy(() -> ThaiDates.parse(input))
			.withMessage("วันที่ไม่ถูกต้อง: " + input + " (รูปแบบที่รับ เช่น 25/11/2569)");
	}

	@Test
	void parseRejectsBlank() {
		assertThatExceptionOfType(ThaiDateParseException.class).isThrownBy(() -> ThaiDates.parse(" "))
			.withMessageStartingWith("กรุณาระบุวันที่");
		assertThatExceptionOfType(ThaiDateParseException.class).isThrownBy(() -> ThaiDates.parse(null));
	}

	@Test
	void parseExceptionIsAnIllegalArgumentException() {
		assertThat(new ThaiDateParseException("x")).isInstanceOf(IllegalArgumentException.class);
	}

}
