package th.go.cdd.fastdata.womenfund.committee;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import th.go.cdd.fastdata.audit.AuditLog;
import th.go.cdd.fastdata.organisation.AreaOption;
import th.go.cdd.fastdata.organisation.NotFoundInScope;
import th.go.cdd.fastdata.organisation.OrganisationDirectory;
import th.go.cdd.fastdata.organisation.Role;
import th.go.cdd.fastdata.organisation.SignedInUser;
import th.go.cdd.fastdata.thai.ThaiDateParseException;
import th.go.cdd.fastdata.thai.ThaiDates;
import th.go.cdd.fastdata.womenfund.project.ProjectStatuses;

/**
 * The meetings of a provincial fund committee (การประชุมคณะกรรมการบริหารกองทุนพัฒนาบทบาทสตรีจังหวัด):
 * numbered within the Buddhist year, each with the period its report covers. A meeting belongs to
 * a province, so only that province's staff and committee (and an administrator of the served
 * provinces) find it; any other id answers 404.
 */
@Service
@Transactional
public class CommitteeMeetings {

	/** A meeting as the pages show it. */
	public record Meeting(Long id, Long provinceId, String province, int number, int year, LocalDate meetingOn,
			LocalDate periodFrom, LocalDate periodTo, Instant heldAt, String heldBy, Integer reportVersion,
			boolean reportStale) {

		/** "ครั้งที่ 3/2569". */
		public String title() {
			return "ครั้งที่ " + this.number + "/" + this.year;
		}

		/** Once held, its report is the record of what the committee saw and is not generated again. */
		public boolean held() {
			return this.heldAt != null;
		}

		public boolean hasReport() {
			return this.reportVersion != null;
		}

		/**
		 * The meeting was corrected after its latest report was generated: that report's files and
		 * figures belong to the number, date or period it had before.
		 */
		public boolean reportStale() {
			return this.reportStale;
		}

		/** The meeting's facts as the audit log keeps them before and after a correction. */
		String auditState() {
			return "ครั้งที่ " + this.number + "/" + this.year + "; วันประชุม " + ThaiDates.shortDate(this.meetingOn)
					+ "; ช่วงรายงาน " + ThaiDates.shortDate(this.periodFrom) + " – " + ThaiDates.shortDate(this.periodTo);
		}

	}

	private static final String SELECT = "select m.id, m.province_id, m.meeting_no, m.meeting_year, m.meeting_on,"
			+ " m.period_from, m.period_to, m.held_at, m.held_by,"
			+ " (select max(r.version) from wf_committee_report r where r.meeting_id = m.id) as report_version,"
			+ " case when m.corrected_at > (select max(r.generated_at) from wf_committee_report r"
			+ " where r.meeting_id = m.id) then 1 else 0 end as report_stale"
			+ " from wf_committee_meeting m";

	private final NamedParameterJdbcTemplate jdbc;

	private final OrganisationDirectory directory;

	private final ProjectStatuses classifier;

	private final AuditLog audit;

