package th.go.cdd.fastdata.womenfund.project;

import java.time.LocalDate;

import jakarta.validation.Valid;

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
import th.go.cdd.fastdata.organisation.CurrentUsers;
import th.go.cdd.fastdata.thai.ThaiDateParseException;
import th.go.cdd.fastdata.thai.ThaiDates;

/** A project's file, and the entries officers make on it (payments, acknowledgments). */
@Controller
class ProjectController {

	static final String RECORDERS = "hasAnyRole('PROVINCE_OFFICER','DISTRICT_OFFICER')";

	private final CurrentUsers currentUsers;

	private final ProjectFile projectFile;

	private final ProjectEntries entries;

	private final ProjectStatuses statuses;

	private final AuditLog audit;

	/** The latest changes on the page; the whole trail is in the audit log (/admin/audit). */
	static final int CHANGES_SHOWN = 30;

	ProjectController(CurrentUsers currentUsers, ProjectFile projectFile, ProjectEntries entries,
			ProjectStatuses statuses, AuditLog audit) {
		this.audit = audit;
		this.currentUsers = currentUsers;
		this.projectFile = projectFile;
		this.entries = entries;
		this.statuses = statuses;
	}

	@GetMapping("/womenfund/projects/{id}")
	String show(@PathVariable Long id, @RequestParam(required = false) String asOf, Model model) {
		LocalDate date = this.statuses.today();
		if (asOf != null && !asOf.isBlank()) {
			try {
				date = ThaiDates.parse(asOf);
			}
			catch (ThaiDateParseException ex) {
				model.addAttribute("asOfProblem", ex.getMessage());
			}
		}
		model.addAttribute("asOfText", asOf);
		return page(id, date, model);
	}

	@PostMapping("/womenfund/projects/{id}/payments")
	@PreAuthorize(RECORDERS)
	String recordPayment(@PathVariable Long id, @Valid @ModelAttribute PaymentForm paymentForm, BindingResult result,
			Authentication user, Model model, RedirectAttributes redirect) {
		this.entries.recordPayment(this.currentUsers.scope(), id, paymentForm, result, user.getName());
		if (result.hasErrors()) {
			return page(id, this.statuses.today(), model);
		}
		redirect.addFlashAttribute("message", "บันทึกการชำระแล้ว และคำนวณกลุ่มสถานะใหม่แล้ว");
		return "redirect:/womenfund/projects/" + id;
	}

	@PostMapping("/womenfund/projects/{id}/acknowledgments")
	@PreAuthorize(RECORDERS)
	String recordAcknowledgment(@PathVariable Long id, @Valid @ModelAttribute AcknowledgmentForm acknowledgmentForm,
			BindingResult result, Authentication user, Model model, RedirectAttributes redirect) {
		this.entries.recordAcknowledgment(this.currentUsers.scope(), id, acknowledgmentForm, result, user.getName());
		if (result.hasErrors()) {
			return page(id, this.statuses.today(), model);
		}
		redirect.addFlashAttribute("message", "บันทึกหนังสือแล้ว และคำนวณอายุความใหม่แล้ว");
		return "redirect:/womenfund/projects/" + id;
	}

	/** The project page as of today, with whatever forms the model already holds (a refused entry). */
	String page(Long id, Model model) {
		return page(id, this.statuses.today(), model);
	}

	private String page(Long id, LocalDate asOf, Model model) {
		ProjectFile.View file = this.projectFile.open(this.currentUsers.scope(), id, asOf);
		model.addAttribute("file", file);
		model.addAttribute("changes", this.audit.changesOf(java.util.Map.of("Project", java.util.List.of(id), "Contract",
				file.contract().map(c -> java.util.List.of(c.getId())).orElse(java.util.List.of()), "Payment",
				file.payments().stream().map(Payment::getId).toList(), "Acknowledgment",
				file.acknowledgments().stream().map(Acknowledgment::getId).toList(), "ProjectMember",
				file.members().stream().map(ProjectMember::getId).toList()), CHANGES_SHOWN));
		model.addAttribute("asOf", asOf);
		model.addAttribute("today", this.statuses.today());
		if (!model.containsAttribute("paymentForm")) {
			model.addAttribute("paymentForm", new PaymentForm());
		}
		if (!model.containsAttribute("acknowledgmentForm")) {
			model.addAttribute("acknowledgmentForm", new AcknowledgmentForm());
		}
		if (!model.containsAttribute("memberForm")) {
			model.addAttribute("memberForm", new MemberForm(MemberRole.GUARANTOR));
		}
		model.addAttribute("roles", MemberRole.values());
		model.addAttribute("paymentSources", PaymentSource.values());
		model.addAttribute("acknowledgmentKinds", th.go.cdd.fastdata.womenfund.status.AcknowledgmentKind.values());
		return "womenfund/projectDetails";
	}

}
