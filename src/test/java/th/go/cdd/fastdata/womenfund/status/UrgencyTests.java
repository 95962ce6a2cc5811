package th.go.cdd.fastdata.womenfund.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The officer's follow-up list as of 1 Oct 2025, most urgent first. */
class UrgencyTests {

	static final LocalDate AS_OF = LocalDate.of(2025, 10, 1);

	@Test
	void debtorsWithALimitationWarningComeFirstWithTheFewestDaysLeftFirst() {
		Classification timeBarred = inDefault(StatusGroup.TIME_BARRED, LocalDate.of(2024, 1, 10), "90000.00");
		Classification endedIn30Days = warned(StatusGroup.CONTRACT_ENDED, AS_OF.plusDays(30), "60000.00");
		Classification overdueIn5Days = warned(StatusGroup.OVERDUE, AS_OF.plusDays(5), "20000.00");

		assertThat(sorted(timeBarred, endedIn30Days, overdueIn5Days)).containsExactly(overdueIn5Days, endedIn30Days,
				timeBarred);
	}

	@Test
	void withoutWarningsTheHandbookGroupOrderApplies() {
		Classification settled = classification(StatusGroup.SETTLED, null, false, "0", "0");
		Classification normal = classification(StatusGroup.NORMAL, null, false, "0", "150000.00");
		Classification overdue = inDefault(StatusGroup.OVERDUE, LocalDate.of(2029, 5, 1), "10000.00");
		Classification ended = inDefault(StatusGroup.CONTRACT_ENDED, LocalDate.of(2028, 3, 3), "110000.00");
		Classification timeBarred = inDefault(StatusGroup.TIME_BARRED, LocalDate.of(2025, 3, 3), "50000.00");

		assertThat(sorted(settled, normal, overdue, ended, timeBarred)).containsExactly(timeBarred, ended, overdue,
				normal, settled);
	}

	@Test
	void endedAndTimeBarredClaimsAreOrderedByTheirLimitationEnd() {
		Classification barredLater = inDefault(StatusGroup.TIME_BARRED, LocalDate.of(2025, 3, 3), "200000.00");
		Classification barredEarlier = inDefault(StatusGroup.TIME_BARRED, LocalDate.of(2023, 7, 1), "50000.00");
		Classification endingLater = inDefault(StatusGroup.CONTRACT_ENDED, LocalDate.of(2029, 8, 1), "150000.00");
		Classification endingSooner = inDefault(StatusGroup.CONTRACT_ENDED, LocalDate.of(2027, 1, 15), "72000.00");

		assertThat(sorted(barredLater, endingLater, barredEarlier, endingSooner)).containsExactly(barredEarlier,
				barredLater, endingSooner, endingLater);
	}

	@Test
	void overdueDebtorsWithTheLargestArrearsComeFirst() {
		Classification small = classification(StatusGroup.OVERDUE, LocalDate.of(2029, 1, 1), false, "5000.00",
				"190000.00");
		Classification large = classification(StatusGroup.OVERDUE, LocalDate.of(2030, 1, 1), false, "40000.00",
				"60000.00");

		assertThat(sorted(small, large)).containsExactly(large, small);
	}

	@Test
	void theLargestOutstandingAmountBreaksTheRemainingTies() {
		Classification smaller = classification(StatusGroup.NORMAL, null, false, "0", "48000.00");
		Classification larger = classification(StatusGroup.NORMAL, null, false, "0", "160000.00");

		assertThat(sorted(smaller, larger)).containsExactly(larger, smaller);
	}

	@Test
	void theOrderHoldsForClassificationsTheRuleMakes() {
		LoanHistory stoppedPaying = StatusGroupClassifierTests.history(StatusGroupClassifierTests.STOPPED_PAYING);
		Classification warned = StatusGroupClassifierTests.classify(stoppedPaying, LocalDate.of(2025, 1, 20));
		Classification timeBarred = StatusGroupClassifierTests.classify(stoppedPaying, LocalDate.of(2025, 3, 4));
		Classification normal = StatusGroupClassifierTests
			.classify(StatusGroupClassifierTests.history(List.of()), LocalDate.of(2020, 1, 20));

		assertThat(sorted(normal, timeBarred, warned)).containsExactly(warned, timeBarred, normal);
	}

