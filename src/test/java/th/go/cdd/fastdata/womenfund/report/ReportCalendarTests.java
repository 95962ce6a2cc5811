package th.go.cdd.fastdata.womenfund.report;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** The periods of the due days, a day past a month's end, and a calendar changed by announcement. */
class ReportCalendarTests {

	static final ReportCalendar.Rule HANDBOOK = ReportCalendar.Rule.of(LocalDate.of(1990, 1, 1), "7,21", 2, "L2325");

	@Test
	void everyDayBelongsToExactlyOnePeriod() {
		LocalDate day = LocalDate.of(2026, 1, 1);
		ReportPeriod previous = ReportCalendar.periodOf(List.of(HANDBOOK), day.minusDays(1));
		for (int i = 0; i < 800; i++, day = day.plusDays(1)) {
			ReportPeriod period = ReportCalendar.periodOf(List.of(HANDBOOK), day);
			assertThat(period.contains(day)).isTrue();
			if (!period.equals(previous)) {
				assertThat(period.from()).isEqualTo(previous.dueOn().plusDays(1));
			}
			previous = period;
		}
	}

	@Test
	void theLastDayOfWeekOneAndTheFirstOfWeekTwo() {
		ReportPeriod weekOne = ReportCalendar.periodOf(List.of(HANDBOOK), LocalDate.of(2026, 12, 7));
		ReportPeriod weekThree = ReportCalendar.periodOf(List.of(HANDBOOK), LocalDate.of(2026, 12, 8));
		assertThat(weekOne).isEqualTo(new ReportPeriod(LocalDate.of(2026, 11, 22), LocalDate.of(2026, 12, 7)));
		assertThat(weekThree).isEqualTo(new ReportPeriod(LocalDate.of(2026, 12, 8), LocalDate.of(2026, 12, 21)));
		assertThat(weekOne.label()).isEqualTo("สัปดาห์ที่ 1 ธันวาคม 2569");
		assertThat(weekThree.label()).isEqualTo("สัปดาห์ที่ 3 ธันวาคม 2569");
		// across the year's end
		assertThat(ReportCalendar.periodOf(List.of(HANDBOOK), LocalDate.of(2026, 12, 31)))
			.isEqualTo(new ReportPeriod(LocalDate.of(2026, 12, 22), LocalDate.of(2027, 1, 7)));
	}

	@Test
	void aDueDayPastTheMonthsEndIsItsLastDay() {
		ReportCalendar.Rule monthEnd = ReportCalendar.Rule.of(LocalDate.of(1990, 1, 1), "15,31", 2, "test");
		assertThat(ReportCalendar.periodOf(List.of(monthEnd), LocalDate.of(2027, 2, 20)))
			.isEqualTo(new ReportPeriod(LocalDate.of(2027, 2, 16), LocalDate.of(2027, 2, 28)));
		assertThat(ReportCalendar.periodOf(List.of(monthEnd), LocalDate.of(2028, 2, 29)).dueOn())
			.isEqualTo(LocalDate.of(2028, 2, 29));
	}

	@Test
	void aNewCalendarAppliesFromTheFirstWholeMonthAfterItsDate() {
		ReportCalendar.Rule weekly = ReportCalendar.Rule.of(LocalDate.of(2027, 3, 10), "10,25", 3, "new announcement");
		List<ReportCalendar.Rule> rules = List.of(HANDBOOK, weekly);
		// March keeps the old days; April takes the new ones; the period between joins them
		assertThat(ReportCalendar.periodOf(rules, LocalDate.of(2027, 3, 21)).dueOn()).isEqualTo(LocalDate.of(2027, 3, 21));
		assertThat(ReportCalendar.periodOf(rules, LocalDate.of(2027, 3, 25)))
			.isEqualTo(new ReportPeriod(LocalDate.of(2027, 3, 22), LocalDate.of(2027, 4, 10)));
		assertThat(ReportCalendar.periodOf(rules, LocalDate.of(2027, 4, 11)).dueOn()).isEqualTo(LocalDate.of(2027, 4, 25));
	}

	@Test
	void aDayThatIsNoDayOfAMonthIsRefused() {
		assertThatIllegalStateException().isThrownBy(() -> ReportCalendar.Rule.of(LocalDate.of(2027, 1, 1), "0,21", 2, "x"));
	}

}
