package th.go.cdd.fastdata.womenfund.measure;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import th.go.cdd.fastdata.audit.AuditLog;
import th.go.cdd.fastdata.organisation.CurrentUsers;
import th.go.cdd.fastdata.organisation.NotFoundInScope;
import th.go.cdd.fastdata.organisation.SignedInUser;
import th.go.cdd.fastdata.thai.NationalId;
import th.go.cdd.fastdata.womenfund.project.ApiProblems;
import th.go.cdd.fastdata.womenfund.project.Contract;
import th.go.cdd.fastdata.womenfund.project.ContractRepository;
import th.go.cdd.fastdata.womenfund.status.LoanHistory;
import th.go.cdd.fastdata.womenfund.status.RepaymentSchedule;
import th.go.cdd.fastdata.womenfund.project.Person;
import th.go.cdd.fastdata.womenfund.project.PersonRepository;
import th.go.cdd.fastdata.womenfund.project.Project;
import th.go.cdd.fastdata.womenfund.project.ProjectRepository;
import th.go.cdd.fastdata.womenfund.project.ProjectStatuses;

/**
 * The measures through the JSON API: who may apply for what on a date, and applications with their
 * workflow. Refusals are problem+json with a Thai reason: 400 names the field, 403 is not the user's
 * step, 409 is not a step from the present state.
 */
@RestController
class MeasureApiController {

	record EligibilityJson(String measure, String measureName, String nationalIdMasked, String role, boolean eligible,
			List<String> reasons, Long versionId) {
	}

	record DueJson(String dueOn, java.math.BigDecimal amount) {
	}

	record RestructuringTermsJson(String firstDueOn, Integer years, Integer installmentsPerYear,
			List<DueJson> installments) {
	}

	record NewApplicationJson(String projectCode, String measure, String nationalId, String note,
			RestructuringTermsJson restructuring) {
	}

	record StepJson(String action, String fromState, String toState, String actor, String actorRole, Instant at,
			String note, String resolution, String meetingNo, LocalDate meetingOn) {
	}

	record ApplicationJson(Long id, String projectCode, String measure, String nationalIdMasked, String role,
			String state, String stateLabel, String note, Long versionId, String draftedBy, LocalDate decidedOn,
			List<String> allowedActions, List<StepJson> steps) {
	}

	record DecisionJson(String note, String resolution, String meetingNo, String meetingOn) {
	}

	private final CurrentUsers currentUsers;

	private final ProjectRepository projects;

	private final PersonRepository people;

	private final ProjectStatuses statuses;

	private final Eligibility eligibility;

	private final MeasureApplications applications;

	private final ContractRepository contracts;

	private final AuditLog audit;

	MeasureApiController(CurrentUsers currentUsers, ProjectRepository projects, PersonRepository people,
			ProjectStatuses statuses, Eligibility eligibility, MeasureApplications applications,
			ContractRepository contracts, AuditLog audit) {
		this.contracts = contracts;
		this.audit = audit;
		this.currentUsers = currentUsers;
		this.projects = projects;
		this.people = people;
		this.statuses = statuses;
		this.eligibility = eligibility;
		this.applications = applications;
	}

	@GetMapping("/api/v1/projects/{code}/eligibility")
	List<EligibilityJson> eligibility(@PathVariable String code, @RequestParam(required = false) String asOf) {
		LocalDate date = asOf == null || asOf.isBlank() ? this.statuses.today() : date(asOf, "asOf");
		Project project = this.projects.findByCodeInScope(code, this.currentUsers.scope().queryIds())
			.orElseThrow(NotFoundInScope::new);
		return this.eligibility.of(project, date)
			.stream()
			.map(row -> new EligibilityJson(row.measure().name(), row.measureName(), row.nationalIdMasked(),
					row.role().name(), row.eligible(), row.reasons(), row.version().map(MeasureVersion::getId).orElse(null)))
			.toList();
	}

	/**
	 * The default interest of a project on a date (365-day year, from the day after each due date) on
	 * the schedule in force, at the contract's default rate.
	 */
	@GetMapping("/api/v1/projects/{code}/default-interest")
	DefaultInterest.Result defaultInterest(@PathVariable String code, @RequestParam(required = false) String asOf) {
		LocalDate date = asOf == null || asOf.isBlank() ? this.statuses.today() : date(asOf, "asOf");
		Project project = this.projects.findByCodeInScope(code, this.currentUsers.scope().queryIds())
			.orElseThrow(NotFoundInScope::new);
		Contract contract = this.contracts.findByProject(project.getId())
			.orElseThrow(() -> ApplicationRefused.conflict("โครงการนี้ยังไม่มีสัญญา"));
		LoanHistory history = this.statuses.historyOf(project.getId())
			.orElseThrow(() -> ApplicationRefused.conflict("สัญญานี้ยังไม่มีตารางผ่อนชำระ"));
		List<RepaymentSchedule> schedules = history.schedules();
		RepaymentSchedule inForce = schedules.get(0);
		for (RepaymentSchedule schedule : schedules) {
			if (!schedule.effectiveFrom().isAfter(date)) {
				inForce = schedule;
			}
		}
		boolean restructured = inForce != schedules.get(0);
		LocalDate since = inForce.effectiveFrom();
		// under a later schedule, payments before it took effect belong to the earlier debt
		List<DefaultInterest.Paid> paid = history.payments()
			.stream()
			.filter(p -> !restructured || !p.paidOn().isBefore(since))
			.map(p -> new DefaultInterest.Paid(p.paidOn(), p.amount()))
			.toList();
		List<DefaultInterest.Due> dues = inForce.installments()
			.stream()
			.map(i -> new DefaultInterest.Due(i.dueOn(), i.amount()))
			.toList();
		this.audit.viewed("Project", project.getId(), "คำนวณดอกเบี้ยผิดนัดของโครงการ " + project.getCode());
		return DefaultInterest.accrued(dues, paid, contract.getDefaultInterestRate(), date);
	}

