package th.go.cdd.fastdata.womenfund;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;

import th.go.cdd.fastdata.organisation.Scope;
import org.springframework.transaction.annotation.Transactional;

import th.go.cdd.fastdata.womenfund.report.DistrictReports;
import th.go.cdd.fastdata.womenfund.report.ReportOverviews;
import th.go.cdd.fastdata.womenfund.report.ReportCalendar;
import th.go.cdd.fastdata.womenfund.report.ReportPeriod;

/**
 * Which districts to remind about their twice-monthly report on a day: those whose report is due
 * within the calendar's reminder days and not submitted, and those whose report fell due in the
 * last few days and is still missing (sent once per report, keyed by its due day, so a missed
 * morning run does not lose the message and a restart does not repeat it).
 */
@Service
@Transactional(readOnly = true)
public class DistrictReportReminders {

	/** How long after the due day a missing report is still announced as late (after that, the overview shows it). */
	static final int LATE_NOTICE_DAYS = 3;

	/**
	 * @param late past its due day and never submitted
	 * @param returned returned by the province and waiting for the district's correction
	 */
	public record Reminder(Long districtId, LocalDate dueOn, String periodLabel, boolean late, long days,
			boolean returned) {

		Reminder(Long districtId, LocalDate dueOn, String periodLabel, boolean late, long days) {
			this(districtId, dueOn, periodLabel, late, days, false);
		}

		/** What the home page says of it: "ยังไม่ส่ง …" or "จังหวัดส่งกลับให้แก้ไข …". */
		public String status() {
			return this.returned ? "จังหวัดส่งกลับให้แก้ไข แก้แล้วส่งอีกครั้ง" : "ยังไม่ส่ง " + when();
		}

		/** "ครบกำหนดส่ง 7 ธ.ค. 2569 (อีก 2 วัน)" or "เลยกำหนด 7 ธ.ค. 2569 มาแล้ว 1 วัน". */
		public String when() {
			String due = th.go.cdd.fastdata.thai.ThaiDates.shortDate(this.dueOn);
			if (this.late) {
				return "เลยกำหนด " + due + " มาแล้ว " + this.days + " วัน";
			}
			return "ครบกำหนดส่ง " + due + (this.days == 0 ? " (วันนี้)" : " (อีก " + this.days + " วัน)");
		}

		/** The page where the district writes the report. */
		public String link() {
			return "/womenfund/reports/" + this.districtId + "/" + this.dueOn;
		}

	}

	private final ReportCalendar calendar;

	private final DistrictReports reports;

	private final ReportOverviews overviews;

	DistrictReportReminders(ReportCalendar calendar, DistrictReports reports, ReportOverviews overviews) {
		this.overviews = overviews;
		this.calendar = calendar;
		this.reports = reports;
	}

	/**
	 * What the home page says about the reports of the user's districts today: returned by the
	 * province and waiting for correction, late (any report of the overview's periods still missing
	 * after its due day), or due soon and not submitted.
	 */
	public List<Reminder> forHome(Scope scope) {
		if (scope.districtIds().isEmpty()) {
			return List.of();
		}
		ReportOverviews.Overview overview = this.overviews.overview(scope);
		List<Reminder> reminders = new ArrayList<>();
		for (ReportOverviews.Cell cell : overview.returned()) {
			reminders.add(new Reminder(cell.districtId(), cell.period().dueOn(), cell.period().label(), false, 0, true));
		}
		for (ReportOverviews.Cell cell : overview.late()) {
			reminders.add(new Reminder(cell.districtId(), cell.period().dueOn(), cell.period().label(), true,
					cell.daysLate()));
		}
		ReportPeriod current = overview.periods().get(0);
		long daysLeft = ChronoUnit.DAYS.between(overview.today(), current.dueOn());
		if (daysLeft <= this.calendar.remindDaysBefore(current.dueOn())) {
			for (ReportOverviews.OverviewRow row : overview.rows()) {
				ReportOverviews.Cell cell = row.cells().get(0);
				if (cell.missing()) {
					reminders.add(new Reminder(cell.districtId(), current.dueOn(), current.label(), false, daysLeft));
				}
			}
		}
		return reminders;
	}

	public List<Reminder> on(LocalDate today, List<Long> districtIds) {
		List<Reminder> reminders = new ArrayList<>();
		ReportPeriod current = this.calendar.periodOf(today);
		long daysLeft = ChronoUnit.DAYS.between(today, current.dueOn());
		if (daysLeft <= this.calendar.remindDaysBefore(current.dueOn())) {
			for (Long id : this.reports.notSubmitted(districtIds, current.dueOn())) {
				reminders.add(new Reminder(id, current.dueOn(), current.label(), false, daysLeft));
			}
		}
		ReportPeriod previous = this.calendar.periodOf(current.from().minusDays(1));
		long daysLate = ChronoUnit.DAYS.between(previous.dueOn(), today);
		if (daysLate <= LATE_NOTICE_DAYS) {
			for (Long id : this.reports.notSubmitted(districtIds, previous.dueOn())) {
				reminders.add(new Reminder(id, previous.dueOn(), previous.label(), true, daysLate));
			}
		}
		return reminders;
	}

}
