package th.go.cdd.fastdata.womenfund.mediation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import th.go.cdd.fastdata.audit.AuditLog;
import th.go.cdd.fastdata.organisation.NotFoundInScope;
import th.go.cdd.fastdata.organisation.Role;
import th.go.cdd.fastdata.organisation.SignedInUser;
import th.go.cdd.fastdata.womenfund.project.Project;
import th.go.cdd.fastdata.womenfund.project.ProjectRepository;
import th.go.cdd.fastdata.womenfund.project.ProjectSchedules;
import th.go.cdd.fastdata.womenfund.project.ProjectStatuses;
import th.go.cdd.fastdata.womenfund.project.RepaymentPlan;
import th.go.cdd.fastdata.womenfund.project.TypedFields;

/**
 * Pre-suit mediation cases: opened by the fund's officers for a project, the court's day prepared by the
 * checklist of "Finished Within 2 Days", closed by the hearing's outcome. A compromise gives the contract
 * a new schedule; no agreement or no show puts the project on the way to litigation. A closed case is
 * read-only.
 */
@Service
public class MediationCases {

	/** How many heard cases of each kind the overview lists, the latest first. */
	static final int CLOSED_SHOWN = 200;

	/** How many open cases the calendar lists, the next hearings first (the country: nearly 2,000). */
	static final int OPEN_SHOWN = 500;


	private static final Set<Integer> INTERVALS = Set.of(1, 3, 6, 12);

	private final MediationCaseRepository cases;

	private final MediationTasks tasks;

	private final Courts courts;

	private final ProjectRepository projects;

	private final ProjectSchedules schedules;

	private final ProjectStatuses statuses;

	private final JdbcTemplate jdbc;

	private final AuditLog audit;

	MediationCases(MediationCaseRepository cases, MediationTasks tasks, Courts courts, ProjectRepository projects,
			ProjectSchedules schedules, ProjectStatuses statuses, JdbcTemplate jdbc, AuditLog audit) {
		this.cases = cases;
		this.tasks = tasks;
		this.courts = courts;
		this.projects = projects;
		this.schedules = schedules;
		this.statuses = statuses;
		this.jdbc = jdbc;
		this.audit = audit;
	}

	static boolean mayWork(SignedInUser user) {
		return user.is(Role.PROVINCE_OFFICER) || user.is(Role.DISTRICT_OFFICER);
	}

	@Transactional
	public Optional<MediationCase> open(SignedInUser user, MediationForm form, Errors errors) {
		if (!mayWork(user)) {
			throw new AccessDeniedException("fund officers only");
		}
		Project project = this.projects.findInScope(form.getProjectId(), user.scope().queryIds())
			.orElseThrow(NotFoundInScope::new);
		TypedFields fields = new TypedFields(errors, this.statuses.today());
		if (form.getCourtId() == null || this.courts.find(form.getCourtId())
			.filter(c -> c.provinceId().equals(user.provinceId()))
			.isEmpty()) {
			errors.rejectValue("courtId", "required", "กรุณาเลือกศาลในจังหวัดของคุณ");
		}
		if (form.getPath() == null) {
			errors.rejectValue("path", "required", "กรุณาเลือกแนวทาง");
		}
		LocalDate received = fields.date(form.getInvitationReceivedOn(), "invitationReceivedOn",
				"วันที่ลูกหนี้ได้รับหนังสือเชิญ", false, true);
		LocalDate hearing = fields.date(form.getHearingOn(), "hearingOn", "วันไกล่เกลี่ย", true, false);
		String time = fields.text(form.getHearingTime(), "hearingTime", "เวลานัด", false, 5);
		if (time != null && !time.matches("([01]?\\d|2[0-3])[:.][0-5]\\d")) {
			errors.rejectValue("hearingTime", "format", "เวลานัดต้องเป็น ชั่วโมง:นาที เช่น 09:30");
		}
		String note = fields.text(form.getNote(), "note", "บันทึก", false, 2000);
		if (received != null && hearing != null && hearing.isBefore(received)) {
			errors.rejectValue("hearingOn", "order", "วันไกล่เกลี่ยต้องไม่ก่อนวันที่ลูกหนี้ได้รับหนังสือเชิญ");
		}
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		MediationCase opened = this.cases.save(new MediationCase(project.getId(), project.getDistrictId(),
				form.getCourtId(), form.getPath(), received, hearing, time == null ? null : time.replace('.', ':'), note,
				user.username()));
		this.audit.created("MediationCase", opened.getId(), "เปิดเรื่องไกล่เกลี่ยก่อนฟ้อง โครงการ " + project.getCode(),
				opened.getPath().name() + " นัด " + hearing);
		return Optional.of(opened);
	}

