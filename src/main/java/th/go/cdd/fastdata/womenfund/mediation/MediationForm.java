package th.go.cdd.fastdata.womenfund.mediation;

/** A new mediation case as the officer types it. */
public class MediationForm {

	private Long projectId;

	private Long courtId;

	private MediationPath path = MediationPath.PROACTIVE;

	private String invitationReceivedOn;

	private String hearingOn;

	private String hearingTime;

	private String note;

	public Long getProjectId() {
		return this.projectId;
	}

	public void setProjectId(Long projectId) {
		this.projectId = projectId;
	}

	public Long getCourtId() {
		return this.courtId;
	}

	public void setCourtId(Long courtId) {
		this.courtId = courtId;
	}

	public MediationPath getPath() {
		return this.path;
	}

	public void setPath(MediationPath path) {
		this.path = path;
	}

	public String getInvitationReceivedOn() {
		return this.invitationReceivedOn;
	}

	public void setInvitationReceivedOn(String invitationReceivedOn) {
		this.invitationReceivedOn = invitationReceivedOn;
	}

	public String getHearingOn() {
		return this.hearingOn;
	}

	public void setHearingOn(String hearingOn) {
		this.hearingOn = hearingOn;
	}

	public String getHearingTime() {
		return this.hearingTime;
	}

	public void setHearingTime(String hearingTime) {
		this.hearingTime = hearingTime;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
