package th.go.cdd.fastdata.womenfund.committee;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import th.go.cdd.fastdata.audit.AuditLog;
import th.go.cdd.fastdata.organisation.AreaOption;
import th.go.cdd.fastdata.organisation.CurrentUsers;
import th.go.cdd.fastdata.organisation.NotFoundInScope;
import th.go.cdd.fastdata.organisation.SignedInUser;
import th.go.cdd.fastdata.womenfund.committee.CommitteeMeetings.Meeting;

/**
 * The committee's meetings of a province and each meeting's report: on screen, as Excel and as PDF.
 * Province-wide roles read them; the province's staff record meetings and generate reports (and correct
 * or remove them: {@link MeetingCorrectionController}); district roles are refused every page (403), and
 * a meeting of another province answers 404.
 */
@Controller
@PreAuthorize(CommitteeController.READERS)
class CommitteeController {

	static final String READERS = "hasAnyRole('ADMIN','PROVINCE_OFFICER','PROVINCE_ACADEMIC','PROVINCE_COMMITTEE','DIRECTOR')";

	static final String SECRETARIAT = "hasAnyRole('PROVINCE_OFFICER','PROVINCE_ACADEMIC')";

	private static final int CHANGES_SHOWN = 20;

	private final CurrentUsers currentUsers;

	private final CommitteeMeetings meetings;

	private final CommitteeReports reports;

	private final AuditLog audit;

	CommitteeController(CurrentUsers currentUsers, CommitteeMeetings meetings, CommitteeReports reports, AuditLog audit) {
		this.currentUsers = currentUsers;
		this.meetings = meetings;
		this.reports = reports;
		this.audit = audit;
	}

	@GetMapping("/womenfund/committee")
	String list(@RequestParam(required = false) Long provinceId, Model model) {
		AreaOption province = this.meetings.province(me(), provinceId);
		return page(province, this.meetings.newForm(province), model);
	}

	@PostMapping("/womenfund/committee")
	@PreAuthorize(SECRETARIAT)
	String create(@RequestParam(required = false) Long provinceId, @ModelAttribute("meetingForm") MeetingForm form,
			BindingResult result, Authentication user, Model model, RedirectAttributes redirect) {
		AreaOption province = this.meetings.province(me(), provinceId);
		Long id = this.meetings.create(province, form, result, user.getName());
		if (id == null) {
			return page(province, form, model);
		}
		redirect.addFlashAttribute("message", "บันทึกการประชุมแล้ว กด \"สร้างรายงาน\" เพื่อจัดทำรายงานเสนอที่ประชุม");
		return "redirect:/womenfund/committee/meetings/" + id;
	}

	@GetMapping("/womenfund/committee/meetings/{id}")
	String show(@PathVariable Long id, @RequestParam(required = false) Integer version, Model model) {
		Meeting meeting = this.meetings.open(me(), id);
		model.addAttribute("meeting", meeting);
		CommitteeReport report = version == null ? this.reports.latest(meeting).orElse(null)
				: this.reports.version(meeting, version);
		model.addAttribute("report", report);
		model.addAttribute("tables", report == null ? java.util.List.of() : ReportTables.of(report));
		model.addAttribute("versions", this.reports.versions(meeting));
		model.addAttribute("previous", this.meetings.previous(meeting).orElse(null));
		model.addAttribute("changes", this.audit.changesOf(
				java.util.Map.of(MeetingCorrections.RECORD_TYPE, java.util.List.of(id)), CHANGES_SHOWN));
		return "womenfund/committee/meeting";
	}

	@PostMapping("/womenfund/committee/meetings/{id}/report")
	@PreAuthorize(SECRETARIAT)
	String generate(@PathVariable Long id, Authentication user, RedirectAttributes redirect) {
		Meeting meeting = this.meetings.open(me(), id);
		try {
			CommitteeReport report = this.reports.generate(meeting, user.getName());
			redirect.addFlashAttribute("message", "สร้างรายงานฉบับที่ " + report.version() + " แล้ว"
					+ (report.version() > 1 ? " (ฉบับก่อนหน้ายังเก็บไว้)" : ""));
		}
		catch (CommitteeReports.Refused ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/womenfund/committee/meetings/" + id;
	}

	@PostMapping("/womenfund/committee/meetings/{id}/held")
	@PreAuthorize(SECRETARIAT)
	String held(@PathVariable Long id, Authentication user, RedirectAttributes redirect) {
		Meeting meeting = this.meetings.open(me(), id);
		if (!meeting.hasReport()) {
			redirect.addFlashAttribute("problem", "ยังไม่มีรายงาน: สร้างรายงานก่อนบันทึกว่าประชุมแล้ว");
		}
		else if (meeting.reportStale()) {
			// the held report is the record of what the committee saw: it must carry the corrected facts
			redirect.addFlashAttribute("problem",
					"ข้อมูลการประชุมแก้ไขหลังสร้างรายงาน กรุณาสร้างรายงานใหม่ก่อนบันทึกว่าประชุมแล้ว");
		}
		else {
			this.meetings.markHeld(meeting, user.getName());
			redirect.addFlashAttribute("message", "บันทึกว่าประชุมแล้ว รายงานฉบับล่าสุดเป็นฉบับที่เสนอที่ประชุม");
		}
		return "redirect:/womenfund/committee/meetings/" + id;
	}

	@GetMapping({ "/womenfund/committee/meetings/{id}/report.xlsx", "/womenfund/committee/meetings/{id}/report.pdf" })
	void download(@PathVariable Long id, @RequestParam(required = false) Integer version,
			jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response) throws IOException {
		Meeting meeting = this.meetings.open(me(), id);
		CommitteeReport report = version == null ? this.reports.latest(meeting).orElseThrow(NotFoundInScope::new)
				: this.reports.version(meeting, version);
		String extension = request.getRequestURI().endsWith(".pdf") ? "pdf" : "xlsx";
		CommitteeReports.ReportFile file = this.reports.file(report, extension);
		this.audit.exported("CommitteeReport", "ดาวน์โหลดรายงานต่อคณะกรรมการกองทุนฯ " + meeting.province() + " "
				+ meeting.title() + " ฉบับที่ " + report.version() + " (" + extension.toUpperCase() + ")");
		response.setContentType(file.contentType());
		response.setContentLengthLong(file.size());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(file.name()).build().toString());
		try (InputStream in = this.reports.open(file)) {
			in.transferTo(response.getOutputStream());
		}
	}

	private String page(AreaOption province, MeetingForm form, Model model) {
		model.addAttribute("province", province);
		model.addAttribute("provinces", this.meetings.provincesOf(me()));
		model.addAttribute("meetings", this.meetings.of(province));
		model.addAttribute("meetingForm", form);
		return "womenfund/committee/meetings";
	}

	private SignedInUser me() {
		return this.currentUsers.current().orElseThrow(NotFoundInScope::new);
	}

}
