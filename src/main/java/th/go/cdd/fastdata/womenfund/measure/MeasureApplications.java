package th.go.cdd.fastdata.womenfund.measure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.go.cdd.fastdata.audit.AuditLog;
import th.go.cdd.fastdata.organisation.NotFoundInScope;
import th.go.cdd.fastdata.organisation.Role;
import th.go.cdd.fastdata.organisation.SignedInUser;
import th.go.cdd.fastdata.womenfund.project.Project;
import th.go.cdd.fastdata.womenfund.project.ProjectMember;
import th.go.cdd.fastdata.womenfund.project.ProjectMemberRepository;
import th.go.cdd.fastdata.womenfund.project.ProjectRepository;
import th.go.cdd.fastdata.womenfund.project.ProjectSchedules;
import th.go.cdd.fastdata.womenfund.project.ProjectStatuses;
import th.go.cdd.fastdata.womenfund.project.RepaymentPlan;

/**
 * Applications to join a measure and their workflow: the district officer drafts and submits, the
 * district subcommittee endorses or returns, the provincial subcommittee approves or rejects, as the
 * measure's version says. Every step is audited; a return carries its reason; nobody decides her own
 * draft; a decided application is read-only. An approval changes the contract at once.
 */
@Service
public class MeasureApplications {

	/** A new application as the form or the API gives it. */
	public record Draft(Long projectId, Long personId, Measure measure, String note, LocalDate firstDueOn, Integer years,
			Integer installmentsPerYear, List<RepaymentPlan.Due> dues) {

		public Draft {
			dues = dues == null ? List.of() : List.copyOf(dues);
		}

		/** Equal installments: the default of a restructuring. */
		public Draft(Long projectId, Long personId, Measure measure, String note, LocalDate firstDueOn, Integer years,
				Integer installmentsPerYear) {
			this(projectId, personId, measure, note, firstDueOn, years, installmentsPerYear, List.of());
		}

	}

	private static final Set<Integer> INSTALLMENTS_PER_YEAR = Set.of(1, 2, 4, 12);

	private final ApplicationRepository applications;

	private final ApplicationStepRepository steps;

	private final MeasureCatalogue catalogue;

	private final Eligibility eligibility;

	private final ProjectRepository projects;

	private final ProjectMemberRepository members;

	private final ProjectSchedules schedules;

	private final ProjectStatuses statuses;

	private final MeasureParameters parameters;

	private final AuditLog audit;

	private final org.springframework.context.ApplicationEventPublisher events;

	private final org.springframework.jdbc.core.JdbcTemplate jdbc;

	MeasureApplications(org.springframework.context.ApplicationEventPublisher events,
			org.springframework.jdbc.core.JdbcTemplate jdbc, ApplicationRepository applications, ApplicationStepRepository steps, MeasureCatalogue catalogue,
			Eligibility eligibility, ProjectRepository projects, ProjectMemberRepository members,
			ProjectSchedules schedules, ProjectStatuses statuses, MeasureParameters parameters, AuditLog audit) {
		this.events = events;
		this.jdbc = jdbc;
		this.applications = applications;
		this.steps = steps;
		this.catalogue = catalogue;
		this.eligibility = eligibility;
		this.projects = projects;
		this.members = members;
		this.schedules = schedules;
		this.statuses = statuses;
		this.parameters = parameters;
		this.audit = audit;
	}