	/**
	 * What the officer should know about the dates: by mail the hearing must be at least the version's
	 * number of days (45) after the debtor received the court's letter.
	 */
	public List<String> warnings(MediationCase c) {
		List<String> warnings = new ArrayList<>();
		if (c.getPath() != MediationPath.MAIL || c.getOutcome() != MediationOutcome.OPEN) {
			return warnings;
		}
		int minimum = this.jdbc.queryForList("select numeric_value from wf_measure_parameter where measure = 'PRE_SUIT_MEDIATION'"
				+ " and name = 'MIN_DAYS_AFTER_INVITATION' and effective_from <= ? and (effective_to is null or effective_to >= ?)"
				+ " order by effective_from desc", BigDecimal.class, c.getHearingOn(), c.getHearingOn())
			.stream()
			.findFirst()
			.map(BigDecimal::intValue)
			.orElse(45);
		if (c.getInvitationReceivedOn() == null) {
			warnings.add("ยังไม่ได้บันทึกวันที่ลูกหนี้ได้รับหนังสือเชิญทางไปรษณีย์ (วันไกล่เกลี่ยต้องห่างไม่น้อยกว่า " + minimum + " วัน)");
		}
		else {
			long days = ChronoUnit.DAYS.between(c.getInvitationReceivedOn(), c.getHearingOn());
			if (days < minimum) {
				warnings.add("วันไกล่เกลี่ยห่างจากวันที่ลูกหนี้ได้รับหนังสือเชิญเพียง " + days + " วัน ต้องไม่น้อยกว่า " + minimum
						+ " วัน (ภาคผนวก 29): ขอให้ศาลเลื่อนวันนัด หรือใช้แนวทางเชิงรุก");
			}
		}
		return warnings;
	}

	@Transactional
	public void markDone(SignedInUser user, Long caseId, String task, String note) {
		MediationCase c = openCase(user, caseId);
		if (this.tasks.of(c.getPath()).stream().noneMatch(t -> t.code().equals(task))) {
			throw new NotFoundInScope();
		}
		if (this.tasks.doneFor(caseId).containsKey(task)) {
			return;
		}
		String text = note == null || note.isBlank() ? null : note.strip();
		this.tasks.markDone(caseId, task, user.username(), text == null ? null : text.substring(0, Math.min(500, text.length())));
		this.audit.updated("MediationCase", caseId, "ทำรายการ " + task + " ของเรื่องไกล่เกลี่ยเลขที่ " + caseId, "ยังไม่ทำ",
				"ทำแล้ว" + (text == null ? "" : ": " + text));
	}

	@Transactional
	public void undo(SignedInUser user, Long caseId, String task) {
		openCase(user, caseId);
		this.tasks.undo(caseId, task);
		this.audit.updated("MediationCase", caseId, "ยกเลิกรายการ " + task + " ของเรื่องไกล่เกลี่ยเลขที่ " + caseId, "ทำแล้ว",
				"ยังไม่ทำ");
	}

