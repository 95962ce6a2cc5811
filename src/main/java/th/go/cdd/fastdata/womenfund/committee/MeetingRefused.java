package th.go.cdd.fastdata.womenfund.committee;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

import th.go.cdd.fastdata.womenfund.committee.CommitteeMeetings.Meeting;

/**
 * A correction or removal the meeting's state does not allow (409), with the Thai reason shown to the
 * user: the meeting has been held, or another meeting's report compares with its report. Nothing was
 * changed.
 */
@ResponseStatus(HttpStatus.CONFLICT)
class MeetingRefused extends RuntimeException {

	private final transient Meeting meeting;

	MeetingRefused(Meeting meeting, String reason) {
		super(reason);
		this.meeting = meeting;
	}

	/** "แก้ไข" or "ลบ" a held meeting. */
	static MeetingRefused held(Meeting meeting, String what) {
		return new MeetingRefused(meeting, what + "การประชุม " + meeting.title() + " ไม่ได้ เพราะบันทึกว่าประชุมแล้ว"
				+ " รายงานจึงต้องคงไว้ตามที่เสนอที่ประชุม");
	}

	Meeting meeting() {
		return this.meeting;
	}

}