	@Transactional
	public MeasureApplication draft(SignedInUser user, Draft draft) {
		if (!user.is(Role.DISTRICT_OFFICER) && !user.is(Role.PROVINCE_OFFICER)) {
			throw ApplicationRefused.forbidden("คำขอจัดทำโดยเจ้าหน้าที่อำเภอหรือเจ้าหน้าที่กองทุนฯ จังหวัดเท่านั้น");
		}
		Project project = this.projects.findInScope(draft.projectId(), user.scope().queryIds())
			.orElseThrow(NotFoundInScope::new);
		ProjectMember member = this.members.findByProject(project.getId())
			.stream()
			.filter(m -> m.getPerson().getId().equals(draft.personId()))
			.findFirst()
			.orElseThrow(() -> ApplicationRefused.badInput("nationalId", "บุคคลนี้ไม่อยู่ในโครงการ " + project.getCode()));
		LocalDate today = this.statuses.today();
		Eligibility.Row row = this.eligibility.of(project, today)
			.stream()
			.filter(r -> r.personId().equals(member.getPerson().getId()) && r.measure() == draft.measure())
			.findFirst()
			.orElseThrow(() -> ApplicationRefused.badInput("measure", "ไม่รู้จักมาตรการนี้"));
		if (!row.eligible()) {
			throw ApplicationRefused.conflict(member.getPerson().fullName() + " ยื่นคำขอ" + row.measureName()
					+ " ไม่ได้: " + String.join("; ", row.reasons()));
		}
		MeasureVersion version = row.version().orElseThrow();
		MeasureApplication application = new MeasureApplication(project.getId(), member.getPerson().getId(),
				project.getDistrictId(), member.getRole(), version, blankToNull(draft.note()), user.username());
		if (draft.measure() == Measure.RESTRUCTURING) {
			askForSchedule(application, draft, today);
		}
		application = this.applications.save(application);
		if (draft.measure() == Measure.RESTRUCTURING) {
			storeDues(application, draft.dues());
		}
		this.steps.save(new ApplicationStep(application.getId(), "DRAFT", null, ApplicationState.DRAFT, user.username(),
				user.role(), Decision.note(application.getNote())));
		this.audit.created("MeasureApplication", application.getId(), "จัดทำคำขอ" + row.measureName() + " ของ "
				+ member.getPerson().fullName() + " โครงการ " + project.getCode(), "ร่าง");
		return application;
	}

	// The new schedule a restructuring asks for, within the years the version in force allows.
	private void askForSchedule(MeasureApplication application, Draft draft, LocalDate today) {
		if (draft.firstDueOn() == null) {
			throw ApplicationRefused.badInput("restructuring.firstDueOn", "กรุณากรอกวันครบกำหนดงวดแรกของตารางใหม่");
		}
		if (draft.firstDueOn().isBefore(today)) {
			throw ApplicationRefused.badInput("restructuring.firstDueOn", "งวดแรกของตารางใหม่ต้องไม่ก่อนวันนี้");
		}
		BigDecimal maxYears = this.parameters.on(Measure.RESTRUCTURING.name(), "MAX_EXTRA_YEARS", today)
			.map(MeasureParameters.Figure::value)
			.orElseThrow(() -> ApplicationRefused.conflict("ยังไม่มีค่ากำหนดของมาตรการปรับโครงสร้างหนี้ที่มีผลวันนี้"));
		if (draft.years() == null || draft.years() < 1 || BigDecimal.valueOf(draft.years()).compareTo(maxYears) > 0) {
			throw ApplicationRefused.badInput("restructuring.years",
					"ขยายเวลาได้ 1 ถึง " + maxYears.stripTrailingZeros().toPlainString() + " ปี ตามมาตรการที่มีผล");
		}
		if (draft.installmentsPerYear() == null || !INSTALLMENTS_PER_YEAR.contains(draft.installmentsPerYear())) {
			throw ApplicationRefused.badInput("restructuring.installmentsPerYear", "จำนวนงวดต่อปีต้องเป็น 1, 2, 4 หรือ 12");
		}
		application.askForSchedule(draft.firstDueOn(), draft.years(), draft.installmentsPerYear());
		LocalDate previous = today.minusDays(1);
		LocalDate last = draft.firstDueOn().plusYears(draft.years());
		for (int i = 0; i < draft.dues().size(); i++) {
			RepaymentPlan.Due due = draft.dues().get(i);
			String field = "restructuring.installments[" + i + "]";
			if (due.dueOn() == null || due.amount() == null || due.amount().signum() <= 0) {
				throw ApplicationRefused.badInput(field, "งวดที่ " + (i + 1) + ": ต้องมีวันครบกำหนดและจำนวนเงินมากกว่า 0");
			}
			if (!due.dueOn().isAfter(previous)) {
				throw ApplicationRefused.badInput(field + ".dueOn", "งวดที่ " + (i + 1)
						+ ": วันครบกำหนดต้องเรียงจากก่อนไปหลัง และไม่ก่อนวันนี้");
			}
			if (due.dueOn().isAfter(last)) {
				throw ApplicationRefused.badInput(field + ".dueOn", "งวดที่ " + (i + 1) + ": เกินระยะเวลาที่ขอขยาย ("
						+ draft.years() + " ปีนับจากงวดแรก)");
			}
			previous = due.dueOn();
		}
	}

