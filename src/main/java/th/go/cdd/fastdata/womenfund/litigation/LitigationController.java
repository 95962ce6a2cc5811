package th.go.cdd.fastdata.womenfund.litigation;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import th.go.cdd.fastdata.audit.AuditLog;
import th.go.cdd.fastdata.organisation.CurrentUsers;
import th.go.cdd.fastdata.organisation.NotFoundInScope;
import th.go.cdd.fastdata.organisation.OrganisationDirectory;
import th.go.cdd.fastdata.organisation.SignedInUser;
import th.go.cdd.fastdata.thai.ThaiDates;
import th.go.cdd.fastdata.womenfund.mediation.Courts;
import th.go.cdd.fastdata.womenfund.project.Project;
import th.go.cdd.fastdata.womenfund.project.ProjectRepository;
import th.go.cdd.fastdata.womenfund.project.ProjectStatuses;

/** The litigation pages: suits by district with the ones ready to refer, and one suit with its stages. */
@Controller
class LitigationController {

	record Line(LitigationCase c, String projectCode, String projectName, String district) {
	}

	private final CurrentUsers currentUsers;

	private final LitigationCases cases;

	private final ProjectRepository projects;

	private final ProjectStatuses statuses;

	private final OrganisationDirectory directory;

	private final Courts courts;

	private final AuditLog audit;

	private final th.go.cdd.fastdata.womenfund.visit.UntraceableDebtors untraceable;

	private final th.go.cdd.fastdata.womenfund.document.ProjectDocuments documents;

	LitigationController(th.go.cdd.fastdata.womenfund.document.ProjectDocuments documents,
			th.go.cdd.fastdata.womenfund.visit.UntraceableDebtors untraceable, CurrentUsers currentUsers, LitigationCases cases, ProjectRepository projects,
			ProjectStatuses statuses, OrganisationDirectory directory, Courts courts, AuditLog audit) {
		this.documents = documents;
		this.untraceable = untraceable;
		this.currentUsers = currentUsers;
		this.cases = cases;
		this.projects = projects;
		this.statuses = statuses;
		this.directory = directory;
		this.courts = courts;
		this.audit = audit;
	}

	/** The untraceable debtors the page reads (the whole list is the visits' page and its CSV). */
	static final int UNTRACEABLE_SHOWN = 100;

	/** The suits the page draws, by stage (closed ones last). */
	static final int SUITS_SHOWN = 500;

	@GetMapping("/womenfund/litigation")
	String list(Model model) {
		SignedInUser user = me();
		// the first suits by stage are drawn and all of them counted: the country has thousands
		List<LitigationCase> shown = this.cases.firstInScope(user, SUITS_SHOWN);
		Map<Long, Project> byId = this.projects.findAllById(shown.stream().map(LitigationCase::getProjectId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(Project::getId, Function.identity()));
		Map<Long, String> districts = this.directory.districtLabels(user.scope().queryIds());
		model.addAttribute("lines", shown.stream()
			.map(c -> new Line(c, byId.get(c.getProjectId()).getCode(), byId.get(c.getProjectId()).getName(),
					districts.get(c.getDistrictId())))
			.toList());
		model.addAttribute("referrals", this.cases.readyForReferral(user));
		// debtors the field visits could not find (§5.3), without a suit yet
		List<th.go.cdd.fastdata.womenfund.visit.UntraceableDebtors.Untraceable> found = this.untraceable
			.of(user.scope(), null, UNTRACEABLE_SHOWN);
		java.util.Set<Long> suing = this.cases
			.beingSued(found.stream().map(th.go.cdd.fastdata.womenfund.visit.UntraceableDebtors.Untraceable::projectId).toList());
		List<th.go.cdd.fastdata.womenfund.visit.UntraceableDebtors.Untraceable> untraceable = found.stream()
			.filter(u -> !suing.contains(u.projectId()))
			.toList();
		if (!untraceable.isEmpty()) {
			this.audit.viewed("UntraceableDebtors", null, "เปิดดูรายชื่อลูกหนี้ที่ติดตามตัวไม่ได้ในหน้าดำเนินคดี (" + untraceable.size() + " ราย)");
		}
		model.addAttribute("untraceable", untraceable);
		model.addAttribute("untraceableShown", UNTRACEABLE_SHOWN);
		model.addAttribute("suits", this.cases.countInScope(user));
		model.addAttribute("suitsShown", SUITS_SHOWN);
		model.addAttribute("referralsShown", LitigationCases.REFERRALS_SHOWN);
		model.addAttribute("districts", districts);
		model.addAttribute("costs", this.cases.costsByFiscalYear(user));
		model.addAttribute("canWork", LitigationCases.mayWork(user));
		return "womenfund/litigation";
	}

	@PostMapping("/womenfund/litigation")
	String open(@RequestParam Long projectId, @RequestParam(required = false) LitigationReason reason,
			@RequestParam(required = false) Long mediationCaseId, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		try {
			LitigationCase opened = this.cases.open(me(), projectId, reason, mediationCaseId, note);
			return "redirect:/womenfund/litigation/" + opened.getId() + "?opened";
		}
		catch (IllegalStateException ex) {
			// one open suit per project: show the one there is
			LitigationCase open = this.cases.ofProject(projectId)
				.stream()
				.filter(c -> c.getStage() != LitigationStage.CLOSED)
				.findFirst()
				.orElseThrow();
			redirect.addFlashAttribute("problem", ex.getMessage());
			return "redirect:/womenfund/litigation/" + open.getId();
		}
	}

	@GetMapping("/womenfund/litigation/{id}")
	String show(@PathVariable Long id, Model model) {
		SignedInUser user = me();
		LitigationCase c = this.cases.find(user, id).orElseThrow(NotFoundInScope::new);
		this.audit.viewed("LitigationCase", id, "เปิดดูเรื่องดำเนินคดีเลขที่ " + id);
		model.addAttribute("c", c);
		model.addAttribute("project", this.projects.findById(c.getProjectId()).orElseThrow());
		model.addAttribute("district", this.directory.districtLabels(List.of(c.getDistrictId())).get(c.getDistrictId()));
		model.addAttribute("court", c.getCourtId() == null ? null
				: this.courts.find(c.getCourtId()).map(Courts.Court::name).orElse(null));
		model.addAttribute("courts", this.courts.ofProvince(user.provinceId()));
		model.addAttribute("papers", this.cases.papers(id));
		// which of the papers the project file already holds (its document types share the codes)
		model.addAttribute("inFile", this.documents.documentsOf(user.scope(), c.getProjectId())
			.stream()
			.map(th.go.cdd.fastdata.womenfund.document.ProjectDocument::getTypeCode)
			.collect(Collectors.toSet()));
		model.addAttribute("hearings", this.cases.hearings(id));
		model.addAttribute("costs", this.cases.costs(id));
		model.addAttribute("costTotal", this.cases.costs(id).stream().map(LitigationCases.Cost::amount)
			.reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add));
		model.addAttribute("canWork", LitigationCases.mayWork(user) && c.getStage() != LitigationStage.CLOSED);
		model.addAttribute("next", c.getStage().next());
		if (!model.containsAttribute("stepForm")) {
			StepForm step = new StepForm();
			step.setStage(c.getStage().next());
			step.setOn(ThaiDates.shortDate(this.statuses.today()));
			model.addAttribute("stepForm", step);
		}
		return "womenfund/litigationCase";
	}