	/** Records the hearing's outcome; a compromise adds its schedule to the contract. */
	@Transactional
	public boolean close(SignedInUser user, Long caseId, OutcomeForm form, Errors errors) {
		MediationCase c = openCase(user, caseId);
		LocalDate today = this.statuses.today();
		TypedFields fields = new TypedFields(errors, today);
		if (form.getOutcome() == null || form.getOutcome() == MediationOutcome.OPEN) {
			errors.rejectValue("outcome", "required", "กรุณาเลือกผลการไกล่เกลี่ย");
		}
		LocalDate on = fields.date(form.getOutcomeOn(), "outcomeOn", "วันที่ไกล่เกลี่ย", true, true);
		String note = fields.text(form.getNote(), "note", "บันทึกผล", false, 2000);
		BigDecimal amount = null;
		LocalDate first = null;
		if (form.getOutcome() == MediationOutcome.COMPROMISE) {
			amount = fields.amount(form.getCompromiseAmount(), "compromiseAmount", "ยอดตามสัญญายอมความ");
			first = fields.date(form.getFirstDueOn(), "firstDueOn", "วันครบกำหนดงวดแรก", true, false);
			if (first != null && on != null && !first.isAfter(on)) {
				errors.rejectValue("firstDueOn", "order", "งวดแรกต้องอยู่หลังวันทำสัญญายอมความ");
			}
			if (form.getInstallments() == null || form.getInstallments() < 1 || form.getInstallments() > 120) {
				errors.rejectValue("installments", "range", "จำนวนงวดต้องอยู่ระหว่าง 1 ถึง 120");
			}
			if (form.getIntervalMonths() == null || !INTERVALS.contains(form.getIntervalMonths())) {
				errors.rejectValue("intervalMonths", "range", "ระยะห่างของงวดต้องเป็น 1, 3, 6 หรือ 12 เดือน");
			}
		}
		if (errors.hasErrors()) {
			return false;
		}
		c.close(form.getOutcome(), on, note, amount);
		this.cases.save(c);
		if (form.getOutcome() == MediationOutcome.COMPROMISE) {
			try {
				this.schedules.restructure(c.getProjectId(), on,
						RepaymentPlan.equal(amount, first, form.getInstallments(), form.getIntervalMonths()),
						"สัญญาประนีประนอมยอมความ (เรื่องไกล่เกลี่ยเลขที่ " + c.getId() + ")");
			}
			catch (IllegalArgumentException ex) {
				errors.rejectValue("outcomeOn", "schedule", ex.getMessage());
				throw new CompromiseRefused(ex.getMessage());
			}
		}
		this.audit.updated("MediationCase", caseId, "บันทึกผลการไกล่เกลี่ย เรื่องเลขที่ " + caseId, MediationOutcome.OPEN.label(),
				form.getOutcome().label() + (note == null ? "" : ": " + note));
		return true;
	}

	/** A compromise whose schedule the contract refused: the whole outcome is rolled back. */
	static class CompromiseRefused extends RuntimeException {

		CompromiseRefused(String message) {
			super(message);
		}

	}

	private MediationCase openCase(SignedInUser user, Long caseId) {
		if (!mayWork(user)) {
			throw new AccessDeniedException("fund officers only");
		}
		MediationCase c = this.cases.findInScope(caseId, user.scope().queryIds()).orElseThrow(NotFoundInScope::new);
		if (c.getOutcome() != MediationOutcome.OPEN) {
			throw new IllegalStateException("closed");
		}
		return c;
	}

	public Optional<MediationCase> find(SignedInUser user, Long id) {
		return this.cases.findInScope(id, user.scope().queryIds());
	}

	public List<MediationCase> open(SignedInUser user) {
		return this.cases.findOpenInScope(user.scope().queryIds());
	}

	/** Cases whose hearing ended without a compromise: the next step is a suit. */
	public List<MediationCase> towardLitigation(SignedInUser user) {
		return this.cases.findClosedInScope(user.scope().queryIds(),
				EnumSet.of(MediationOutcome.NO_AGREEMENT, MediationOutcome.NO_SHOW));
	}

	public List<MediationCase> compromised(SignedInUser user) {
		return this.cases.findClosedInScope(user.scope().queryIds(), EnumSet.of(MediationOutcome.COMPROMISE));
	}

	public List<MediationCase> hearings(SignedInUser user, Long courtId, LocalDate on) {
		return this.cases.findHearings(user.scope().queryIds(), courtId, on);
	}

	public List<MediationCase> ofProject(Long projectId) {
		return this.cases.findByProjectIdOrderByHearingOnDesc(projectId);
	}

	List<MediationTasks.Task> tasks(MediationPath path) {
		return this.tasks.of(path);
	}

	java.util.Map<String, MediationTasks.Done> done(Long caseId) {
		return this.tasks.doneFor(caseId);
	}

}