	@Test
	void theStoredRankGivesTheSameOrder() {
		LoanHistory stoppedPaying = StatusGroupClassifierTests.history(StatusGroupClassifierTests.STOPPED_PAYING);
		List<Classification> all = new ArrayList<>(List.of(
				inDefault(StatusGroup.TIME_BARRED, LocalDate.of(2024, 1, 10), "90000.00"),
				inDefault(StatusGroup.TIME_BARRED, LocalDate.of(2023, 7, 1), "50000.00"),
				inDefault(StatusGroup.TIME_BARRED, LocalDate.of(2023, 7, 1), "70000.00"),
				warned(StatusGroup.CONTRACT_ENDED, AS_OF.plusDays(30), "60000.00"),
				warned(StatusGroup.CONTRACT_ENDED, AS_OF.plusDays(5), "10000.00"),
				// the same day left in two groups: the ended contract first, then the arrears
				warned(StatusGroup.OVERDUE, AS_OF.plusDays(30), "20000.00"),
				warned(StatusGroup.OVERDUE, AS_OF.plusDays(30), "25000.00"),
				inDefault(StatusGroup.CONTRACT_ENDED, LocalDate.of(2028, 3, 3), "110000.00"),
				inDefault(StatusGroup.CONTRACT_ENDED, LocalDate.of(2027, 1, 15), "72000.00"),
				classification(StatusGroup.OVERDUE, LocalDate.of(2029, 1, 1), false, "5000.00", "190000.00"),
				classification(StatusGroup.OVERDUE, LocalDate.of(2030, 1, 1), false, "40000.00", "60000.00"),
				classification(StatusGroup.OVERDUE, LocalDate.of(2030, 1, 1), false, "40000.00", "90000.00"),
				classification(StatusGroup.NORMAL, null, false, "0", "48000.00"),
				classification(StatusGroup.NORMAL, null, false, "0", "160000.00"),
				classification(StatusGroup.SETTLED, null, false, "0", "0"),
				StatusGroupClassifierTests.classify(stoppedPaying, AS_OF.minusYears(1)),
				StatusGroupClassifierTests.classify(stoppedPaying, AS_OF)));
		// days left and the date a claim ends agree for classifications of the same day, as stored ones are
		for (Classification a : all) {
			for (Classification b : all.stream().filter(c -> c.asOf().equals(a.asOf())).toList()) {
				assertThat(Integer.signum(Urgency.BY_RANK.compare(a, b)))
					.as("%s vs %s", a, b)
					.isEqualTo(Integer.signum(Urgency.ORDER.compare(a, b)));
			}
		}
		assertThat(Urgency.rank(all.get(4))).isLessThan(Urgency.rank(all.get(3)));
		assertThat(Urgency.rank(all.get(14))).isGreaterThan(Urgency.rank(all.get(12)));
	}

	static List<Classification> sorted(Classification... classifications) {
		List<Classification> list = new ArrayList<>(List.of(classifications));
		list.sort(Urgency.ORDER);
		return list;
	}

	static Classification warned(StatusGroup group, LocalDate limitationEndsOn, String overdue) {
		return classification(group, limitationEndsOn, true, overdue, overdue);
	}

	static Classification inDefault(StatusGroup group, LocalDate limitationEndsOn, String overdue) {
		return classification(group, limitationEndsOn, false, overdue, overdue);
	}

	static Classification classification(StatusGroup group, LocalDate limitationEndsOn, boolean warning,
			String overdue, String outstanding) {
		Long days = (limitationEndsOn != null) ? ChronoUnit.DAYS.between(AS_OF, limitationEndsOn) : null;
		return new Classification(group, AS_OF, List.of(group.label()), LocalDate.of(2022, 1, 1), null, null,
				limitationEndsOn, days, new BigDecimal(overdue), BigDecimal.ZERO, new BigDecimal(overdue),
				new BigDecimal(outstanding), warning);
	}

}