	// The installments the officer edited, stored after the application has its id.
	private void storeDues(MeasureApplication application, List<RepaymentPlan.Due> dues) {
		for (int i = 0; i < dues.size(); i++) {
			this.jdbc.update("insert into wf_measure_application_due (application_id, seq, due_on, amount) values (?, ?, ?, ?)",
					application.getId(), i + 1, dues.get(i).dueOn(), dues.get(i).amount());
		}
	}

	/** The installments the application asks for when they were edited; empty for equal ones. */
	public List<RepaymentPlan.Due> dues(Long applicationId) {
		return this.jdbc.query("select due_on, amount from wf_measure_application_due where application_id = ? order by seq",
				(rs, n) -> new RepaymentPlan.Due(rs.getObject(1, LocalDate.class), rs.getBigDecimal(2)), applicationId);
	}

	/** Takes a step, or refuses it with the reason, changing nothing. */
	@Transactional
	public MeasureApplication act(SignedInUser user, Long id, ApplicationAction action, Decision decision) {
		MeasureApplication application = this.applications.findInScope(id, user.scope().queryIds())
			.orElseThrow(NotFoundInScope::new);
		MeasureVersion version = this.catalogue.version(application.getVersionId()).orElseThrow();
		refuseUnlessAllowed(user, application, version.getApprovalPath(), action);
		String note = blankToNull(decision.note());
		if (action == ApplicationAction.RETURN && note == null) {
			throw ApplicationRefused.badInput("note", "การส่งกลับต้องระบุเหตุผล");
		}
		if (action == ApplicationAction.REJECT && note == null && blankToNull(decision.resolution()) == null) {
			throw ApplicationRefused.badInput("note", "การไม่อนุมัติต้องระบุเหตุผลหรือมติที่ประชุม");
		}
		LocalDate today = this.statuses.today();
		if (decision.meetingOn() != null && decision.meetingOn().isAfter(today)) {
			throw ApplicationRefused.badInput("meetingOn", "วันที่ประชุมต้องไม่เป็นวันในอนาคต");
		}
		if (action == ApplicationAction.SUBMIT && note != null) {
			application.rewriteNote(note);
		}
		ApplicationState from = application.getState();
		LocalDate decidedOn = decision.meetingOn() != null ? decision.meetingOn() : today;
		application.move(action, decidedOn);
		this.steps.save(new ApplicationStep(application.getId(), action.name(), from, application.getState(),
				user.username(), user.role(), new Decision(note, blankToNull(decision.resolution()),
						blankToNull(decision.meetingNo()), decision.meetingOn())));
		this.audit.updated("MeasureApplication", application.getId(),
				action.label() + " คำขอเลขที่ " + application.getId() + " (" + application.getMeasure().name() + ")",
				from.label(), application.getState().label() + (note == null ? "" : ": " + note));
		if (action == ApplicationAction.APPROVE) {
			takeEffect(application, decision);
		}
		tellWhoIsNext(application, version.getApprovalPath());
		return application;
	}

	static void refuseUnlessAllowed(SignedInUser user, MeasureApplication application, ApprovalPath path,
			ApplicationAction action) {
		ApplicationState state = application.getState();
		if (state.decided()) {
			throw ApplicationRefused.conflict("คำขอนี้" + state.label() + "แล้ว จึงแก้ไขหรือดำเนินการต่อไม่ได้");
		}
		Set<ApplicationState> from = action.from(path);
		if (from.isEmpty()) {
			throw ApplicationRefused.conflict("มาตรการนี้ไม่มีขั้น" + action.label() + " (" + path.label() + ")");
		}
		Set<Role> anyStep = from.stream().flatMap(s -> action.roles(path, s).stream()).collect(Collectors.toSet());
		if (!anyStep.contains(user.role())) {
			throw ApplicationRefused.forbidden(user.roleLabel() + " " + action.label() + "คำขอนี้ไม่ได้");
		}
		if (!from.contains(state)) {
			throw ApplicationRefused.conflict("คำขอนี้อยู่ในสถานะ \"" + state.label() + "\" จึง" + action.label() + "ไม่ได้");
		}
		if (!action.roles(path, state).contains(user.role())) {
			throw ApplicationRefused.forbidden("ขั้นนี้เป็นของ" + action.roles(path, state)
				.stream()
				.map(Role::label)
				.collect(Collectors.joining(" หรือ ")));
		}
		if (action.decides() && user.username().equals(application.getDraftedBy())) {
			throw ApplicationRefused.forbidden("ผู้จัดทำคำขอพิจารณาคำขอของตนเองไม่ได้");
		}
	}

