package th.go.cdd.fastdata.womenfund.measure;

import java.time.LocalDate;

/**
 * What comes with a step: a note (the reason of a return or a rejection), the committee's resolution
 * (มติ), its meeting number and date. The meeting date is the day an approval takes effect.
 */
public record Decision(String note, String resolution, String meetingNo, LocalDate meetingOn) {

	public static Decision note(String note) {
		return new Decision(note, null, null, null);
	}

}
