package th.go.cdd.fastdata.womenfund.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.go.cdd.fastdata.organisation.AreaOption;
import th.go.cdd.fastdata.organisation.OrganisationDirectory;
import th.go.cdd.fastdata.organisation.Scope;

/**
 * Who has submitted and who is late (the province's overview of the district reports): every district of
 * a scope over the last periods, the reports missing after their due day and those returned for
 * correction. The home page's reminders read it too.
 */
@Service
@Transactional(readOnly = true)
public class ReportOverviews {

	/** How many periods the province's overview shows, newest first. */
	static final int OVERVIEW_PERIODS = 4;

	/** One district's report of one period on the overview. */
	public record Cell(Long districtId, String district, ReportPeriod period, DistrictReports.State state, Instant submittedAt,
			Instant firstSubmittedAt, LocalDate today) {

		public boolean late() {
			return this.period.lateOn(DistrictReports.countedDay(this.firstSubmittedAt, this.today));
		}

		public long daysLate() {
			return this.period.daysLateOn(DistrictReports.countedDay(this.firstSubmittedAt, this.today));
		}

		/** Not yet in the province's hands: never submitted (a returned report was, and shows as returned). */
		public boolean missing() {
			return this.state == DistrictReports.State.NONE || this.state == DistrictReports.State.DRAFT;
		}

		/** Days left before the due day of a report not yet submitted (0 on the day). */
		public long daysLeft() {
			return ChronoUnit.DAYS.between(this.today, this.period.dueOn());
		}

		public String label() {
			if (this.state == DistrictReports.State.SUBMITTED) {
				return late() ? "ส่งช้า " + daysLate() + " วัน" : "ส่งแล้ว";
			}
			if (this.state == DistrictReports.State.RETURNED) {
				return DistrictReports.State.RETURNED.label() + (late() ? " (ส่งครั้งแรกช้า " + daysLate() + " วัน)" : "");
			}
			if (late()) {
				return "ยังไม่ส่ง เลยกำหนด " + daysLate() + " วัน";
			}
			return (this.state == DistrictReports.State.DRAFT ? "ร่าง · " : "") + (daysLeft() == 0 ? "ครบกำหนดวันนี้"
					: "อีก " + daysLeft() + " วัน");
		}

	}

	public record OverviewRow(AreaOption district, List<Cell> cells) {
	}

	/**
	 * @param late reports never submitted and past their due day
	 * @param returned reports the province returned and the district has not submitted again
	 */
	public record Overview(List<ReportPeriod> periods, List<OverviewRow> rows, List<Cell> late, List<Cell> returned,
			LocalDate today, String source) {
	}

	private record Stored(Long districtId, LocalDate dueOn, DistrictReports.State state, Instant submittedAt,
			Instant firstSubmittedAt) {
	}

	private final JdbcClient jdbc;

	private final ReportCalendar calendar;

	private final OrganisationDirectory directory;

	private final DistrictReports reports;

	ReportOverviews(JdbcClient jdbc, ReportCalendar calendar, OrganisationDirectory directory, DistrictReports reports) {
		this.jdbc = jdbc;
		this.calendar = calendar;
		this.directory = directory;
		this.reports = reports;
	}

	/** Who has submitted, who is late, over the last periods, for the user's districts. */
	public Overview overview(Scope scope) {
		LocalDate today = this.reports.today();
		List<ReportPeriod> periods = this.calendar.recent(today, OVERVIEW_PERIODS);
		List<AreaOption> districts = this.directory.districtsIn(scope);
		Map<String, Stored> stored = new HashMap<>();
		if (!districts.isEmpty()) {
			this.jdbc.sql("""
					select district_id, due_on, state, submitted_at, first_submitted_at from wf_district_report
					where due_on between :oldest and :newest and district_id in (:districts)""")
				.param("oldest", periods.get(periods.size() - 1).dueOn())
				.param("newest", periods.get(0).dueOn())
				.param("districts", districts.stream().map(AreaOption::id).toList())
				.query((rs, i) -> new Stored(rs.getLong(1), rs.getObject(2, LocalDate.class),
						DistrictReports.State.valueOf(rs.getString(3)), DistrictReports.instant(rs.getObject(4, OffsetDateTime.class)),
						DistrictReports.instant(rs.getObject(5, OffsetDateTime.class))))
				.list()
				.forEach((s) -> stored.put(s.districtId() + ":" + s.dueOn(), s));
		}
		List<OverviewRow> rows = new ArrayList<>();
		List<Cell> late = new ArrayList<>();
		List<Cell> returned = new ArrayList<>();
		for (AreaOption district : districts) {
			List<Cell> cells = new ArrayList<>();
			for (ReportPeriod period : periods) {
				Stored s = stored.get(district.id() + ":" + period.dueOn());
				Cell cell = new Cell(district.id(), district.label(), period, s == null ? DistrictReports.State.NONE : s.state(),
						s == null ? null : s.submittedAt(), s == null ? null : s.firstSubmittedAt(), today);
				cells.add(cell);
				if (cell.missing() && cell.late()) {
					late.add(cell);
				}
				if (cell.state() == DistrictReports.State.RETURNED) {
					returned.add(cell);
				}
			}
			rows.add(new OverviewRow(district, cells));
		}
		if (!districts.isEmpty()) {
			returned.addAll(0, returnedBefore(districts, periods.get(periods.size() - 1).dueOn(), today));
		}
		return new Overview(periods, rows, late, returned, today, this.calendar.sourceOn(today));
	}

	/**
	 * Reports returned for correction and not submitted again from before the periods shown, oldest
	 * first: a return waits for the district however old its period, and would otherwise drop out of
	 * every list once its period left the overview.
	 */
	private List<Cell> returnedBefore(List<AreaOption> districts, LocalDate oldest, LocalDate today) {
		Map<Long, String> labels = new HashMap<>();
		districts.forEach(d -> labels.put(d.id(), d.label()));
		return this.jdbc.sql("""
				select district_id, due_on, submitted_at, first_submitted_at from wf_district_report
				where state = 'RETURNED' and due_on < :oldest and district_id in (:districts)
				order by due_on, district_id""")
			.param("oldest", oldest)
			.param("districts", labels.keySet())
			.query((rs, i) -> {
				LocalDate due = rs.getObject(2, LocalDate.class);
				// a due day of a calendar since replaced is still the report's own period's end
				ReportPeriod period = this.calendar.periodDueOn(due).orElse(new ReportPeriod(due, due));
				return new Cell(rs.getLong(1), labels.get(rs.getLong(1)), period, DistrictReports.State.RETURNED,
						DistrictReports.instant(rs.getObject(3, OffsetDateTime.class)),
						DistrictReports.instant(rs.getObject(4, OffsetDateTime.class)), today);
			})
			.list();
	}

}