	// Whoever takes the next step hears of it (notify turns this into a LINE or e-mail message).
	private void tellWhoIsNext(MeasureApplication application, ApprovalPath path) {
		ApplicationState state = application.getState();
		if (state.decided()) {
			return;
		}
		java.util.Set<Role> roles = state == ApplicationState.RETURNED ? java.util.Set.of()
				: ApplicationAction.APPROVE.from(path).contains(state) ? ApplicationAction.APPROVE.roles(path, state)
						: ApplicationAction.ENDORSE.roles(path, state);
		this.events.publishEvent(new th.go.cdd.fastdata.womenfund.ApplicationWaiting(application.getId(),
				application.getDistrictId(), this.catalogue.names().get(application.getMeasure()), state.label(), roles,
				application.getDraftedBy()));
	}

	// What an approval changes, in the same transaction as the approval.
	private void takeEffect(MeasureApplication application, Decision decision) {
		LocalDate on = application.getDecidedOn();
		String because = "คำขอเลขที่ " + application.getId()
				+ (decision.resolution() == null || decision.resolution().isBlank() ? "" : " มติ " + decision.resolution().strip())
				+ (decision.meetingNo() == null || decision.meetingNo().isBlank() ? "" : " ครั้งที่ " + decision.meetingNo().strip());
		if (application.getMeasure() == Measure.RESTRUCTURING) {
			BigDecimal outstanding = this.statuses.classify(application.getProjectId(), on).outstandingAmount();
			if (outstanding.signum() <= 0) {
				throw ApplicationRefused.conflict("ไม่มียอดหนี้คงค้าง ณ วันอนุมัติ จึงไม่ต้องปรับโครงสร้างหนี้");
			}
			int perYear = application.getInstallmentsPerYear();
			List<RepaymentPlan.Due> edited = dues(application.getId());
			RepaymentPlan plan;
			if (edited.isEmpty()) {
				plan = RepaymentPlan.equal(outstanding, application.getFirstDueOn(), application.getYears() * perYear,
						12 / perYear);
			}
			else {
				// the last installment takes what changed since the draft (a payment, a correction)
				BigDecimal asked = edited.stream().map(RepaymentPlan.Due::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
				RepaymentPlan.Due lastDue = edited.get(edited.size() - 1);
				BigDecimal lastAmount = lastDue.amount().add(outstanding.subtract(asked));
				if (lastAmount.signum() <= 0) {
					throw ApplicationRefused.conflict("ยอดหนี้คงเหลือ ณ วันอนุมัติ (" + outstanding + " บาท) น้อยกว่าตารางที่ขอ ("
							+ asked + " บาท) จนงวดสุดท้ายไม่เหลือ: ส่งกลับให้แก้ตาราง");
				}
				List<RepaymentPlan.Due> adjusted = new java.util.ArrayList<>(edited.subList(0, edited.size() - 1));
				adjusted.add(new RepaymentPlan.Due(lastDue.dueOn(), lastAmount));
				plan = new RepaymentPlan(List.copyOf(adjusted));
			}
			try {
				this.schedules.restructure(application.getProjectId(), on, plan, truncate("ปรับโครงสร้างหนี้ตาม" + because, 300));
			}
			catch (IllegalArgumentException ex) {
				throw ApplicationRefused.conflict(ex.getMessage());
			}
		}
		else if (application.getMeasure().releasesThePerson()) {
			ProjectMember member = this.members.findByProject(application.getProjectId())
				.stream()
				.filter(m -> m.getPerson().getId().equals(application.getPersonId()) && m.getRole() == application.getMemberRole())
				.findFirst()
				.orElseThrow(() -> ApplicationRefused.conflict("บุคคลนี้ไม่อยู่ในสัญญาแล้ว"));
			member.release(on, application.getId());
			this.members.save(member);
			this.audit.updated("ProjectMember", member.getId(), "พ้นจากสัญญาตาม" + because, member.getRole().label(),
					"พ้นจากสัญญาตั้งแต่ " + on);
		}
	}

	private static String truncate(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** The actions the user may take on the application now (the buttons a page shows). */
	public List<ApplicationAction> actionsFor(SignedInUser user, MeasureApplication application) {
		MeasureVersion version = this.catalogue.version(application.getVersionId()).orElseThrow();
		List<ApplicationAction> allowed = new ArrayList<>();
		for (ApplicationAction action : ApplicationAction.values()) {
			try {
				refuseUnlessAllowed(user, application, version.getApprovalPath(), action);
				allowed.add(action);
			}
			catch (ApplicationRefused ex) {
				// not hers, or not now
			}
		}
		return allowed;
	}

	@Transactional(readOnly = true)
	public Optional<MeasureApplication> find(SignedInUser user, Long id) {
		return this.applications.findInScope(id, user.scope().queryIds());
	}

	public List<ApplicationStep> steps(Long applicationId) {
		return this.steps.findByApplicationIdOrderByAtAscIdAsc(applicationId);
	}

	public List<MeasureApplication> ofProject(Long projectId) {
		return this.applications.findByProjectIdOrderByDraftedAtDesc(projectId);
	}

	/** The applications one page of the list shows (a country holds tens of thousands). */
	static final int PAGE_SIZE = 50;

	/**
	 * The latest applications in the user's districts, or in one of them, optionally in some states
	 * and of one measure only, {@link #PAGE_SIZE} a page: filtered and counted by the database, so a
	 * filter never hides rows and every application can be reached. A district outside the scope
	 * gives nothing.
	 */
	@Transactional(readOnly = true)
	public Page<MeasureApplication> inScope(SignedInUser user, Collection<ApplicationState> states, Measure measure,
			Long districtId, int page) {
		Pageable wanted = PageRequest.of(Math.max(0, page), PAGE_SIZE);
		Collection<Long> districts = user.scope().queryIds();
		if (districtId != null) {
			if (!user.scope().covers(districtId)) {
				return Page.empty(wanted);
			}
			districts = List.of(districtId);
		}
		return states.isEmpty() ? this.applications.findLatestInScope(districts, measure, wanted)
				: this.applications.findLatestInScopeByStates(districts, states, measure, wanted);
	}

	/** How many applications of the user's districts are in each measure and state (some states only). */
	@Transactional(readOnly = true)
	public Map<Measure, Map<ApplicationState, Long>> counts(SignedInUser user, Collection<ApplicationState> states) {
		Map<Measure, Map<ApplicationState, Long>> counts = new HashMap<>();
		for (Object[] row : this.applications.countInScopeByStates(user.scope().queryIds(), states)) {
			counts.computeIfAbsent((Measure) row[0], m -> new HashMap<>()).put((ApplicationState) row[1], (Long) row[2]);
		}
		return counts;
	}

	/** What waits for the user: the applications she may move now, oldest first. */
	@Transactional(readOnly = true)
	public List<MeasureApplication> waitingFor(SignedInUser user) {
		// only the states her role may act from on some path: none for the administrator, who then reads nothing
		Set<ApplicationState> actionable = EnumSet.noneOf(ApplicationState.class);
		for (ApprovalPath path : ApprovalPath.values()) {
			for (ApplicationAction action : ApplicationAction.values()) {
				for (ApplicationState state : action.from(path)) {
					if (action.roles(path, state).contains(user.role())) {
						actionable.add(state);
					}
				}
			}
		}
		if (actionable.isEmpty()) {
			return List.of();
		}
		List<MeasureApplication> open = this.applications.findInScopeByStates(user.scope().queryIds(), actionable);
		Map<Long, ApprovalPath> paths = new HashMap<>();
		return open.stream().filter(a -> {
			ApprovalPath path = paths.computeIfAbsent(a.getVersionId(),
					v -> this.catalogue.version(v).orElseThrow().getApprovalPath());
			for (ApplicationAction action : ApplicationAction.values()) {
				// an action the user's role never takes from this state is no refusal to build (thousands of
				// applications in a province or the country: an exception each made the list take seconds)
				if (!action.from(path).contains(a.getState()) || !action.roles(path, a.getState()).contains(user.role())) {
					continue;
				}
				try {
					refuseUnlessAllowed(user, a, path, action);
					// drafts wait for their own drafter only
					if (action == ApplicationAction.SUBMIT && !user.username().equals(a.getDraftedBy())) {
						continue;
					}
					return true;
				}
				catch (ApplicationRefused ex) {
					// next action
				}
			}
			return false;
		}).toList();
	}

}
