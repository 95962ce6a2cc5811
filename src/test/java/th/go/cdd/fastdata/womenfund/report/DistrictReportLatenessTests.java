package th.go.cdd.fastdata.womenfund.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

import th.go.cdd.fastdata.thai.ThaiDates;
import th.go.cdd.fastdata.womenfund.report.ReportOverviews.Cell;
import th.go.cdd.fastdata.womenfund.report.DistrictReports.State;

import static org.assertj.core.api.Assertions.assertThat;

/** Whether a returned or resubmitted report is late: counted from its first submission (Bangkok days). */
class DistrictReportLatenessTests {

	static final ReportPeriod PERIOD = new ReportPeriod(LocalDate.of(2026, 11, 22), LocalDate.of(2026, 12, 7));

	static Instant bangkok(LocalDate day, int hour, int minute) {
		return day.atTime(LocalTime.of(hour, minute)).atZone(ThaiDates.BANGKOK).toInstant();
	}

	static Cell cell(State state, Instant submittedAt, Instant firstSubmittedAt, LocalDate today) {
		return new Cell(1L, "อำเภอกะทู้", PERIOD, state, submittedAt, firstSubmittedAt, today);
	}

	@Test
	void aReportFirstSubmittedLateInTheEveningOfItsDueDayAndReturnedIsNotLateHoweverLongTheCorrectionTakes() {
		Instant first = bangkok(PERIOD.dueOn(), 23, 30);
		Cell returned = cell(State.RETURNED, first, first, PERIOD.dueOn().plusDays(10));
		assertThat(returned.late()).isFalse();
		assertThat(returned.missing()).isFalse();
		assertThat(returned.label()).isEqualTo("ส่งกลับให้แก้ไข");

		Cell submittedAgain = cell(State.SUBMITTED, bangkok(PERIOD.dueOn().plusDays(12), 9, 0), first,
				PERIOD.dueOn().plusDays(12));
		assertThat(submittedAgain.late()).isFalse();
		assertThat(submittedAgain.label()).isEqualTo("ส่งแล้ว");
	}

	@Test
	void aReportFirstSubmittedTwoDaysLateStaysTwoDaysLateThroughItsReturn() {
		Instant first = bangkok(PERIOD.dueOn().plusDays(2), 0, 5);
		assertThat(cell(State.RETURNED, first, first, PERIOD.dueOn().plusDays(9)).label())
			.isEqualTo("ส่งกลับให้แก้ไข (ส่งครั้งแรกช้า 2 วัน)");
		assertThat(cell(State.SUBMITTED, bangkok(PERIOD.dueOn().plusDays(9), 8, 0), first, PERIOD.dueOn().plusDays(9))
			.label()).isEqualTo("ส่งช้า 2 วัน");
	}

	@Test
	void aDraftOrAReportNeverStartedIsMissingAndLateAfterItsDueDay() {
		assertThat(cell(State.DRAFT, null, null, PERIOD.dueOn().plusDays(1)).missing()).isTrue();
		assertThat(cell(State.NONE, null, null, PERIOD.dueOn().plusDays(1)).daysLate()).isEqualTo(1);
		assertThat(cell(State.NONE, null, null, PERIOD.dueOn()).late()).isFalse();
	}

}
