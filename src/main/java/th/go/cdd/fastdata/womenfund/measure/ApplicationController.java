package th.go.cdd.fastdata.womenfund.measure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
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
import th.go.cdd.fastdata.thai.ThaiDateParseException;
import th.go.cdd.fastdata.thai.ThaiDates;
import th.go.cdd.fastdata.womenfund.project.Person;
import th.go.cdd.fastdata.womenfund.project.PersonRepository;
import th.go.cdd.fastdata.womenfund.project.Project;
import th.go.cdd.fastdata.womenfund.project.ProjectRepository;
import th.go.cdd.fastdata.womenfund.project.ProjectStatuses;
import th.go.cdd.fastdata.womenfund.project.RepaymentPlan;

/**
 * The pages of applications (คำขอเข้าร่วมมาตรการ): the measures section of a project, drafting, the list
 * by district with what waits for the user, and one application with its steps and the buttons of the
 * steps she may take.
 */
@Controller
class ApplicationController {

	/** An application with the names a list shows. */
	record Line(MeasureApplication application, String projectCode, String projectName, String personName,
			String measureName, String district) {
	}

	private final CurrentUsers currentUsers;

	private final MeasureApplications applications;

	private final Eligibility eligibility;

	private final MeasureCatalogue catalogue;

	private final ProjectRepository projects;

	private final PersonRepository people;

	private final ProjectStatuses statuses;

	private final MeasureParameters parameters;

	private final OrganisationDirectory directory;

	private final AuditLog audit;

	private final th.go.cdd.fastdata.womenfund.mediation.MediationCases mediations;

	private final th.go.cdd.fastdata.womenfund.litigation.LitigationCases litigations;

	ApplicationController(th.go.cdd.fastdata.womenfund.mediation.MediationCases mediations,
			th.go.cdd.fastdata.womenfund.litigation.LitigationCases litigations, CurrentUsers currentUsers, MeasureApplications applications, Eligibility eligibility,
			MeasureCatalogue catalogue, ProjectRepository projects, PersonRepository people, ProjectStatuses statuses,
			MeasureParameters parameters, OrganisationDirectory directory, AuditLog audit) {
		this.mediations = mediations;
		this.litigations = litigations;
		this.currentUsers = currentUsers;
		this.applications = applications;
		this.eligibility = eligibility;
		this.catalogue = catalogue;
		this.projects = projects;
		this.people = people;
		this.statuses = statuses;
		this.parameters = parameters;
		this.directory = directory;
		this.audit = audit;
	}

	/** The measures section of a project page, loaded after the page so the page stays fast. */
	@GetMapping("/womenfund/projects/{id}/measures")
	String projectSection(@PathVariable Long id, Model model) {
		SignedInUser user = me();
		Project project = this.projects.findInScope(id, user.scope().queryIds()).orElseThrow(NotFoundInScope::new);
		LocalDate today = this.statuses.today();
		List<Eligibility.Row> rows = this.eligibility.of(project, today);
		Map<Long, List<Eligibility.Row>> byPerson = rows.stream()
			.collect(Collectors.groupingBy(Eligibility.Row::personId, LinkedHashMap::new, Collectors.toList()));
		model.addAttribute("project", project);
		model.addAttribute("byPerson", byPerson);
		model.addAttribute("today", today);
		model.addAttribute("canDraft", user.is(Role.DISTRICT_OFFICER) || user.is(Role.PROVINCE_OFFICER));
		model.addAttribute("lines", lines(this.applications.ofProject(id)));
		model.addAttribute("mediations", this.mediations.ofProject(id));
		model.addAttribute("litigations", this.litigations.ofProject(id));
		return "womenfund/measureSection :: section";
	}

