package th.go.cdd.fastdata.womenfund.visit;

import java.util.Map;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import th.go.cdd.fastdata.organisation.CurrentUsers;
import th.go.cdd.fastdata.thai.ThaiDates;

/**
 * Recording a visit on a phone. The page works as a plain form; with scripts on, it keeps each record
 * on the phone first and sends it to {@code /womenfund/visits/records/send}, again and again until an
 * answer comes, under the UUID it gave the record, so nothing typed without signal is lost or doubled.
 */
@Controller
class VisitRecordController {

	private final CurrentUsers currentUsers;

	private final VisitRecords records;

	private final VisitPlans plans;

	VisitRecordController(CurrentUsers currentUsers, VisitRecords records, VisitPlans plans) {
		this.currentUsers = currentUsers;
		this.records = records;
		this.plans = plans;
	}

	@GetMapping("/womenfund/visits/projects/{projectId}/record")
	@PreAuthorize(VisitPlanController.RECORDERS)
	String form(@PathVariable Long projectId, @RequestParam(required = false) Long stopId, Model model) {
		VisitRecordForm form = new VisitRecordForm();
		form.setProjectId(projectId);
		form.setStopId(stopId);
		form.setClientId(UUID.randomUUID().toString());
		form.setVisitedOn(numeric(this.plans.today()));
		return page(projectId, form, model);
	}

	@PostMapping("/womenfund/visits/records")
	@PreAuthorize(VisitPlanController.RECORDERS)
	String record(@ModelAttribute("visitRecordForm") VisitRecordForm form, BindingResult result, Authentication user,
			Model model, RedirectAttributes redirect) {
		VisitRecords.Saved saved = save(form, result, user);
		if (saved == null) {
			return page(form.getProjectId(), form, model);
		}
		redirect.addFlashAttribute("message", saved.duplicate() ? "บันทึกนี้ส่งถึงแล้วก่อนหน้านี้" : "บันทึกการติดตามเยี่ยมแล้ว");
		return "redirect:/womenfund/projects/" + saved.projectId() + "#visits";
	}

	/**
	 * The phone's outbox sends here: 201 with the new record, 200 with the one stored before under the
	 * same UUID, 400 (problem+json) with the Thai reason of each field, 404 for a project outside her
	 * districts.
	 */
	@PostMapping("/womenfund/visits/records/send")
	@PreAuthorize(VisitPlanController.RECORDERS)
	@ResponseBody
	ResponseEntity<Map<String, Object>> send(@ModelAttribute("visitRecordForm") VisitRecordForm form,
			BindingResult result, Authentication user) {
		VisitRecords.Saved saved = save(form, result, user);
		if (saved == null) {
			throw VisitRecords.refused(result);
		}
		return ResponseEntity.status(saved.duplicate() ? HttpStatus.OK : HttpStatus.CREATED)
			.body(Map.of("id", saved.id(), "projectId", saved.projectId(), "duplicate", saved.duplicate()));
	}

	/** A fresh CSRF token for an outbox whose page has outlived its session's token. */
	@GetMapping("/womenfund/visits/csrf")
	@ResponseBody
	Map<String, String> csrf(CsrfToken token) {
		return Map.of("headerName", token.getHeaderName(), "token", token.getToken());
	}

	private VisitRecords.Saved save(VisitRecordForm form, BindingResult result, Authentication user) {
		try {
			return this.records.record(this.currentUsers.scope(), form, result, user.getName());
		}
		catch (DuplicateKeyException ex) {
			// the same record arrived twice at the same moment: the other request stored it
			return this.records.byClientId(this.currentUsers.scope(), form.getClientId().strip().toLowerCase())
				.orElseThrow(() -> ex);
		}
	}

	private String page(Long projectId, VisitRecordForm form, Model model) {
		model.addAttribute("project", this.records.project(this.currentUsers.scope(), projectId));
		model.addAttribute("visitRecordForm", form);
		model.addAttribute("outcomes", VisitOutcome.values());
		return "womenfund/visit/recordForm";
	}

	/** "25/11/2569": what an officer types, and what the form's date fields take. */
	static String numeric(java.time.LocalDate date) {
		return date.getDayOfMonth() + "/" + date.getMonthValue() + "/" + ThaiDates.buddhistYear(date);
	}

}
