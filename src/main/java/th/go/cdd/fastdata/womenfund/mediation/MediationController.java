package th.go.cdd.fastdata.womenfund.mediation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
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
import th.go.cdd.fastdata.organisation.NotFoundInScope;
import th.go.cdd.fastdata.organisation.OrganisationDirectory;
import th.go.cdd.fastdata.organisation.Role;
import th.go.cdd.fastdata.organisation.SignedInUser;
import th.go.cdd.fastdata.thai.ThaiDates;
import th.go.cdd.fastdata.womenfund.project.Project;
import th.go.cdd.fastdata.womenfund.project.ProjectRepository;
import th.go.cdd.fastdata.womenfund.project.ProjectStatuses;

/**
 * Pre-suit mediation pages: the calendar of hearings per court, cases on the way to litigation, one
 * case with its two-day checklist and outcome, the printable list for the court's day, and the courts.
 */
@Controller
class MediationController {

	/** A case with the names a list shows. */
	record Line(MediationCase c, String projectCode, String projectName, String district, String court) {
	}

	private final CurrentUsers currentUsers;

	private final MediationCases cases;

	private final Courts courts;

	private final ProjectRepository projects;

	private final ProjectStatuses statuses;

	private final OrganisationDirectory directory;

	private final AuditLog audit;

	MediationController(CurrentUsers currentUsers, MediationCases cases, Courts courts, ProjectRepository projects,
			ProjectStatuses statuses, OrganisationDirectory directory, AuditLog audit) {
		this.currentUsers = currentUsers;
		this.cases = cases;
		this.courts = courts;
		this.projects = projects;
		this.statuses = statuses;
		this.directory = directory;
		this.audit = audit;
	}

	@GetMapping("/womenfund/mediation")
	String overview(Model model) {
		SignedInUser user = me();
		List<Line> open = lines(this.cases.open(user));
		// the calendar: by hearing day, then court
		Map<LocalDate, Map<String, List<Line>>> calendar = new TreeMap<>();
		for (Line line : open) {
			calendar.computeIfAbsent(line.c().getHearingOn(), d -> new LinkedHashMap<>())
				.computeIfAbsent(line.court(), c -> new java.util.ArrayList<>())
				.add(line);
		}
		model.addAttribute("calendar", calendar);
		model.addAttribute("today", this.statuses.today());
		model.addAttribute("toward", lines(this.cases.towardLitigation(user)));
		model.addAttribute("compromised", lines(this.cases.compromised(user)));
		model.addAttribute("courts", this.courts.ofProvince(user.provinceId()));
		model.addAttribute("canWork", MediationCases.mayWork(user));
		model.addAttribute("closedShown", MediationCases.CLOSED_SHOWN);
		model.addAttribute("openLimited", open.size() >= MediationCases.OPEN_SHOWN);
		model.addAttribute("openShown", MediationCases.OPEN_SHOWN);
		return "womenfund/mediation";
	}

	@GetMapping("/womenfund/mediation/new")
	String newCase(@RequestParam Long projectId, Model model) {
		SignedInUser user = me();
		if (!MediationCases.mayWork(user)) {
			throw new AccessDeniedException("fund officers only");
		}
		Project project = this.projects.findInScope(projectId, user.scope().queryIds()).orElseThrow(NotFoundInScope::new);
		MediationForm form = new MediationForm();
		form.setProjectId(projectId);
		return form(project, form, model);
	}

	@PostMapping("/womenfund/mediation")
	String open(@ModelAttribute("form") MediationForm form, BindingResult result, Model model) {
		SignedInUser user = me();
		Optional<MediationCase> opened = this.cases.open(user, form, result);
		if (opened.isEmpty()) {
			Project project = this.projects.findInScope(form.getProjectId(), user.scope().queryIds())
				.orElseThrow(NotFoundInScope::new);
			return form(project, form, model);
		}
		return "redirect:/womenfund/mediation/" + opened.get().getId() + "?opened";
	}

	private String form(Project project, MediationForm form, Model model) {
		model.addAttribute("project", project);
		model.addAttribute("form", form);
		model.addAttribute("courts", this.courts.ofProvince(me().provinceId()));
		model.addAttribute("paths", MediationPath.values());
		return "womenfund/mediationForm";
	}

	@GetMapping("/womenfund/mediation/{id}")
	String show(@PathVariable Long id, Model model) {
		SignedInUser user = me();
		MediationCase c = this.cases.find(user, id).orElseThrow(NotFoundInScope::new);
		this.audit.viewed("MediationCase", id, "เปิดดูเรื่องไกล่เกลี่ยเลขที่ " + id);
		Project project = this.projects.findById(c.getProjectId()).orElseThrow();
		List<MediationTasks.Task> tasks = this.cases.tasks(c.getPath());
		model.addAttribute("c", c);
		model.addAttribute("project", project);
		model.addAttribute("court", this.courts.find(c.getCourtId()).map(Courts.Court::name).orElse("-"));
		model.addAttribute("district", this.directory.districtLabels(List.of(c.getDistrictId())).get(c.getDistrictId()));
		model.addAttribute("day1", tasks.stream().filter(t -> t.day() == 1).toList());
		model.addAttribute("day2", tasks.stream().filter(t -> t.day() == 2).toList());
		model.addAttribute("done", this.cases.done(id));
		model.addAttribute("warnings", this.cases.warnings(c));
		model.addAttribute("canWork", MediationCases.mayWork(user) && c.getOutcome() == MediationOutcome.OPEN);
		if (!model.containsAttribute("outcomeForm")) {
			OutcomeForm outcome = new OutcomeForm();
			outcome.setOutcomeOn(ThaiDates.shortDate(c.getHearingOn()));
			model.addAttribute("outcomeForm", outcome);
		}
		model.addAttribute("outcomes", List.of(MediationOutcome.COMPROMISE, MediationOutcome.NO_AGREEMENT,
				MediationOutcome.NO_SHOW));
		return "womenfund/mediationCase";
	}