	@GetMapping("/womenfund/projects/{id}/applications/new")
	String newApplication(@PathVariable Long id, @ModelAttribute("form") ApplicationForm form, Model model) {
		Project project = this.projects.findInScope(id, me().scope().queryIds()).orElseThrow(NotFoundInScope::new);
		if (form.getMeasure() == null || form.getPersonId() == null) {
			throw new NotFoundInScope();
		}
		// first visit: the end of next month and the most years the measure allows; the preview
		// button sends back what the officer typed
		if (form.getMeasure() == Measure.RESTRUCTURING && form.getYears() == null) {
			LocalDate today = this.statuses.today();
			form.setFirstDueOn(ThaiDates.shortDate(today.plusMonths(1).withDayOfMonth(1).plusMonths(1).minusDays(1)));
			form.setYears(maxYears(today));
		}
		return draftPage(project, form, null, model);
	}

	@PostMapping("/womenfund/projects/{id}/applications")
	String draft(@PathVariable Long id, @ModelAttribute("form") ApplicationForm form, Model model) {
		SignedInUser user = me();
		Project project = this.projects.findInScope(id, user.scope().queryIds()).orElseThrow(NotFoundInScope::new);
		try {
			LocalDate firstDueOn = null;
			if (form.getMeasure() == Measure.RESTRUCTURING && form.getFirstDueOn() != null
					&& !form.getFirstDueOn().isBlank()) {
				try {
					firstDueOn = ThaiDates.parse(form.getFirstDueOn());
				}
				catch (ThaiDateParseException ex) {
					throw ApplicationRefused.badInput("firstDueOn", "วันครบกำหนดงวดแรก: " + ex.getMessage());
				}
			}
			List<RepaymentPlan.Due> dues = form.getMeasure() == Measure.RESTRUCTURING && form.isUseCustom()
					? typedDues(form.getCustomInstallments()) : List.of();
			MeasureApplication created = this.applications.draft(user, new MeasureApplications.Draft(project.getId(),
					form.getPersonId(), form.getMeasure(), form.getNote(), firstDueOn, form.getYears(),
					form.getInstallmentsPerYear(), dues));
			return "redirect:/womenfund/applications/" + created.getId() + "?drafted";
		}
		catch (ApplicationRefused ex) {
			return draftPage(project, form, ex.getMessage(), model);
		}
	}

	private String draftPage(Project project, ApplicationForm form, String problem, Model model) {
		Person person = this.people.findById(form.getPersonId() == null ? -1L : form.getPersonId())
			.orElseThrow(NotFoundInScope::new);
		LocalDate today = this.statuses.today();
		Eligibility.Row row = this.eligibility.of(project, today)
			.stream()
			.filter(r -> r.personId().equals(person.getId()) && r.measure() == form.getMeasure())
			.findFirst()
			.orElseThrow(NotFoundInScope::new);
		model.addAttribute("project", project);
		model.addAttribute("person", person);
		model.addAttribute("row", row);
		model.addAttribute("form", form);
		model.addAttribute("problem", problem);
		if (form.getMeasure() == Measure.RESTRUCTURING) {
			BigDecimal outstanding = this.statuses.classify(project.getId(), today).outstandingAmount();
			model.addAttribute("outstanding", outstanding);
			model.addAttribute("maxYears", maxYears(today));
			preview(outstanding, form).ifPresent(plan -> {
				model.addAttribute("plan", plan);
				// the equal plan as lines to edit, unless the officer already typed her own
				if (form.getCustomInstallments() == null || form.getCustomInstallments().isBlank()) {
					form.setCustomInstallments(plan.installments()
						.stream()
						.map(d -> ThaiDates.shortDate(d.dueOn()) + " " + th.go.cdd.fastdata.thai.Baht.amount(d.amount()))
						.collect(Collectors.joining("\n")));
				}
			});
		}
		return "womenfund/applicationForm";
	}

