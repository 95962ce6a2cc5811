package th.go.cdd.fastdata.womenfund.committee;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

import th.go.cdd.fastdata.organisation.CurrentUsers;
import th.go.cdd.fastdata.organisation.NotFoundInScope;
import th.go.cdd.fastdata.womenfund.committee.CommitteeMeetings.Meeting;

/**
 * Correcting (แก้ไขข้อมูลการประชุม) and removing (ลบการประชุม) a meeting not yet held. Only those who
 * record meetings may (the director and the committee read: 403); another province's meeting answers
 * 404, a held one 409 with the reason in Thai.
 */
@Controller
@PreAuthorize(CommitteeController.SECRETARIAT)
class MeetingCorrectionController {

	private final CurrentUsers currentUsers;

	private final CommitteeMeetings meetings;

	private final MeetingCorrections corrections;

	MeetingCorrectionController(CurrentUsers currentUsers, CommitteeMeetings meetings, MeetingCorrections corrections) {
		this.currentUsers = currentUsers;
		this.meetings = meetings;
		this.corrections = corrections;
	}

	@GetMapping("/womenfund/committee/meetings/{id}/edit")
	String edit(@PathVariable Long id, Model model, HttpServletResponse response) {
		Meeting meeting = open(id);
		if (meeting.held()) {
			return refused(MeetingRefused.held(meeting, "แก้ไข"), model, response);
		}
		return form(meeting, MeetingForm.of(meeting), model);
	}

	@PostMapping("/womenfund/committee/meetings/{id}/edit")
	String correct(@PathVariable Long id, @ModelAttribute("meetingForm") MeetingForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Meeting meeting = open(id);
		try {
			if (!this.corrections.correct(meeting, form, result)) {
				// the form comes back with what she typed and the reasons beside it
				return form(meeting, form, model);
			}
		}
		catch (MeetingRefused ex) {
			return refused(ex, model, response);
		}
		Meeting corrected = open(id);
		if (corrected.auditState().equals(meeting.auditState())) {
			redirect.addFlashAttribute("message", "ข้อมูลการประชุมไม่มีการเปลี่ยนแปลง");
		}
		else {
			redirect.addFlashAttribute("message", "บันทึกการแก้ไขข้อมูลการประชุมแล้ว" + (corrected.reportStale()
					? " รายงานที่สร้างไว้ใช้ข้อมูลก่อนแก้ไข กรุณาสร้างรายงานใหม่" : ""));
		}
		return "redirect:/womenfund/committee/meetings/" + id;
	}

	/** The confirmation step: what would go, or why it cannot. */
	@GetMapping("/womenfund/committee/meetings/{id}/delete")
	String confirmRemoval(@PathVariable Long id, Model model, HttpServletResponse response) {
		Meeting meeting = open(id);
		if (meeting.held()) {
			return refused(MeetingRefused.held(meeting, "ลบ"), model, response);
		}
		model.addAttribute("meeting", meeting);
		model.addAttribute("comparedWith", this.corrections.comparedWith(meeting));
		return "womenfund/committee/deleteMeeting";
	}

	@PostMapping("/womenfund/committee/meetings/{id}/delete")
	String remove(@PathVariable Long id, RedirectAttributes redirect, Model model, HttpServletResponse response) {
		Meeting meeting = open(id);
		int reports;
		try {
			reports = this.corrections.remove(meeting);
		}
		catch (MeetingRefused ex) {
			return refused(ex, model, response);
		}
		redirect.addFlashAttribute("message", "ลบการประชุม " + meeting.title()
				+ (reports > 0 ? " และรายงาน " + reports + " ฉบับแล้ว" : " แล้ว"));
		return "redirect:/womenfund/committee?provinceId=" + meeting.provinceId();
	}

	/**
	 * The refusal (409) on a page of the layout: rendered by the handler itself, so the page keeps the
	 * header and the menus (an exception handler's model has none of them).
	 */
	private static String refused(MeetingRefused ex, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.CONFLICT.value());
		model.addAttribute("meeting", ex.meeting());
		model.addAttribute("problem", ex.getMessage());
		return "womenfund/committee/refused";
	}

	private String form(Meeting meeting, MeetingForm form, Model model) {
		model.addAttribute("meeting", meeting);
		model.addAttribute("meetingForm", form);
		return "womenfund/committee/editMeeting";
	}

	private Meeting open(Long id) {
		return this.meetings.open(this.currentUsers.current().orElseThrow(NotFoundInScope::new), id);
	}

}
