package th.go.cdd.fastdata.womenfund.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.go.cdd.fastdata.audit.AuditLog;

/**
 * When districts report: the due days of each month from {@code wf_report_calendar}. A calendar
 * applies to every month that starts on or after its date, so a month's periods never change
 * half-way and the reports before a new announcement keep their days.
 */
@Service
@Transactional(readOnly = true)
public class ReportCalendar {

	/** The calendar in force from a date. */
	record Rule(LocalDate effectiveFrom, List<Integer> dueDays, int remindDaysBefore, String source) {

		static Rule of(LocalDate effectiveFrom, String dueDays, int remindDaysBefore, String source) {
			TreeSet<Integer> days = new TreeSet<>();
			for (String day : dueDays.split(",")) {
				int value = Integer.parseInt(day.strip());
				if (value < 1 || value > 31) {
					throw new IllegalStateException("due day outside a month: " + value);
				}
				days.add(value);
			}
			if (days.isEmpty()) {
				throw new IllegalStateException("a report calendar without due days");
			}
			return new Rule(effectiveFrom, List.copyOf(days), remindDaysBefore, source);
		}

		/** The due dates of a month; a day past the month's end is its last day. */
		List<LocalDate> dueDatesOf(YearMonth month) {
			TreeSet<LocalDate> dates = new TreeSet<>();
			for (int day : this.dueDays) {
				dates.add(month.atDay(Math.min(day, month.lengthOfMonth())));
			}
			return List.copyOf(dates);
		}

	}

	/** A calendar as the page lists it. */
	public record Entry(LocalDate effectiveFrom, String dueDays, int remindDaysBefore, String source, String createdBy) {
	}

	private final JdbcClient jdbc;

	private final AuditLog audit;

