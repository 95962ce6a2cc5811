package th.go.cdd.fastdata.womenfund.measure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The mediation discount at the edges of its periods, days counted as ป.พ.พ. ม.193/3 counts them. */
class DefaultInterestDiscountTests {

	static final List<DefaultInterestDiscount.Tier> BEFORE_SUIT = List
		.of(new DefaultInterestDiscount.Tier(30, new BigDecimal("80.00"), "§5.2.3"));

	static final List<DefaultInterestDiscount.Tier> IN_COURT = List.of(
			new DefaultInterestDiscount.Tier(90, new BigDecimal("50.00"), "§5.2.3"),
			new DefaultInterestDiscount.Tier(60, new BigDecimal("60.00"), "§5.2.3"));

	static final LocalDate LETTER = LocalDate.of(2026, 1, 1);

	@Test
	void theReferenceDayIsNotCountedSoDayThirtyIsTheThirtyFirstOfJanuary() {
		assertThat(CivilCodeDays.lastDayWithin(LETTER, 30)).isEqualTo(LocalDate.of(2026, 1, 31));
		assertThat(CivilCodeDays.dayOfPeriod(LETTER, LocalDate.of(2026, 1, 2))).isEqualTo(1);
		assertThat(CivilCodeDays.within(LETTER, 30, LocalDate.of(2026, 1, 31))).isTrue();
		assertThat(CivilCodeDays.within(LETTER, 30, LocalDate.of(2026, 2, 1))).isFalse();
	}

	@Test
	void beforeSuitFullPaymentOnDayThirtyIsCutByEightyPercentAndOnDayThirtyOneNot() {
		DefaultInterestDiscount.Result day30 = DefaultInterestDiscount.of(DiscountStage.BEFORE_SUIT, BEFORE_SUIT, LETTER,
				LocalDate.of(2026, 1, 31), new BigDecimal("10000"));
		assertThat(day30.dayOfPayment()).isEqualTo(30);
		assertThat(day30.maxDiscountPercent()).isEqualByComparingTo("80");
		assertThat(day30.maxDiscountAmount()).isEqualByComparingTo("8000.00");
		assertThat(day30.payable()).isEqualByComparingTo("2000.00");
		assertThat(day30.lastDayOfTier()).isEqualTo(LocalDate.of(2026, 1, 31));

		DefaultInterestDiscount.Result day31 = DefaultInterestDiscount.of(DiscountStage.BEFORE_SUIT, BEFORE_SUIT, LETTER,
				LocalDate.of(2026, 2, 1), new BigDecimal("10000"));
		assertThat(day31.maxDiscountPercent()).isEqualByComparingTo("0");
		assertThat(day31.payable()).isEqualByComparingTo("10000.00");
		assertThat(day31.reasons()).anyMatch(r -> r.contains("เกินระยะเวลา"));
	}

	@Test
	void inCourtSixtyDaysGiveSixtyPercentSixtyOneToNinetyFiftyAndNinetyOneNothing() {
		LocalDate compromise = LocalDate.of(2026, 3, 1);
		assertThat(percentOn(compromise, compromise.plusDays(60))).isEqualByComparingTo("60");
		assertThat(percentOn(compromise, compromise.plusDays(61))).isEqualByComparingTo("50");
		assertThat(percentOn(compromise, compromise.plusDays(90))).isEqualByComparingTo("50");
		assertThat(percentOn(compromise, compromise.plusDays(91))).isEqualByComparingTo("0");
	}

	@Test
	void theCutIsRoundedDownToTheSatangSinceItIsAMaximumAndAPaymentBeforeTheReferenceGetsNone() {
		DefaultInterestDiscount.Result result = DefaultInterestDiscount.of(DiscountStage.BEFORE_SUIT, BEFORE_SUIT, LETTER,
				LocalDate.of(2026, 1, 10), new BigDecimal("333.33"));
		assertThat(result.maxDiscountAmount()).isEqualByComparingTo("266.66");
		assertThat(result.payable()).isEqualByComparingTo("66.67");
		assertThat(DefaultInterestDiscount.of(DiscountStage.BEFORE_SUIT, BEFORE_SUIT, LETTER, LETTER.minusDays(1),
				new BigDecimal("100")).maxDiscountPercent()).isEqualByComparingTo("0");
	}

	private static BigDecimal percentOn(LocalDate compromise, LocalDate paidOn) {
		return DefaultInterestDiscount.of(DiscountStage.IN_COURT, IN_COURT, compromise, paidOn, new BigDecimal("1000"))
			.maxDiscountPercent();
	}

}