	@PostMapping("/api/v1/applications")
	ResponseEntity<ApplicationJson> draft(@RequestBody NewApplicationJson body) {
		SignedInUser user = me();
		Measure measure = body.measure() == null ? null : Measure.of(body.measure()).orElse(null);
		if (measure == null) {
			throw new ApiProblems.InvalidInput(List.of(Map.of("field", "measure", "message",
					"รหัสมาตรการไม่ถูกต้อง: " + String.valueOf(body.measure()))), "ข้อมูลไม่ถูกต้อง ไม่ได้บันทึก");
		}
		Project project = this.projects.findByCodeInScope(String.valueOf(body.projectCode()), user.scope().queryIds())
			.orElseThrow(NotFoundInScope::new);
		if (body.nationalId() == null || !NationalId.isValid(body.nationalId())) {
			throw ApplicationRefused.badInput("nationalId", "เลขประจำตัวประชาชนไม่ถูกต้อง");
		}
		Person person = this.people.findByNationalId(NationalId.parse(body.nationalId()).digits())
			.orElseThrow(() -> ApplicationRefused.badInput("nationalId", "บุคคลนี้ไม่อยู่ในโครงการ " + project.getCode()));
		RestructuringTermsJson terms = body.restructuring();
		MeasureApplication created = this.applications.draft(user,
				new MeasureApplications.Draft(project.getId(), person.getId(), measure, body.note(),
						terms == null || terms.firstDueOn() == null ? null : date(terms.firstDueOn(), "restructuring.firstDueOn"),
						terms == null ? null : terms.years(), terms == null ? null : terms.installmentsPerYear(),
						dues(terms)));
		return ResponseEntity.created(URI.create("/api/v1/applications/" + created.getId()))
			.body(json(user, created, project.getCode(), person.maskedNationalId()));
	}

	@GetMapping("/api/v1/applications/{id}")
	ApplicationJson show(@PathVariable Long id) {
		SignedInUser user = me();
		MeasureApplication application = this.applications.find(user, id).orElseThrow(NotFoundInScope::new);
		return json(user, application);
	}

	@PostMapping("/api/v1/applications/{id}/{action}")
	ApplicationJson act(@PathVariable Long id, @PathVariable String action,
			@RequestBody(required = false) DecisionJson body) {
		SignedInUser user = me();
		ApplicationAction step = ApplicationAction.of(action).orElseThrow(NotFoundInScope::new);
		DecisionJson decision = body == null ? new DecisionJson(null, null, null, null) : body;
		MeasureApplication moved = this.applications.act(user, id, step, new Decision(decision.note(),
				decision.resolution(), decision.meetingNo(),
				decision.meetingOn() == null || decision.meetingOn().isBlank() ? null : date(decision.meetingOn(), "meetingOn")));
		return json(user, moved);
	}

	private ApplicationJson json(SignedInUser user, MeasureApplication application) {
		Project project = this.projects.findById(application.getProjectId()).orElseThrow();
		Person person = this.people.findById(application.getPersonId()).orElseThrow();
		return json(user, application, project.getCode(), person.maskedNationalId());
	}

	private ApplicationJson json(SignedInUser user, MeasureApplication a, String projectCode, String masked) {
		List<StepJson> steps = this.applications.steps(a.getId())
			.stream()
			.map(s -> new StepJson(s.getAction(), s.getFromState() == null ? null : s.getFromState().name(),
					s.getToState().name(), s.getActor(), s.getActorRole().name(), s.getAt(), s.getNote(),
					s.getResolution(), s.getMeetingNo(), s.getMeetingOn()))
			.toList();
		return new ApplicationJson(a.getId(), projectCode, a.getMeasure().name(), masked, a.getMemberRole().name(),
				a.getState().name(), a.getState().label(), a.getNote(), a.getVersionId(), a.getDraftedBy(),
				a.getDecidedOn(),
				this.applications.actionsFor(user, a).stream().map(x -> x.name().toLowerCase()).toList(), steps);
	}

	// the installments of an edited restructuring, each date checked
	private static List<th.go.cdd.fastdata.womenfund.project.RepaymentPlan.Due> dues(RestructuringTermsJson terms) {
		if (terms == null || terms.installments() == null) {
			return List.of();
		}
		List<th.go.cdd.fastdata.womenfund.project.RepaymentPlan.Due> dues = new java.util.ArrayList<>();
		for (int i = 0; i < terms.installments().size(); i++) {
			DueJson due = terms.installments().get(i);
			String field = "restructuring.installments[" + i + "]";
			dues.add(new th.go.cdd.fastdata.womenfund.project.RepaymentPlan.Due(
					due == null || due.dueOn() == null ? null : date(due.dueOn(), field + ".dueOn"),
					due == null ? null : due.amount()));
		}
		return dues;
	}

	private SignedInUser me() {
		return this.currentUsers.current().orElseThrow(NotFoundInScope::new);
	}

	private static LocalDate date(String text, String field) {
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw ApplicationRefused.badInput(field, "วันที่ต้องอยู่ในรูปแบบ ค.ศ. ปี-เดือน-วัน เช่น 2026-11-24");
		}
	}

}