	CommitteeMeetings(NamedParameterJdbcTemplate jdbc, OrganisationDirectory directory, ProjectStatuses classifier,
			AuditLog audit) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.classifier = classifier;
		this.audit = audit;
	}

	public LocalDate today() {
		return this.classifier.today();
	}

	/** The provinces she may see meetings of: an administrator's served provinces, everyone else's own. */
	@Transactional(readOnly = true)
	public List<AreaOption> provincesOf(SignedInUser me) {
		List<AreaOption> served = this.directory.servedProvinces();
		return me.is(Role.ADMIN) ? served : served.stream().filter(p -> p.id().equals(me.provinceId())).toList();
	}

	/** One of her provinces: the asked one, or her first when none is asked; 404 otherwise. */
	@Transactional(readOnly = true)
	public AreaOption province(SignedInUser me, Long provinceId) {
		return provincesOf(me).stream()
			.filter(p -> provinceId == null || p.id().equals(provinceId))
			.findFirst()
			.orElseThrow(NotFoundInScope::new);
	}

	/** The province's meetings, the latest first. */
	@Transactional(readOnly = true)
	public List<Meeting> of(AreaOption province) {
		return this.jdbc.query(SELECT + " where m.province_id = :province order by m.meeting_on desc, m.id desc",
				Map.of("province", province.id()), (rs, i) -> meeting(rs, province.label()));
	}

	/** A meeting of one of her provinces; 404 for any other id. */
	@Transactional(readOnly = true)
	public Meeting open(SignedInUser me, Long id) {
		List<AreaOption> mine = provincesOf(me);
		return this.jdbc.query(SELECT + " where m.id = :id", Map.of("id", id), (rs, i) -> meeting(rs, null))
			.stream()
			.findFirst()
			.flatMap(m -> mine.stream().filter(p -> p.id().equals(m.provinceId())).findFirst().map(p -> named(m, p)))
			.orElseThrow(NotFoundInScope::new);
	}

	/** A meeting by id, without a check of scope: for a report that names the meeting it compares with. */
	@Transactional(readOnly = true)
	Optional<Meeting> find(Long id, String province) {
		return this.jdbc.query(SELECT + " where m.id = :id", Map.of("id", id), (rs, i) -> meeting(rs, province))
			.stream()
			.findFirst();
	}

	/** The meeting before this one in the province (by date), if there was one. */
	@Transactional(readOnly = true)
	public Optional<Meeting> previous(Meeting meeting) {
		return this.jdbc
			.query(SELECT + " where m.province_id = :province and (m.meeting_on < :on or (m.meeting_on = :on and m.id < :id))"
					+ " order by m.meeting_on desc, m.id desc", Map.of("province", meeting.provinceId(), "on",
							meeting.meetingOn(), "id", meeting.id()), (rs, i) -> meeting(rs, meeting.province()))
			.stream()
			.findFirst();
	}

	/**
	 * A new meeting's form filled the way the office would: the next number of this year, today's
	 * date, and the period from the day after the last meeting (or the start of the fiscal year).
	 */
	@Transactional(readOnly = true)
	public MeetingForm newForm(AreaOption province) {
		LocalDate today = today();
		int year = ThaiDates.buddhistYear(today);
		Integer last = this.jdbc.queryForObject("select max(meeting_no) from wf_committee_meeting"
				+ " where province_id = :province and meeting_year = :year", Map.of("province", province.id(), "year", year),
				Integer.class);
		MeetingForm form = new MeetingForm();
		form.setNumber(String.valueOf(last == null ? 1 : last + 1));
		form.setYear(String.valueOf(year));
		form.setMeetingOn(ThaiDates.shortDate(today));
		form.setPeriodFrom(ThaiDates.shortDate(defaultStart(province.id(), today, null)));
		form.setPeriodTo(ThaiDates.shortDate(today));
		return form;
	}

	/**
	 * The day after the province's last meeting before the day; the fiscal year's first day if none.
	 * A meeting being corrected ({@code except}) is not its own previous meeting.
	 */
	LocalDate defaultStart(Long provinceId, LocalDate meetingOn, Long except) {
		LocalDate last = this.jdbc.queryForObject("select max(meeting_on) from wf_committee_meeting"
				+ " where province_id = :province and meeting_on < :on and id <> :except",
				Map.of("province", provinceId, "on", meetingOn, "except", except == null ? -1L : except), LocalDate.class);
		if (last != null) {
			return last.plusDays(1);
		}
		return meetingOn.getMonthValue() >= 10 ? LocalDate.of(meetingOn.getYear(), 10, 1)
				: LocalDate.of(meetingOn.getYear() - 1, 10, 1);
	}

	/** A meeting's facts as typed, each checked. */
	record Facts(int number, int year, LocalDate meetingOn, LocalDate periodFrom, LocalDate periodTo) {
	}

	/**
	 * Checks what was typed for a new meeting or a correction ({@code except}: the meeting corrected,
	 * which may keep its own number): the facts, or null with the Thai refusals in {@code errors}.
	 */
	Facts checked(Long provinceId, Long except, MeetingForm form, Errors errors) {
		Integer number = number(form.getNumber(), "number", 1, 99, errors);
		Integer year = number(form.getYear(), "year", 2500, 2700, errors);
		LocalDate on = date(form.getMeetingOn(), "meetingOn", errors);
		LocalDate to = form.getPeriodTo() == null || form.getPeriodTo().isBlank() ? on
				: date(form.getPeriodTo(), "periodTo", errors);
		LocalDate from = form.getPeriodFrom() == null || form.getPeriodFrom().isBlank()
				? (on == null ? null : defaultStart(provinceId, on, except)) : date(form.getPeriodFrom(), "periodFrom", errors);
		if (from != null && to != null && from.isAfter(to)) {
			errors.rejectValue("periodFrom", "order", "วันเริ่มต้นต้องไม่อยู่หลังวันสิ้นสุดของช่วงรายงาน");
		}
		if (number != null && year != null && exists(provinceId, number, year, except)) {
			errors.rejectValue("number", "taken", "มีการประชุมครั้งที่ " + number + "/" + year + " แล้ว");
		}
		return errors.hasErrors() ? null : new Facts(number, year, on, from, to);
	}

	/** Records a meeting; returns its id, or null with the refusals in {@code errors}. */
	public Long create(AreaOption province, MeetingForm form, Errors errors, String username) {
		Facts facts = checked(province.id(), null, form, errors);
		if (facts == null) {
			return null;
		}
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.update("insert into wf_committee_meeting (province_id, meeting_no, meeting_year, meeting_on,"
				+ " period_from, period_to, created_at, created_by) values (:province, :number, :year, :on, :from, :to,"
				+ " :now, :by)", new MapSqlParameterSource().addValue("province", province.id())
					.addValue("number", facts.number())
					.addValue("year", facts.year())
					.addValue("on", facts.meetingOn())
					.addValue("from", facts.periodFrom())
					.addValue("to", facts.periodTo())
					.addValue("now", Timestamp.from(Instant.now()))
					.addValue("by", username), key, new String[] { "id" });
		Long id = key.getKey().longValue();
		this.audit.created("CommitteeMeeting", id, "บันทึกการประชุมคณะกรรมการกองทุนฯ "
				+ (province.label().startsWith("จังหวัด") ? "" : "จังหวัด") + province.label()
				+ " ครั้งที่ " + facts.number() + "/" + facts.year(), "ช่วงรายงาน " + ThaiDates.shortDate(facts.periodFrom())
						+ " – " + ThaiDates.shortDate(facts.periodTo()));
		return id;
	}

	/** Marks the meeting held: from then on its report stays as the committee saw it. */
	public void markHeld(Meeting meeting, String username) {
		if (meeting.held()) {
			return;
		}
		this.jdbc.update("update wf_committee_meeting set held_at = :now, held_by = :by where id = :id and held_at is null",
				Map.of("now", Timestamp.from(Instant.now()), "by", username, "id", meeting.id()));
		this.audit.updated("CommitteeMeeting", meeting.id(), "บันทึกว่าประชุม " + meeting.title() + " แล้ว", null,
				"held");
	}

	private boolean exists(Long provinceId, int number, int year, Long except) {
		Integer n = this.jdbc.queryForObject("select count(*) from wf_committee_meeting where province_id = :province"
				+ " and meeting_no = :number and meeting_year = :year and id <> :except", Map.of("province", provinceId,
						"number", number, "year", year, "except", except == null ? -1L : except), Integer.class);
		return n != null && n > 0;
	}

	private static Integer number(String text, String field, int min, int max, Errors errors) {
		try {
			int n = Integer.parseInt(text == null ? "" : text.strip());
			if (n >= min && n <= max) {
				return n;
			}
		}
		catch (NumberFormatException ex) {
			// refused below
		}
		errors.rejectValue(field, "number", "ใส่ตัวเลข " + min + "–" + max);
		return null;
	}

	private static LocalDate date(String text, String field, Errors errors) {
		try {
			return ThaiDates.parse(text);
		}
		catch (ThaiDateParseException ex) {
			errors.rejectValue(field, "date", ex.getMessage());
			return null;
		}
	}

	private static Meeting named(Meeting m, AreaOption province) {
		return new Meeting(m.id(), m.provinceId(), province.label(), m.number(), m.year(), m.meetingOn(), m.periodFrom(),
				m.periodTo(), m.heldAt(), m.heldBy(), m.reportVersion(), m.reportStale());
	}

	private static Meeting meeting(ResultSet rs, String province) throws SQLException {
		Timestamp held = rs.getTimestamp("held_at");
		Number version = (Number) rs.getObject("report_version");
		return new Meeting(rs.getLong("id"), rs.getLong("province_id"), province, rs.getInt("meeting_no"),
				rs.getInt("meeting_year"), rs.getObject("meeting_on", LocalDate.class),
				rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class),
				held == null ? null : held.toInstant(), rs.getString("held_by"), version == null ? null : version.intValue(),
				rs.getInt("report_stale") == 1);
	}

}
