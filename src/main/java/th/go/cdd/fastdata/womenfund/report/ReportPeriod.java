package th.go.cdd.fastdata.womenfund.report;

import java.time.LocalDate;

import th.go.cdd.fastdata.thai.ThaiDates;

/**
 * The days one district report covers: from the day after the previous due day to its own due
 * day, both included. With due days 7 and 21, the report due on 7 December covers 22 November
 * to 7 December, and a visit on 8 December belongs to the report due on 21 December.
 */
public record ReportPeriod(LocalDate from, LocalDate dueOn) {

	/** Whether the day falls in the period. */
	public boolean contains(LocalDate day) {
		return !day.isBefore(this.from) && !day.isAfter(this.dueOn);
	}

	/** The week of the month the report is due in, as the handbook counts (1 for days 1–7, 3 for 15–21). */
	public int week() {
		return (this.dueOn.getDayOfMonth() - 1) / 7 + 1;
	}

	/** "สัปดาห์ที่ 1 ธันวาคม 2569". */
	public String label() {
		return "สัปดาห์ที่ " + week() + " " + ThaiDates.longMonth(java.time.YearMonth.from(this.dueOn));
	}

	/** "22 พ.ย. 2569 – 7 ธ.ค. 2569". */
	public String span() {
		return ThaiDates.shortDate(this.from) + " – " + ThaiDates.shortDate(this.dueOn);
	}

	/** Whether the report is overdue on the day: its due day has passed. */
	public boolean lateOn(LocalDate day) {
		return day.isAfter(this.dueOn);
	}

	/** How many days after the due day the day is (0 up to the due day). */
	public long daysLateOn(LocalDate day) {
		return Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(this.dueOn, day));
	}

}
