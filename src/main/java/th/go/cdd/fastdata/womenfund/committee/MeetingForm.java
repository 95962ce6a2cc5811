package th.go.cdd.fastdata.womenfund.committee;

import th.go.cdd.fastdata.thai.ThaiDates;

/**
 * A committee meeting as typed, new or corrected: dates in B.E. ("25/11/2569" or "25 พ.ย. 2569"),
 * checked by {@link CommitteeMeetings}.
 */
public class MeetingForm {

	/** The form to correct a meeting, holding what is stored. */
	static MeetingForm of(CommitteeMeetings.Meeting meeting) {
		MeetingForm form = new MeetingForm();
		form.setNumber(String.valueOf(meeting.number()));
		form.setYear(String.valueOf(meeting.year()));
		form.setMeetingOn(ThaiDates.shortDate(meeting.meetingOn()));
		form.setPeriodFrom(ThaiDates.shortDate(meeting.periodFrom()));
		form.setPeriodTo(ThaiDates.shortDate(meeting.periodTo()));
		return form;
	}

	private String number;

	private String year;

	private String meetingOn;

	private String periodFrom;

	private String periodTo;

	public String getNumber() {
		return this.number;
	}

	public void setNumber(String number) {
		this.number = number;
	}

	public String getYear() {
		return this.year;
	}

	public void setYear(String year) {
		this.year = year;
	}

	public String getMeetingOn() {
		return this.meetingOn;
	}

	public void setMeetingOn(String meetingOn) {
		this.meetingOn = meetingOn;
	}

	public String getPeriodFrom() {
		return this.periodFrom;
	}

	public void setPeriodFrom(String periodFrom) {
		this.periodFrom = periodFrom;
	}

	public String getPeriodTo() {
		return this.periodTo;
	}

	public void setPeriodTo(String periodTo) {
		this.periodTo = periodTo;
	}

}