	// One installment per line: a date (B.E. or C.E.) and an amount, e.g. "31/12/2569 2,213.54".
	private static List<RepaymentPlan.Due> typedDues(String text) {
		List<RepaymentPlan.Due> dues = new java.util.ArrayList<>();
		String[] lines = text == null ? new String[0] : text.split("\\R");
		int number = 0;
		for (String line : lines) {
			number++;
			if (line.isBlank()) {
				continue;
			}
			// the amount is the last word; the date before it may have spaces ("31 ธ.ค. 2569")
			String trimmed = line.strip();
			int space = trimmed.lastIndexOf(' ');
			String[] parts = space < 0 ? new String[] { trimmed }
					: new String[] { trimmed.substring(0, space).strip(), trimmed.substring(space + 1) };
			if (parts.length < 2) {
				throw ApplicationRefused.badInput("customInstallments",
						"บรรทัดที่ " + number + ": ต้องมีวันครบกำหนดและจำนวนเงิน เช่น 31/12/2569 2,213.54");
			}
			try {
				dues.add(new RepaymentPlan.Due(ThaiDates.parse(parts[0]), th.go.cdd.fastdata.thai.Baht.parse(parts[1])));
			}
			catch (RuntimeException ex) {
				throw ApplicationRefused.badInput("customInstallments", "บรรทัดที่ " + number + ": " + ex.getMessage());
			}
		}
		if (dues.isEmpty()) {
			throw ApplicationRefused.badInput("customInstallments", "กรุณากรอกงวดอย่างน้อยหนึ่งงวด หรือไม่เลือกแก้งวดเอง");
		}
		return dues;
	}

	// The new schedule as it would be if approved today, so the officer sees the installment she proposes.
	private static Optional<RepaymentPlan> preview(BigDecimal outstanding, ApplicationForm form) {
		try {
			if (outstanding.signum() <= 0 || form.getYears() == null || form.getInstallmentsPerYear() == null
					|| !Set.of(1, 2, 4, 12).contains(form.getInstallmentsPerYear())) {
				return Optional.empty();
			}
			LocalDate first = ThaiDates.parse(form.getFirstDueOn());
			int perYear = form.getInstallmentsPerYear();
			return Optional.of(RepaymentPlan.equal(outstanding, first, form.getYears() * perYear, 12 / perYear));
		}
		catch (RuntimeException ex) {
			return Optional.empty();
		}
	}

	private int maxYears(LocalDate today) {
		return this.parameters.on(Measure.RESTRUCTURING.name(), "MAX_EXTRA_YEARS", today)
			.map(f -> f.value().intValue())
			.orElse(1);
	}

	@GetMapping("/womenfund/applications")
	String list(@RequestParam(required = false) String view, @RequestParam(required = false) ApplicationState state,
			@RequestParam(required = false) Measure measure, @RequestParam(required = false) Long districtId,
			@RequestParam(defaultValue = "0") int page, Model model) {
		SignedInUser user = me();
		List<MeasureApplication> waiting = this.applications.waitingFor(user);
		boolean showWaiting = "waiting".equals(view) || (view == null && !waiting.isEmpty());
		Page<MeasureApplication> all = showWaiting ? null
				: this.applications.inScope(user, state == null ? EnumSet.noneOf(ApplicationState.class) : EnumSet.of(state),
						measure, districtId, page);
		model.addAttribute("lines", lines(showWaiting ? waiting : all.getContent()));
		model.addAttribute("rows", all);
		model.addAttribute("waitingCount", waiting.size());
		model.addAttribute("showWaiting", showWaiting);
		model.addAttribute("state", state);
		model.addAttribute("measure", measure);
		model.addAttribute("districtId", districtId);
		model.addAttribute("states", ApplicationState.values());
		model.addAttribute("measureNames", this.catalogue.names());
		model.addAttribute("districts", this.directory.districtLabels(user.scope().queryIds()));
		// counted by the database: the country holds tens of thousands of applications
		model.addAttribute("summary", summary(this.applications.counts(user, EnumSet.of(ApplicationState.DRAFT,
				ApplicationState.SUBMITTED, ApplicationState.ENDORSED, ApplicationState.RETURNED, ApplicationState.APPROVED))));
		return "womenfund/applications";
	}

