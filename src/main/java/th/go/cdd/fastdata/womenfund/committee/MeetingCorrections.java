package th.go.cdd.fastdata.womenfund.committee;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import th.go.cdd.fastdata.audit.AuditAction;
import th.go.cdd.fastdata.audit.AuditLog;
import th.go.cdd.fastdata.thai.ThaiDates;
import th.go.cdd.fastdata.womenfund.committee.CommitteeMeetings.Facts;
import th.go.cdd.fastdata.womenfund.committee.CommitteeMeetings.Meeting;
import th.go.cdd.fastdata.womenfund.document.DocumentStore;

/**
 * Corrects or removes a meeting that has not been held (a typo in its number or date would otherwise
 * stay for good). Once held its report is the record of what the committee saw, so both are refused
 * ({@link MeetingRefused}, 409). Every correction and removal is in the audit log, which the meeting
 * page shows as its history.
 */
@Service
@Transactional
class MeetingCorrections {

	static final String RECORD_TYPE = "CommitteeMeeting";

	private final NamedParameterJdbcTemplate jdbc;

	private final CommitteeMeetings meetings;

	private final DocumentStore store;

	private final AuditLog audit;

	MeetingCorrections(NamedParameterJdbcTemplate jdbc, CommitteeMeetings meetings, DocumentStore store, AuditLog audit) {
		this.jdbc = jdbc;
		this.meetings = meetings;
		this.store = store;
		this.audit = audit;
	}

	/**
	 * Stores the corrected facts, checked as a new meeting's are (its own number may stay). Returns
	 * false with the Thai refusals in {@code errors}, storing nothing.
	 * <p>
	 * Reports already generated stay as they were (versions are kept), but when anything they show
	 * changed (the number, the date or the period) the latest one no longer matches the meeting: the
	 * page says so and the meeting cannot be marked held until a new report is generated. Refusing the
	 * correction instead would keep the typo; regenerating at once would count the figures again
	 * without her asking, and she may have more to correct first.
	 * @throws MeetingRefused once the meeting is held
	 */
	boolean correct(Meeting meeting, MeetingForm form, Errors errors) {
		refuseIfHeld(meeting, "แก้ไข");
		Facts facts = this.meetings.checked(meeting.provinceId(), meeting.id(), form, errors);
		if (facts == null) {
			return false;
		}
		Meeting after = new Meeting(meeting.id(), meeting.provinceId(), meeting.province(), facts.number(), facts.year(),
				facts.meetingOn(), facts.periodFrom(), facts.periodTo(), null, null, meeting.reportVersion(), false);
		String before = meeting.auditState();
		if (before.equals(after.auditState())) {
			return true;
		}
		int updated = this.jdbc.update("update wf_committee_meeting set meeting_no = :number, meeting_year = :year,"
				+ " meeting_on = :on, period_from = :from, period_to = :to, corrected_at = :now"
				+ " where id = :id and held_at is null", new MapSqlParameterSource().addValue("number", facts.number())
					.addValue("year", facts.year())
					.addValue("on", facts.meetingOn())
					.addValue("from", facts.periodFrom())
					.addValue("to", facts.periodTo())
					.addValue("now", Timestamp.from(Instant.now()))
					.addValue("id", meeting.id()));
		if (updated == 0) {
			// marked held by someone else since the page was opened
			throw MeetingRefused.held(meeting, "แก้ไข");
		}
		this.audit.updated(RECORD_TYPE, meeting.id(),
				"แก้ไขข้อมูลการประชุม " + after.title() + changes(meeting, after), before, after.auditState());
		return true;
	}

	/**
	 * The meetings whose reports compare with one of this meeting's reports (by title): removing it
	 * would take away what their changes were counted against, so it is refused while there are any.
	 */
	@Transactional(readOnly = true)
	List<String> comparedWith(Meeting meeting) {
		return this.jdbc.query("select distinct m.meeting_no, m.meeting_year from wf_committee_report r"
				+ " join wf_committee_report p on p.id = r.previous_report_id"
				+ " join wf_committee_meeting m on m.id = r.meeting_id"
				+ " where p.meeting_id = :id and r.meeting_id <> :id order by m.meeting_year, m.meeting_no",
				Map.of("id", meeting.id()), (rs, i) -> "ครั้งที่ " + rs.getInt(1) + "/" + rs.getInt(2));
	}

	/**
	 * Removes the meeting and every version of its report (rows and files); returns how many versions
	 * went with it.
	 * @throws MeetingRefused once held, or while another meeting's report compares with its report
	 */
	int remove(Meeting meeting) {
		refuseIfHeld(meeting, "ลบ");
		List<String> later = comparedWith(meeting);
		if (!later.isEmpty()) {
			throw new MeetingRefused(meeting, "ลบการประชุม " + meeting.title() + " ไม่ได้ เพราะรายงานของการประชุม "
					+ String.join(", ", later) + " เปรียบเทียบกับรายงานของการประชุมนี้");
		}
		List<String> keys = new ArrayList<>();
		this.jdbc.query("select xlsx_key, pdf_key from wf_committee_report where meeting_id = :id",
				Map.of("id", meeting.id()), rs -> {
					keys.add(rs.getString(1));
					keys.add(rs.getString(2));
				});
		// the report rows and their figures go with the meeting (on delete cascade, V37)
		int deleted = this.jdbc.update("delete from wf_committee_meeting where id = :id and held_at is null",
				Map.of("id", meeting.id()));
		if (deleted == 0) {
			throw MeetingRefused.held(meeting, "ลบ");
		}
		this.audit.record(AuditAction.DELETE, RECORD_TYPE, meeting.id(), "ลบการประชุม " + meeting.title() + " "
				+ meeting.province() + (keys.isEmpty() ? "" : " พร้อมรายงาน " + keys.size() / 2 + " ฉบับ"),
				meeting.auditState(), null);
		// the files only once the rows are gone for good
		ReportFiles.deleteAfterCommit(this.store, keys);
		return keys.size() / 2;
	}

	private static void refuseIfHeld(Meeting meeting, String what) {
		if (meeting.held()) {
			throw MeetingRefused.held(meeting, what);
		}
	}

	/** "(เดิม ครั้งที่ 2/2569, วันประชุม 1 ธ.ค. 2569 → 2 ธ.ค. 2569)": what the correction changed, in Thai. */
	private static String changes(Meeting before, Meeting after) {
		List<String> changed = new ArrayList<>();
		if (!before.title().equals(after.title())) {
			changed.add("เดิม " + before.title());
		}
		if (!before.meetingOn().equals(after.meetingOn())) {
			changed.add("วันประชุม " + ThaiDates.shortDate(before.meetingOn()) + " → "
					+ ThaiDates.shortDate(after.meetingOn()));
		}
		if (!before.periodFrom().equals(after.periodFrom()) || !before.periodTo().equals(after.periodTo())) {
			changed.add("ช่วงรายงาน " + ThaiDates.shortDate(before.periodFrom()) + " – "
					+ ThaiDates.shortDate(before.periodTo()) + " → " + ThaiDates.shortDate(after.periodFrom()) + " – "
					+ ThaiDates.shortDate(after.periodTo()));
		}
		return " (" + String.join(", ", changed) + ")";
	}

}
