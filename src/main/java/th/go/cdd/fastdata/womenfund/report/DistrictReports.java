package th.go.cdd.fastdata.womenfund.report;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.go.cdd.fastdata.audit.AuditLog;
import th.go.cdd.fastdata.organisation.NotFoundInScope;
import th.go.cdd.fastdata.organisation.OrganisationDirectory;
import th.go.cdd.fastdata.organisation.Scope;
import th.go.cdd.fastdata.thai.ThaiDates;
import th.go.cdd.fastdata.womenfund.DistrictReportReturned;
import th.go.cdd.fastdata.womenfund.project.DistrictStatusSummaries;
import th.go.cdd.fastdata.womenfund.project.DistrictStatusSummaries.GroupTotal;
import th.go.cdd.fastdata.womenfund.status.StatusGroup;

/**
 * The twice-monthly district reports (handbook L2325): a draft counted from the period's records,
 * the officer's narrative, submission that freezes the figures, the province's return for
 * correction. Who has submitted and who is late is {@link ReportOverviews}.
 */
@Service
@Transactional
public class DistrictReports {

	static final int TEXT_LIMIT = 4000;

	/** The province's reason for a return (the column's size). */
	static final int REASON_LIMIT = 1000;

	public enum State {

		/** Not started: nothing stored yet. */
		NONE("ยังไม่เริ่ม"),
		DRAFT("ร่าง"),
		SUBMITTED("ส่งแล้ว"),
		/** Returned by the province for correction: editable again until submitted again. */
		RETURNED("ส่งกลับให้แก้ไข");

		private final String label;

