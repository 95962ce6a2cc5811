package th.go.cdd.fastdata.womenfund.measure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Default interest by day, checked against sums worked by hand (365-day year, due day not counted). */
class DefaultInterestTests {

	static final BigDecimal RATE = new BigDecimal("7.5");

	@Test
	void thirtyDaysOnTenThousandAtSevenAndAHalfPercent() {
		// 10,000 x 7.5% x 30 / 365 = 61.643... -> 61.64; due 31 Jan, counted from 1 Feb to 2 Mar = 30 days
		DefaultInterest.Result result = DefaultInterest.accrued(
				List.of(new DefaultInterest.Due(LocalDate.of(2026, 1, 31), new BigDecimal("10000"))), List.of(), RATE,
				LocalDate.of(2026, 3, 2));
		assertThat(result.interest()).isEqualByComparingTo("61.64");
		assertThat(result.stretches()).singleElement().satisfies(s -> {
			assertThat(s.from()).isEqualTo(LocalDate.of(2026, 2, 1));
			assertThat(s.days()).isEqualTo(30);
		});
	}

	@Test
	void nothingOnTheDueDayItself() {
		DefaultInterest.Result result = DefaultInterest.accrued(
				List.of(new DefaultInterest.Due(LocalDate.of(2026, 1, 31), new BigDecimal("10000"))), List.of(), RATE,
				LocalDate.of(2026, 1, 31));
		assertThat(result.interest()).isEqualByComparingTo("0.00");
		assertThat(result.overduePrincipal()).isEqualByComparingTo("0");
		// one day later: 10,000 x 7.5% / 365 = 2.054... -> 2.05
		assertThat(DefaultInterest
			.accrued(List.of(new DefaultInterest.Due(LocalDate.of(2026, 1, 31), new BigDecimal("10000"))), List.of(), RATE,
					LocalDate.of(2026, 2, 1))
			.interest()).isEqualByComparingTo("2.05");
	}

	@Test
	void aPartPaymentLowersThePrincipalFromTheDayItIsMade() {
		// 20,000 overdue from 1 Mar (due 28 Feb 2026); 5,000 paid on 11 Mar; as of 30 Mar
		// 1-10 Mar: 20,000 x 7.5% x 10/365 = 41.0958...
		// 11-30 Mar: 15,000 x 7.5% x 20/365 = 61.6438...
		// total 102.7397 -> 102.74
		DefaultInterest.Result result = DefaultInterest.accrued(
				List.of(new DefaultInterest.Due(LocalDate.of(2026, 2, 28), new BigDecimal("20000"))),
				List.of(new DefaultInterest.Paid(LocalDate.of(2026, 3, 11), new BigDecimal("5000"))), RATE,
				LocalDate.of(2026, 3, 30));
		assertThat(result.stretches()).hasSize(2);
		assertThat(result.stretches().get(0).days()).isEqualTo(10);
		assertThat(result.stretches().get(1).overduePrincipal()).isEqualByComparingTo("15000");
		assertThat(result.interest()).isEqualByComparingTo("102.74");
		assertThat(result.overduePrincipal()).isEqualByComparingTo("15000");
	}

	@Test
	void twoInstallmentsFallingDueAddUpAndAFullPaymentStopsTheInterest() {
		// 3,000 due 31 Jan and 3,000 due 28 Feb (2026); all 6,000 paid on 31 Mar; as of 30 Apr
		// 1 Feb-28 Feb: 3,000 x 7.5% x 28/365 = 17.2603
		// 1 Mar-30 Mar: 6,000 x 7.5% x 30/365 = 36.9863
		// total 54.2466 -> 54.25; nothing from 31 Mar
		DefaultInterest.Result result = DefaultInterest.accrued(
				List.of(new DefaultInterest.Due(LocalDate.of(2026, 1, 31), new BigDecimal("3000")),
						new DefaultInterest.Due(LocalDate.of(2026, 2, 28), new BigDecimal("3000"))),
				List.of(new DefaultInterest.Paid(LocalDate.of(2026, 3, 31), new BigDecimal("6000"))), RATE,
				LocalDate.of(2026, 4, 30));
		assertThat(result.interest()).isEqualByComparingTo("54.25");
		assertThat(result.overduePrincipal()).isEqualByComparingTo("0");
		assertThat(result.stretches()).hasSize(2);
	}

	@Test
	void aLeapYearStillCountsItsDaysOverThreeHundredSixtyFive() {
		// 36,500 overdue for all 29 days of Feb 2028 at 10%: 36,500 x 10% x 29/365 = 290.00
		DefaultInterest.Result result = DefaultInterest.accrued(
				List.of(new DefaultInterest.Due(LocalDate.of(2028, 1, 31), new BigDecimal("36500"))), List.of(), BigDecimal.TEN,
				LocalDate.of(2028, 2, 29));
		assertThat(result.interest()).isEqualByComparingTo("290.00");
	}

}