	@PostMapping("/womenfund/mediation/{id}/tasks/{task}")
	String markDone(@PathVariable Long id, @PathVariable String task, @RequestParam(required = false) String note,
			@RequestParam(required = false) String undo) {
		try {
			if (undo != null) {
				this.cases.undo(me(), id, task);
			}
			else {
				this.cases.markDone(me(), id, task, note);
			}
		}
		catch (IllegalStateException ex) {
			// closed meanwhile: the page shows it read-only
		}
		return "redirect:/womenfund/mediation/" + id + "#" + task;
	}

	@PostMapping("/womenfund/mediation/{id}/outcome")
	String close(@PathVariable Long id, @ModelAttribute("outcomeForm") OutcomeForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		try {
			if (this.cases.close(me(), id, form, result)) {
				redirect.addFlashAttribute("message", "บันทึกผลการไกล่เกลี่ยแล้ว: " + form.getOutcome().label());
				return "redirect:/womenfund/mediation/" + id;
			}
		}
		catch (MediationCases.CompromiseRefused ex) {
			model.addAttribute("problem", ex.getMessage());
		}
		catch (IllegalStateException ex) {
			return "redirect:/womenfund/mediation/" + id;
		}
		return show(id, model);
	}

	/** The list to take to the court on its day: an A4 page per court and date. */
	@GetMapping("/womenfund/mediation/print")
	String print(@RequestParam Long courtId, @RequestParam String date, Model model) {
		SignedInUser user = me();
		Courts.Court court = this.courts.find(courtId)
			.filter(c -> c.provinceId().equals(user.provinceId()))
			.orElseThrow(NotFoundInScope::new);
		LocalDate on = LocalDate.parse(date);
		List<Line> lines = lines(this.cases.hearings(user, courtId, on));
		this.audit.exported("MediationCase", "พิมพ์รายชื่อนัดไกล่เกลี่ย " + court.name() + " วันที่ " + on + " (" + lines.size()
				+ " เรื่อง)");
		model.addAttribute("court", court);
		model.addAttribute("on", on);
		model.addAttribute("lines", lines);
		model.addAttribute("printedAt", Instant.now());
		model.addAttribute("printedBy", user.displayName());
		return "womenfund/mediationPrint";
	}

	@GetMapping("/womenfund/courts")
	String courts(Model model) {
		model.addAttribute("courts", this.courts.ofProvince(me().provinceId()));
		model.addAttribute("canEdit", me().is(Role.PROVINCE_OFFICER));
		return "womenfund/courts";
	}

	@PostMapping("/womenfund/courts")
	String addCourt(@RequestParam String name, @RequestParam(required = false) String address,
			RedirectAttributes redirect) {
		SignedInUser user = me();
		if (!user.is(Role.PROVINCE_OFFICER)) {
			throw new AccessDeniedException("province officers only");
		}
		String clean = name == null ? "" : name.strip();
		if (clean.isEmpty() || clean.length() > 200) {
			redirect.addFlashAttribute("problem", "กรุณากรอกชื่อศาล (ไม่เกิน 200 ตัวอักษร)");
		}
		else if (this.courts.exists(user.provinceId(), clean)) {
			redirect.addFlashAttribute("problem", "มี " + clean + " ในรายการแล้ว");
		}
		else {
			String where = address == null || address.isBlank() ? null : address.strip().substring(0, Math.min(500, address.strip().length()));
			this.courts.add(user.provinceId(), clean, where);
			this.audit.created("Court", clean, "เพิ่มศาล " + clean, where);
			redirect.addFlashAttribute("done", "เพิ่ม " + clean + " แล้ว");
		}
		return "redirect:/womenfund/courts";
	}

	private List<Line> lines(List<MediationCase> list) {
		if (list.isEmpty()) {
			return List.of();
		}
		Map<Long, Project> byId = this.projects.findAllById(list.stream().map(MediationCase::getProjectId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(Project::getId, Function.identity()));
		Map<Long, String> districts = this.directory
			.districtLabels(list.stream().map(MediationCase::getDistrictId).distinct().toList());
		// the courts in one query (a national list has a court per province: one query each made 77)
		Map<Long, String> courtNames = this.courts
			.names(list.stream().map(MediationCase::getCourtId).filter(java.util.Objects::nonNull).distinct().toList());
		return list.stream()
			.map(c -> new Line(c, byId.get(c.getProjectId()).getCode(), byId.get(c.getProjectId()).getName(),
					districts.get(c.getDistrictId()), courtNames.getOrDefault(c.getCourtId(), "-")))
			.toList();
	}

	private SignedInUser me() {
		return this.currentUsers.current().orElseThrow(NotFoundInScope::new);
	}

}