	@PostMapping("/womenfund/litigation/{id}/stage")
	String advance(@PathVariable Long id, @ModelAttribute("stepForm") StepForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			if (this.cases.advance(me(), id, form, result)) {
				redirect.addFlashAttribute("message", "บันทึกแล้ว: " + form.getStage().label());
				return "redirect:/womenfund/litigation/" + id;
			}
		}
		catch (IllegalStateException ex) {
			return "redirect:/womenfund/litigation/" + id;
		}
		return show(id, model);
	}

	@PostMapping("/womenfund/litigation/{id}/papers/{paper}")
	String paper(@PathVariable Long id, @PathVariable String paper, @RequestParam(defaultValue = "true") boolean done) {
		try {
			this.cases.markPaper(me(), id, paper, done);
		}
		catch (IllegalStateException ex) {
			// closed meanwhile
		}
		return "redirect:/womenfund/litigation/" + id + "#papers";
	}

	@PostMapping("/womenfund/litigation/{id}/hearings")
	String hearing(@PathVariable Long id, @RequestParam(required = false) String hearingOn,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		MapBindingResult errors = new MapBindingResult(new java.util.HashMap<>(Map.of("hearingOn", "")), "hearing");
		try {
			if (!this.cases.addHearing(me(), id, hearingOn, note, errors)) {
				redirect.addFlashAttribute("problem", errors.getFieldErrors().get(0).getDefaultMessage());
			}
		}
		catch (IllegalStateException ex) {
			// closed
		}
		return "redirect:/womenfund/litigation/" + id + "#hearings";
	}

	@PostMapping("/womenfund/litigation/{id}/costs")
	String cost(@PathVariable Long id, @RequestParam(required = false) String spentOn,
			@RequestParam(required = false) String item, @RequestParam(required = false) String costAmount,
			RedirectAttributes redirect) {
		MapBindingResult errors = new MapBindingResult(
				new java.util.HashMap<>(Map.of("spentOn", "", "item", "", "costAmount", "")), "cost");
		try {
			if (!this.cases.addCost(me(), id, spentOn, item, costAmount, errors)) {
				redirect.addFlashAttribute("problem", errors.getFieldErrors()
					.stream()
					.map(e -> e.getDefaultMessage())
					.collect(Collectors.joining(" · ")));
				redirect.addFlashAttribute("typedItem", item);
				redirect.addFlashAttribute("typedAmount", costAmount);
			}
		}
		catch (IllegalStateException ex) {
			// closed
		}
		return "redirect:/womenfund/litigation/" + id + "#costs";
	}

	private SignedInUser me() {
		return this.currentUsers.current().orElseThrow(NotFoundInScope::new);
	}

}