		State(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	/** What the officer writes. */
	public record Narrative(String achievements, String problems, String nextSteps) {

		static Narrative blank() {
			return new Narrative("", "", "");
		}

		Narrative stripped() {
			return new Narrative(strip(this.achievements), strip(this.problems), strip(this.nextSteps));
		}

		private static String strip(String text) {
			return text == null ? "" : text.strip();
		}

	}

	/**
	 * One step of a report's history.
	 *
	 * @param reason the province's words, on a return only
	 * @param again a submission after a return
	 */
	public record Event(String action, String actor, Instant at, String reason, boolean again) {

		public String label() {
			return switch (this.action) {
				case "CREATED" -> "เริ่มร่าง";
				case "SAVED" -> "บันทึกร่าง";
				case "SUBMITTED" -> this.again ? "ส่งรายงานอีกครั้ง (หลังแก้ไข)" : "ส่งรายงาน";
				case "RETURNED" -> "จังหวัดส่งกลับให้แก้ไข";
				default -> this.action;
			};
		}

	}

	/** A report as the page shows it. */
	public record Report(Long id, Long districtId, String district, ReportPeriod period, State state,
			Narrative narrative, DistrictFigures figures, LocalDate figuresTo, Map<StatusGroup, GroupTotal> groups,
			List<Event> history, String submittedBy, Instant submittedAt, Instant firstSubmittedAt, long version,
			LocalDate today) {

		public boolean submitted() {
			return this.state == State.SUBMITTED;
		}

		public boolean returned() {
			return this.state == State.RETURNED;
		}

		/** The return the district is correcting now (who, when, why), or null when the report is not returned. */
		public Event lastReturn() {
			if (!returned()) {
				return null;
			}
			for (int i = this.history.size() - 1; i >= 0; i--) {
				if ("RETURNED".equals(this.history.get(i).action())) {
					return this.history.get(i);
				}
			}
			return null;
		}

		/** Submitted again after a return: the first submission is then shown beside the latest. */
		public boolean resubmitted() {
			return this.firstSubmittedAt != null && !this.firstSubmittedAt.equals(this.submittedAt);
		}

		/** First submitted after its due day, or never submitted and past it (see {@link #countedDay}). */
		public boolean late() {
			return this.period.lateOn(countedDay(this.firstSubmittedAt, this.today));
		}

		public long daysLate() {
			return this.period.daysLateOn(countedDay(this.firstSubmittedAt, this.today));
		}

		public GroupTotal group(StatusGroup group) {
			return this.groups.getOrDefault(group,
					new GroupTotal(this.districtId, group, 0, BigDecimal.ZERO, BigDecimal.ZERO));
		}

	}

	/**
	 * The day a report counts as delivered: the day it was first submitted (Bangkok), or today while it
	 * never was. A report returned for correction and submitted again keeps its first day: the due day
	 * asks the district to deliver, and the days the province takes to read and return the report, and
	 * the district to correct it, are not lateness (the overview shows the report as returned
	 * meanwhile, and the district's home page lists it).
	 */
	static LocalDate countedDay(Instant firstSubmittedAt, LocalDate today) {
		return firstSubmittedAt == null ? today : LocalDate.ofInstant(firstSubmittedAt, ThaiDates.BANGKOK);
	}

	/** A report that cannot take the change asked for; the message is Thai and names the reason. */
	public static class Refused extends RuntimeException {

		public Refused(String message) {
			super(message);
		}

	}

	/** A step the report's state does not allow (returning a report that is not submitted): 409. */
	public static class WrongState extends Refused {

		public WrongState(String message) {
			super(message);
		}

	}

	private final JdbcClient jdbc;

	private final ReportCalendar calendar;

	private final PeriodActivity activity;

	private final DistrictStatusSummaries summaries;

	private final OrganisationDirectory directory;

	private final AuditLog audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	DistrictReports(JdbcClient jdbc, ReportCalendar calendar, PeriodActivity activity,
			DistrictStatusSummaries summaries, OrganisationDirectory directory, AuditLog audit,
			ObjectProvider<Clock> clock, ApplicationEventPublisher events) {
		this.events = events;
		this.jdbc = jdbc;
		this.calendar = calendar;
		this.activity = activity;
		this.summaries = summaries;
		this.directory = directory;
		this.audit = audit;
		this.clock = clock.getIfAvailable(() -> Clock.system(ThaiDates.BANGKOK));
	}

	public LocalDate today() {
		return LocalDate.now(this.clock.withZone(ThaiDates.BANGKOK));
	}

	/** The period of today: the report a district is writing now. */
	@Transactional(readOnly = true)
	public ReportPeriod currentPeriod() {
		return this.calendar.periodOf(today());
	}

	/**
	 * A district's report of the period due on a day: the stored one, or a new draft counted from
	 * the records. A district outside the scope, a day that is no due day, or a period that has
	 * not begun answers 404.
	 */
	@Transactional(readOnly = true)
	public Report open(Scope scope, Long districtId, LocalDate dueOn) {
		ReportPeriod period = period(scope, districtId, dueOn);
		String district = this.directory.districtLabels(List.of(districtId)).getOrDefault(districtId, "");
		LocalDate today = today();
		Optional<Row> row = row(districtId, dueOn);
		if (row.isPresent() && row.get().state() == State.SUBMITTED) {
			Row r = row.get();
			Map<String, BigDecimal> named = new LinkedHashMap<>();
			this.jdbc.sql("select name, amount from wf_district_report_figure where report_id = :id")
				.param("id", r.id())
				.query((rs) -> {
					named.put(rs.getString(1), rs.getBigDecimal(2));
				});
			return new Report(r.id(), districtId, district, period, State.SUBMITTED, r.narrative(),
					FrozenFigures.figures(districtId, district, named), r.figuresTo(),
					FrozenFigures.groups(districtId, named), history(r.id()), r.submittedBy(), r.submittedAt(),
					r.firstSubmittedAt(), r.version(), today);
		}
		// a draft, or a returned report: counted live, as the next submission will freeze it
		LocalDate to = figuresTo(period, today);
		DistrictFigures figures = this.activity.of(List.of(districtId), period.from(), to).of(districtId);
		return new Report(row.map(Row::id).orElse(null), districtId, district, period,
				row.map(Row::state).orElse(State.NONE), row.map(Row::narrative).orElse(Narrative.blank()), figures, to,
				groupsNow(districtId), row.map((r) -> history(r.id())).orElse(List.of()),
				row.map(Row::submittedBy).orElse(null), row.map(Row::submittedAt).orElse(null),
				row.map(Row::firstSubmittedAt).orElse(null), row.map(Row::version).orElse(-1L), today);
	}

	/** Stores the narrative as a draft (the first save creates the report). */
	public Report save(Scope scope, Long districtId, LocalDate dueOn, Narrative narrative, long version,
			String username) {
		write(scope, districtId, dueOn, narrative.stripped(), version, username, false, OffsetDateTime.now(this.clock));
		return open(scope, districtId, dueOn);
	}

	/** Stores the narrative and submits: the figures are frozen as they are now, and the report becomes read-only. */
	public Report submit(Scope scope, Long districtId, LocalDate dueOn, Narrative narrative, long version,
			String username) {
		Narrative text = narrative.stripped();
		if (text.achievements().isEmpty()) {
			throw new Refused("กรุณาเขียนผลการดำเนินงานก่อนส่งรายงาน");
		}
		write(scope, districtId, dueOn, text, version, username, true, OffsetDateTime.now(this.clock));
		return open(scope, districtId, dueOn);
	}

	/**
	 * The province returns a submitted report for correction, with its reason: the district can edit
	 * and submit it again, her text kept. A report outside the scope answers 404; one not submitted
	 * is refused ({@link WrongState}); an empty or too long reason is refused, changing nothing.
	 */
	public Report returnForCorrection(Scope scope, Long districtId, LocalDate dueOn, String reason, String username) {
		ReportPeriod period = period(scope, districtId, dueOn);
		Row row = row(districtId, dueOn).filter((r) -> r.state() == State.SUBMITTED)
			.orElseThrow(() -> new WrongState("รายงานนี้ยังไม่ได้ส่ง (หรือส่งกลับไปแล้ว) จึงส่งกลับให้แก้ไขไม่ได้"));
		String why = reason == null ? "" : reason.strip();
		if (why.isEmpty()) {
			throw new Refused("กรุณาระบุเหตุผลที่ส่งกลับ เพื่อให้อำเภอรู้ว่าต้องแก้ไขอะไร");
		}
		if (why.length() > REASON_LIMIT) {
			throw new Refused("เหตุผลยาวเกิน " + REASON_LIMIT + " ตัวอักษร (ยาว " + why.length()
					+ " ตัวอักษร) กรุณาย่อ แล้วส่งกลับอีกครั้ง");
		}
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		// the frozen figures stay until she submits again (they are replaced then), so nothing is
		// lost if the return was a mistake; the page counts live while the report is returned
		int changed = this.jdbc.sql("""
				update wf_district_report set state = 'RETURNED', updated_by = :user, updated_at = :now,
				  version = version + 1
				where id = :id and state = 'SUBMITTED'""")
			.param("user", username)
			.param("now", now)
			.param("id", row.id())
			.update();
		if (changed != 1) {
			throw new WrongState("รายงานนี้ถูกส่งกลับไปแล้วในระหว่างนี้ กรุณาเปิดใหม่");
		}
		event(row.id(), "RETURNED", username, now, why);
		this.audit.updated("DistrictReport", row.id(), "ส่งรายงานอำเภอกลับให้แก้ไข " + period.label(), "SUBMITTED",
				"RETURNED: " + why);
		this.events.publishEvent(new DistrictReportReturned(districtId, dueOn, period.label(), username));
		return open(scope, districtId, dueOn);
	}

	/** A report submitted at a past moment, its figures counted to then: for the demo's history. */
	void submittedAt(Long districtId, LocalDate dueOn, Narrative narrative, String username, OffsetDateTime at) {
		write(new Scope(java.util.Set.of(districtId)), districtId, dueOn, narrative.stripped(), -1, username, true, at);
	}

	private void write(Scope scope, Long districtId, LocalDate dueOn, Narrative text, long version, String username,
			boolean submit, OffsetDateTime now) {
		ReportPeriod period = period(scope, districtId, dueOn);
		for (String part : List.of(text.achievements(), text.problems(), text.nextSteps())) {
			if (part.length() > TEXT_LIMIT) {
				throw new Refused("ข้อความยาวเกิน " + TEXT_LIMIT + " ตัวอักษร (ยาว " + part.length()
						+ " ตัวอักษร) กรุณาย่อ แล้วบันทึกอีกครั้ง");
			}
		}
		Optional<Row> existing = row(districtId, dueOn);
		State before = existing.map(Row::state).orElse(State.DRAFT);
		Long id;
		if (existing.isEmpty()) {
			if (version != -1) {
				throw new Refused("รายงานนี้มีผู้อื่นบันทึกไว้แล้วในระหว่างนี้ กรุณาเปิดใหม่แล้วแก้ไขอีกครั้ง");
			}
			try {
				this.jdbc.sql("""
						insert into wf_district_report (district_id, period_from, due_on, state, achievements, problems,
						  next_steps, created_by, created_at, updated_by, updated_at)
						values (:district, :from, :due, 'DRAFT', :achievements, :problems, :next, :user, :now, :user, :now)""")
					.param("district", districtId)
					.param("from", period.from())
					.param("due", dueOn)
					.param("achievements", text.achievements())
					.param("problems", text.problems())
					.param("next", text.nextSteps())
					.param("user", username)
					.param("now", now)
					.update();
			}
			catch (DuplicateKeyException ex) {
				throw new Refused("รายงานนี้มีผู้อื่นบันทึกไว้แล้วในระหว่างนี้ กรุณาเปิดใหม่แล้วแก้ไขอีกครั้ง");
			}
			id = idOf(districtId, dueOn);
			event(id, "CREATED", username, now);
			this.audit.created("DistrictReport", id, "รายงานอำเภอ " + period.label(), null);
		}
		else {
			Row row = existing.get();
			if (row.state() == State.SUBMITTED) {
				throw new Refused("รายงานนี้ส่งแล้วเมื่อ " + ThaiDates.shortDateTime(row.submittedAt())
						+ " แก้ไขไม่ได้");
			}
			int changed = this.jdbc.sql("""
					update wf_district_report set achievements = :achievements, problems = :problems,
					  next_steps = :next, updated_by = :user, updated_at = :now, version = version + 1
					where id = :id and version = :version and state in ('DRAFT', 'RETURNED')""")
				.param("achievements", text.achievements())
				.param("problems", text.problems())
				.param("next", text.nextSteps())
				.param("user", username)
				.param("now", now)
				.param("id", row.id())
				.param("version", version)
				.update();
			if (changed != 1) {
				throw new Refused("รายงานนี้มีผู้อื่นบันทึกไว้แล้วในระหว่างนี้ กรุณาเปิดใหม่แล้วแก้ไขอีกครั้ง");
			}
			id = row.id();
			event(id, "SAVED", username, now);
		}
		if (submit) {
			LocalDate to = figuresTo(period, now.atZoneSameInstant(ThaiDates.BANGKOK).toLocalDate());
			DistrictFigures figures = this.activity.of(List.of(districtId), period.from(), to).of(districtId);
			// A submission after a return replaces the earlier figures rather than keeping both: the
			// province accepts the report as last submitted, a return is often about the figures
			// (records entered late, a payment missing), and the corrected text must sit beside the
			// numbers it describes. The history keeps when each submission was made.
			this.jdbc.sql("delete from wf_district_report_figure where report_id = :id").param("id", id).update();
			FrozenFigures.of(figures, groupsNow(districtId))
				.forEach((name, amount) -> this.jdbc
					.sql("insert into wf_district_report_figure (report_id, name, amount) values (:id, :name, :amount)")
					.param("id", id)
					.param("name", name)
					.param("amount", amount)
					.update());
			this.jdbc.sql("""
					update wf_district_report set state = 'SUBMITTED', submitted_by = :user, submitted_at = :now,
					  first_submitted_at = coalesce(first_submitted_at, :now), figures_to = :to, version = version + 1
					where id = :id""")
				.param("user", username)
				.param("now", now)
				.param("to", to)
				.param("id", id)
				.update();
			event(id, "SUBMITTED", username, now);
			this.audit.updated("DistrictReport", id, "ส่งรายงานอำเภอ " + period.label(), before.name(), "SUBMITTED");
		}
	}

	/**
	 * Reports of a due day never submitted, by district: for the reminders. A returned report was
	 * submitted (its lateness counts from then) and has its own message, so it is not reminded of as
	 * due or late.
	 */
	@Transactional(readOnly = true)
	public List<Long> notSubmitted(List<Long> districtIds, LocalDate dueOn) {
		if (districtIds.isEmpty()) {
			return List.of();
		}
		List<Long> submitted = this.jdbc.sql("""
				select district_id from wf_district_report
				where due_on = :due and first_submitted_at is not null and district_id in (:districts)""")
			.param("due", dueOn)
			.param("districts", districtIds)
			.query(Long.class)
			.list();
		return districtIds.stream().filter((id) -> !submitted.contains(id)).toList();
	}

	private ReportPeriod period(Scope scope, Long districtId, LocalDate dueOn) {
		if (districtId == null || !scope.covers(districtId) || dueOn == null) {
			throw new NotFoundInScope();
		}
		ReportPeriod period = this.calendar.periodDueOn(dueOn).orElseThrow(NotFoundInScope::new);
		if (period.from().isAfter(today())) {
			throw new NotFoundInScope();
		}
		return period;
	}

	/** A report written before its due day counts to today; one after, to its due day. */
	private static LocalDate figuresTo(ReportPeriod period, LocalDate today) {
		return today.isBefore(period.dueOn()) ? today : period.dueOn();
	}

	private Map<StatusGroup, GroupTotal> groupsNow(Long districtId) {
		Map<StatusGroup, GroupTotal> groups = new EnumMap<>(StatusGroup.class);
		for (GroupTotal total : this.summaries.in(List.of(districtId))) {
			groups.put(total.group(), total);
		}
		return groups;
	}

	private record Row(Long id, State state, Narrative narrative, LocalDate figuresTo, String submittedBy,
			Instant submittedAt, Instant firstSubmittedAt, long version) {
	}

	private Optional<Row> row(Long districtId, LocalDate dueOn) {
		return this.jdbc.sql("""
				select id, state, achievements, problems, next_steps, figures_to, submitted_by, submitted_at, version,
				  first_submitted_at
				from wf_district_report where district_id = :district and due_on = :due""")
			.param("district", districtId)
			.param("due", dueOn)
			.query((rs, i) -> new Row(rs.getLong(1), State.valueOf(rs.getString(2)),
					new Narrative(nonNull(rs.getString(3)), nonNull(rs.getString(4)), nonNull(rs.getString(5))),
					rs.getObject(6, LocalDate.class), rs.getString(7), instant(rs.getObject(8, OffsetDateTime.class)),
					instant(rs.getObject(10, OffsetDateTime.class)), rs.getLong(9)))
			.optional();
	}

	private Long idOf(Long districtId, LocalDate dueOn) {
		return this.jdbc.sql("select id from wf_district_report where district_id = :district and due_on = :due")
			.param("district", districtId)
			.param("due", dueOn)
			.query(Long.class)
			.single();
	}

	private void event(Long reportId, String action, String username, OffsetDateTime at) {
		event(reportId, action, username, at, null);
	}

	private void event(Long reportId, String action, String username, OffsetDateTime at, String reason) {
		this.jdbc.sql("""
				insert into wf_district_report_event (report_id, action, actor, at, reason)
				values (:id, :action, :actor, :at, :reason)""")
			.param("id", reportId)
			.param("action", action)
			.param("actor", username)
			.param("at", at)
			.param("reason", reason)
			.update();
	}

	private List<Event> history(Long reportId) {
		List<Event> history = new ArrayList<>();
		this.jdbc.sql("select action, actor, at, reason from wf_district_report_event where report_id = :id order by at, id")
			.param("id", reportId)
			.query((rs) -> {
				boolean again = history.stream().anyMatch((e) -> "RETURNED".equals(e.action()));
				history.add(new Event(rs.getString(1), rs.getString(2), instant(rs.getObject(3, OffsetDateTime.class)),
						rs.getString(4), again));
			});
		return history;
	}

	static Instant instant(OffsetDateTime time) {
		return time == null ? null : time.toInstant();
	}

	private static String nonNull(String text) {
		return text == null ? "" : text;
	}

}