	ReportCalendar(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** Every calendar, newest first. */
	public List<Entry> entries() {
		return this.jdbc.sql("""
				select effective_from, due_days, remind_days_before, source, created_by
				from wf_report_calendar order by effective_from desc""")
			.query((rs, i) -> new Entry(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getInt(3), rs.getString(4),
					rs.getString(5)))
			.list();
	}

	/**
	 * Stores a new calendar from an announcement. It applies from the first month that starts on or
	 * after its date, so it must start after today and after the latest calendar.
	 * @throws DistrictReports.Refused naming what is wrong, in Thai
	 */
	@Transactional
	public void announce(LocalDate effectiveFrom, String dueDays, int remindDaysBefore, String source, LocalDate today,
			String username) {
		if (!effectiveFrom.isAfter(today)) {
			throw new DistrictReports.Refused("วันที่มีผลต้องเป็นวันหลังจากวันนี้ รายงานที่ผ่านมาใช้กำหนดเดิม");
		}
		LocalDate latest = this.jdbc.sql("select max(effective_from) from wf_report_calendar").query(LocalDate.class).single();
		if (latest != null && !effectiveFrom.isAfter(latest)) {
			throw new DistrictReports.Refused("มีกำหนดที่มีผลตั้งแต่ " + th.go.cdd.fastdata.thai.ThaiDates.shortDate(latest)
					+ " อยู่แล้ว วันที่มีผลต้องอยู่หลังจากนั้น");
		}
		Rule rule;
		try {
			rule = Rule.of(effectiveFrom, dueDays == null ? "" : dueDays, remindDaysBefore, source);
		}
		catch (RuntimeException ex) {
			throw new DistrictReports.Refused("วันครบกำหนดต้องเป็นตัวเลขวันที่ 1–31 คั่นด้วยจุลภาค เช่น 7,21");
		}
		if (rule.dueDays().size() > 4) {
			throw new DistrictReports.Refused("วันครบกำหนดได้ไม่เกิน 4 วันต่อเดือน");
		}
		if (remindDaysBefore < 0 || remindDaysBefore > 14) {
			throw new DistrictReports.Refused("แจ้งเตือนล่วงหน้าได้ 0–14 วัน");
		}
		String days = String.join(",", rule.dueDays().stream().map(String::valueOf).toList());
		this.jdbc.sql("""
				insert into wf_report_calendar (effective_from, due_days, remind_days_before, source, created_at, created_by)
				values (:from, :days, :remind, :source, current_timestamp, :user)""")
			.param("from", effectiveFrom)
			.param("days", days)
			.param("remind", remindDaysBefore)
			.param("source", source == null || source.isBlank() ? null : source.strip())
			.param("user", username)
			.update();
		this.audit.created("ReportCalendar", effectiveFrom, "กำหนดส่งรายงานอำเภอ วันที่ " + days, days);
	}

	/** The period a day belongs to: the first due date on or after it, from the due date before. */
	public ReportPeriod periodOf(LocalDate day) {
		return periodOf(rules(), day);
	}

	static ReportPeriod periodOf(List<Rule> rules, LocalDate day) {
		LocalDate due = firstDueOnOrAfter(rules, day);
		LocalDate previous = lastDueBefore(rules, day);
		return new ReportPeriod(previous.plusDays(1), due);
	}

	/** The period that ends on a due date, or empty if the date is not a due date of its month. */
	public Optional<ReportPeriod> periodDueOn(LocalDate dueOn) {
		ReportPeriod period = periodOf(dueOn);
		return period.dueOn().equals(dueOn) ? Optional.of(period) : Optional.empty();
	}

	/** The period of the day and the {@code count - 1} before it, newest first. */
	public List<ReportPeriod> recent(LocalDate day, int count) {
		// the calendars read once (the home page asks on every visit), not once per period
		List<Rule> rules = rules();
		List<ReportPeriod> periods = new ArrayList<>();
		ReportPeriod period = periodOf(rules, day);
		while (periods.size() < count) {
			periods.add(period);
			period = periodOf(rules, period.from().minusDays(1));
		}
		return periods;
	}

	/** How many days before a due date the district is reminded, as the calendar of that date says. */
	public int remindDaysBefore(LocalDate dueOn) {
		return ruleOn(rules(), dueOn).remindDaysBefore();
	}

	/** The calendar's source (the handbook's words) in force on a day, to show beside the periods. */
	public String sourceOn(LocalDate day) {
		return ruleOn(rules(), day).source();
	}

	private List<Rule> rules() {
		List<Rule> rules = this.jdbc
			.sql("select effective_from, due_days, remind_days_before, source from wf_report_calendar order by effective_from")
			.query((rs, i) -> Rule.of(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getInt(3), rs.getString(4)))
			.list();
		if (rules.isEmpty()) {
			throw new IllegalStateException("wf_report_calendar is empty");
		}
		return rules;
	}

	private static Rule ruleOn(List<Rule> rules, LocalDate day) {
		Rule found = rules.get(0);
		for (Rule rule : rules) {
			if (!rule.effectiveFrom().isAfter(day)) {
				found = rule;
			}
		}
		return found;
	}

	private static LocalDate firstDueOnOrAfter(List<Rule> rules, LocalDate day) {
		YearMonth month = YearMonth.from(day);
		// the next due date is in this month or the next (a rule has at least one due day)
		for (int i = 0; i < 3; i++) {
			YearMonth m = month.plusMonths(i);
			for (LocalDate due : ruleOn(rules, m.atDay(1)).dueDatesOf(m)) {
				if (!due.isBefore(day)) {
					return due;
				}
			}
		}
		throw new IllegalStateException("no due date after " + day);
	}

	private static LocalDate lastDueBefore(List<Rule> rules, LocalDate day) {
		YearMonth month = YearMonth.from(day);
		for (int i = 0; i < 3; i++) {
			YearMonth m = month.minusMonths(i);
			List<LocalDate> dues = ruleOn(rules, m.atDay(1)).dueDatesOf(m);
			for (int j = dues.size() - 1; j >= 0; j--) {
				if (dues.get(j).isBefore(day)) {
					return dues.get(j);
				}
			}
		}
		throw new IllegalStateException("no due date before " + day);
	}

}