	// Who is in which measure at which step: counts per measure and state, the old sheet's menu at a glance.
	private Map<Measure, Map<ApplicationState, Long>> summary(Map<Measure, Map<ApplicationState, Long>> all) {
		Map<Measure, Map<ApplicationState, Long>> counts = new LinkedHashMap<>();
		for (Measure m : this.catalogue.names().keySet()) {
			Map<ApplicationState, Long> byState = all.getOrDefault(m, Map.of());
			if (!byState.isEmpty()) {
				counts.put(m, byState);
			}
		}
		return counts;
	}

	@GetMapping("/womenfund/applications/{id}")
	String show(@PathVariable Long id, Model model) {
		SignedInUser user = me();
		MeasureApplication application = this.applications.find(user, id).orElseThrow(NotFoundInScope::new);
		this.audit.viewed("MeasureApplication", id, "เปิดดูคำขอเลขที่ " + id);
		Project project = this.projects.findById(application.getProjectId()).orElseThrow();
		Person person = this.people.findById(application.getPersonId()).orElseThrow();
		MeasureVersion version = this.catalogue.version(application.getVersionId()).orElseThrow();
		model.addAttribute("a", application);
		model.addAttribute("project", project);
		model.addAttribute("person", person);
		model.addAttribute("version", version);
		model.addAttribute("measureName", this.catalogue.names().get(application.getMeasure()));
		model.addAttribute("district", this.directory.districtLabels(List.of(application.getDistrictId()))
			.get(application.getDistrictId()));
		model.addAttribute("steps", this.applications.steps(id));
		model.addAttribute("dues", this.applications.dues(id));
		model.addAttribute("actions", this.applications.actionsFor(user, application));
		model.addAttribute("ownDraft", user.username().equals(application.getDraftedBy()));
		return "womenfund/application";
	}

	@PostMapping("/womenfund/applications/{id}/{action}")
	String act(@PathVariable Long id, @PathVariable String action, @RequestParam(required = false) String note,
			@RequestParam(required = false) String resolution, @RequestParam(required = false) String meetingNo,
			@RequestParam(required = false) String meetingOn, RedirectAttributes redirect) {
		ApplicationAction step = ApplicationAction.of(action).orElseThrow(NotFoundInScope::new);
		try {
			LocalDate meetingDate = null;
			if (meetingOn != null && !meetingOn.isBlank()) {
				try {
					meetingDate = ThaiDates.parse(meetingOn);
				}
				catch (ThaiDateParseException ex) {
					throw ApplicationRefused.badInput("meetingOn", "วันที่ประชุม: " + ex.getMessage());
				}
			}
			MeasureApplication moved = this.applications.act(me(), id, step,
					new Decision(note, resolution, meetingNo, meetingDate));
			redirect.addFlashAttribute("done", step.label() + "แล้ว: " + moved.getState().label());
		}
		catch (ApplicationRefused ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
			redirect.addFlashAttribute("typedNote", note);
			redirect.addFlashAttribute("typedResolution", resolution);
			redirect.addFlashAttribute("typedMeetingNo", meetingNo);
			redirect.addFlashAttribute("typedMeetingOn", meetingOn);
		}
		return "redirect:/womenfund/applications/" + id;
	}

	private List<Line> lines(List<MeasureApplication> applications) {
		if (applications.isEmpty()) {
			return List.of();
		}
		Map<Long, Project> projectsById = this.projects
			.findAllById(applications.stream().map(MeasureApplication::getProjectId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(Project::getId, Function.identity()));
		Map<Long, Person> peopleById = this.people
			.findAllById(applications.stream().map(MeasureApplication::getPersonId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(Person::getId, Function.identity()));
		Map<Measure, String> names = this.catalogue.names();
		Map<Long, String> districts = this.directory
			.districtLabels(applications.stream().map(MeasureApplication::getDistrictId).distinct().toList());
		return applications.stream()
			.map(a -> new Line(a, projectsById.get(a.getProjectId()).getCode(), projectsById.get(a.getProjectId()).getName(),
					peopleById.get(a.getPersonId()).fullName(), names.get(a.getMeasure()), districts.get(a.getDistrictId())))
			.toList();
	}

	private SignedInUser me() {
		return this.currentUsers.current().orElseThrow(NotFoundInScope::new);
	}

}
