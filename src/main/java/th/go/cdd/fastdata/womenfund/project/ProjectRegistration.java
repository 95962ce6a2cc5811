package th.go.cdd.fastdata.womenfund.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import th.go.cdd.fastdata.audit.AuditLog;
import th.go.cdd.fastdata.organisation.AreaOption;
import th.go.cdd.fastdata.organisation.NotFoundInScope;
import th.go.cdd.fastdata.organisation.OrganisationDirectory;
import th.go.cdd.fastdata.organisation.Scope;

/**
 * Registering a project by hand (a project LM does not have yet, or an office without LM
 * exports) and correcting one: the project, its contract, its first repayment schedule and its
 * people, all checked before anything is stored, stored in one transaction, audited, and
 * classified at once.
 */
@Service
@Transactional
public class ProjectRegistration {

	/** The reason shown for the schedule a contract starts with; restructurings add later ones. */
	static final String FIRST_SCHEDULE = "ตารางผ่อนชำระตามสัญญา";

	/** When the database refuses what the checks passed: the same code or person stored at the same instant. */
	static final String STORED_MEANWHILE = "มีผู้บันทึกโครงการรหัสนี้หรือบุคคลเดียวกันเข้ามาพร้อมกัน ไม่ได้บันทึก"
			+ " กรุณาตรวจสอบแล้วลองอีกครั้ง";

	/** What a registration stored, for the message the officer reads. */
	public record Registered(Long projectId, ProjectPeople.Enrolment people) {
	}

	private final ProjectRepository projects;

	private final ContractRepository contracts;

	private final ScheduleRepository schedules;

	private final InstallmentRepository installments;

	private final ProjectPeople people;

	private final ProjectStatuses statuses;

	private final OrganisationDirectory directory;

	private final AuditLog audit;

	ProjectRegistration(ProjectRepository projects, ContractRepository contracts, ScheduleRepository schedules,
			InstallmentRepository installments, ProjectPeople people, ProjectStatuses statuses,
			OrganisationDirectory directory, AuditLog audit) {
		this.projects = projects;
		this.contracts = contracts;
		this.schedules = schedules;
		this.installments = installments;
		this.people = people;
		this.statuses = statuses;
		this.directory = directory;
		this.audit = audit;
	}

	/**
	 * Registers the project, or only adds Thai field errors and stores nothing.
	 * @param given the installments one by one (the API); {@code null} to make equal ones from the form
	 */
	public Registered register(Scope scope, ProjectForm form, RepaymentPlan given, Errors errors) {
		TypedFields typed = new TypedFields(errors, this.statuses.today());
		String code = typed.text(form.getCode(), "code", "รหัสโครงการ (LM)", true, 30);
		if (code != null && !errors.hasFieldErrors("code") && this.projects.existsByCode(code)) {
			errors.rejectValue("code", "taken", "มีโครงการรหัส " + code + " ในระบบแล้ว");
		}
		ProjectDetails details = details(scope, form, typed, errors);
		ContractTerms terms = terms(form, typed);
		RepaymentPlan plan = (given != null) ? checked(given, terms, errors) : plan(form, terms, typed, errors);
		List<ProjectPeople.CheckedMember> members = members(form, typed, errors);
		if (errors.hasErrors()) {
			return null;
		}
		Project project = this.projects
			.save(new Project(code, details, FundGeneration.ofContractSignedOn(terms.signedOn())));
		Contract contract = this.contracts.save(new Contract(project, terms));
		Schedule schedule = this.schedules.save(new Schedule(contract, terms.signedOn(), FIRST_SCHEDULE));
		int seq = 1;
		for (RepaymentPlan.Due due : plan.installments()) {
			this.installments.save(new Installment(schedule, seq++, due.dueOn(), due.amount()));
		}
		this.audit.created("Project", project.getId(), "ลงทะเบียนโครงการ " + code + " " + details.name(),
				project.auditState());
		this.audit.created("Contract", contract.getId(), "สัญญาเลขที่ " + terms.number() + " โครงการ " + code,
				contract.auditState() + "; installments=" + plan.installments().size() + "; firstDueOn="
						+ plan.installments().get(0).dueOn() + "; lastDueOn=" + plan.lastDueOn() + "; total="
						+ plan.total());
		ProjectPeople.Enrolment enrolment = this.people.enrol(project, members);
		this.statuses.refresh(List.of(project.getId()));
		return new Registered(project.getId(), enrolment);
	}

	/** Corrects a project and its contract, or only adds Thai field errors and stores nothing. */
	public void revise(Scope scope, Long projectId, ProjectForm form, Errors errors) {
		Project project = this.projects.findInScope(projectId, scope.queryIds()).orElseThrow(NotFoundInScope::new);
		Contract contract = this.contracts.findByProject(projectId).orElse(null);
		TypedFields typed = new TypedFields(errors, this.statuses.today());
		ProjectDetails details = details(scope, form, typed, errors);
		ContractTerms terms = (contract == null) ? null : terms(form, typed);
		if (errors.hasErrors()) {
			return;
		}
		String before = project.auditState();
		project.revise(details);
		if (contract != null) {
			String contractBefore = contract.auditState();
			contract.revise(terms);
			project.setFundGeneration(FundGeneration.ofContractSignedOn(terms.signedOn()));
			if (!contractBefore.equals(contract.auditState())) {
				this.audit.updated("Contract", contract.getId(), "แก้ไขสัญญาโครงการ " + project.getCode(), contractBefore,
						contract.auditState());
			}
		}
		if (!before.equals(project.auditState())) {
			this.audit.updated("Project", projectId, "แก้ไขโครงการ " + project.getCode(), before, project.auditState());
		}
		this.statuses.refresh(List.of(projectId));
	}

	private ProjectDetails details(Scope scope, ProjectForm form, TypedFields typed, Errors errors) {
		String name = typed.text(form.getName(), "name", "ชื่อโครงการ", true, 300);
		String groupName = typed.text(form.getGroupName(), "groupName", "ชื่อกลุ่ม", false, 300);
		Long districtId = form.getDistrictId();
		if (districtId == null) {
			errors.rejectValue("districtId", "required", "กรุณาเลือกอำเภอ");
		}
		else if (!scope.covers(districtId)) {
			// the same answer as a district that does not exist: ids of other districts do not leak
			errors.rejectValue("districtId", "scope", "ไม่พบอำเภอนี้ในพื้นที่ที่คุณรับผิดชอบ");
			districtId = null;
		}
		Long subdistrictId = form.getSubdistrictId();
		if (subdistrictId != null && (districtId == null || this.directory.subdistrictsOf(scope, districtId)
			.stream()
			.map(AreaOption::id)
			.noneMatch(subdistrictId::equals))) {
			errors.rejectValue("subdistrictId", "area", "ตำบลที่เลือกไม่อยู่ในอำเภอนี้");
			subdistrictId = null;
		}
		Long villageId = form.getVillageId();
		if (villageId != null && (subdistrictId == null || this.directory.villagesOf(scope, subdistrictId)
			.stream()
			.map(AreaOption::id)
			.noneMatch(villageId::equals))) {
			errors.rejectValue("villageId", "area", "หมู่บ้านที่เลือกไม่อยู่ในตำบลนี้");
		}
		Integer fiscalYear = typed.fiscalYear(form.getFiscalYear(), "fiscalYear");
		BigDecimal approved = typed.amount(form.getApprovedAmount(), "approvedAmount", "วงเงินที่อนุมัติ");
		String lmUrl = typed.webLink(form.getLmUrl(), "lmUrl", "ลิงก์ LM");
		return new ProjectDetails(name, groupName, districtId, subdistrictId, villageId,
				fiscalYear == null ? 0 : fiscalYear, approved, lmUrl);
	}

	private static ContractTerms terms(ProjectForm form, TypedFields typed) {
		String number = typed.text(form.getContractNumber(), "contractNumber", "เลขที่สัญญา", true, 50);
		LocalDate signedOn = typed.date(form.getSignedOn(), "signedOn", "วันที่ลงนามสัญญา", true, true);
		BigDecimal amount = typed.amount(form.getContractAmount(), "contractAmount", "วงเงินตามสัญญา");
		BigDecimal rate = typed.rate(form.getAnnualInterestRate(), "annualInterestRate", "อัตราดอกเบี้ย");
		BigDecimal defaultRate = typed.rate(form.getDefaultInterestRate(), "defaultInterestRate",
				"อัตราดอกเบี้ยผิดนัด");
		return new ContractTerms(number, signedOn, amount, rate, defaultRate);
	}

	/** Equal installments from the form's first due date, count and interval. */
	private static RepaymentPlan plan(ProjectForm form, ContractTerms terms, TypedFields typed, Errors errors) {
		LocalDate firstDueOn = typed.date(form.getFirstDueOn(), "firstDueOn", "วันครบกำหนดงวดแรก", true, false);
		Integer count = typed.whole(form.getInstallmentCount(), "installmentCount", "จำนวนงวด", 1, 120);
		if (!RepaymentPlan.INTERVALS.contains(form.getIntervalMonths())) {
			errors.rejectValue("intervalMonths", "choice", "กรุณาเลือกระยะห่างของงวด: ทุก 1, 3, 6 หรือ 12 เดือน");
			return null;
		}
		if (firstDueOn != null && terms.signedOn() != null && !firstDueOn.isAfter(terms.signedOn())) {
			errors.rejectValue("firstDueOn", "order", "วันครบกำหนดงวดแรกต้องอยู่หลังวันที่ลงนามสัญญา");
			return null;
		}
		if (firstDueOn == null || count == null || terms.amount() == null) {
			return null;
		}
		return RepaymentPlan.equal(terms.amount(), firstDueOn, count, form.getIntervalMonths());
	}

	/** Installments given one by one: at least one, in date order, after the signing, each more than zero. */
	private static RepaymentPlan checked(RepaymentPlan given, ContractTerms terms, Errors errors) {
		List<RepaymentPlan.Due> dues = given.installments();
		if (dues.isEmpty()) {
			errors.reject("installments", "กรุณาระบุงวดผ่อนชำระอย่างน้อย 1 งวด");
			return null;
		}
		LocalDate previous = terms.signedOn();
		for (int i = 0; i < dues.size(); i++) {
			RepaymentPlan.Due due = dues.get(i);
			String label = "งวดที่ " + (i + 1) + ": ";
			if (due.dueOn() == null || due.amount() == null) {
				errors.reject("installments[" + i + "]", label + "กรุณาระบุวันครบกำหนด (dueOn) และจำนวนเงิน (amount)");
			}
			else if (due.amount().signum() <= 0) {
				errors.reject("installments[" + i + "]", label + "จำนวนเงินต้องมากกว่า 0");
			}
			else if (previous != null && !due.dueOn().isAfter(previous)) {
				errors.reject("installments[" + i + "]", label + "วันครบกำหนดต้องอยู่หลังวันที่ลงนามสัญญาและงวดก่อนหน้า");
			}
			if (due.dueOn() != null) {
				previous = due.dueOn();
			}
		}
		return given;
	}

	private static List<ProjectPeople.CheckedMember> members(ProjectForm form, TypedFields typed, Errors errors) {
		List<ProjectPeople.CheckedMember> checked = new ArrayList<>();
		for (int i = 0; i < form.getMembers().size(); i++) {
			MemberForm row = form.getMembers().get(i);
			if (row != null && !row.isBlank()) {
				checked.add(ProjectPeople.check(row, "members[" + i + "].", "บุคคลที่ " + (i + 1) + ": ", typed, errors));
			}
		}
		if (checked.stream().noneMatch(m -> m.role() == MemberRole.BORROWER)) {
			errors.rejectValue("members[0].nationalId", "borrower",
					"กรุณากรอกผู้กู้/ผู้แทนกลุ่มอย่างน้อย 1 คน (บุคคลที่ 1)");
		}
		Set<String> twice = ProjectPeople.duplicates(checked);
		if (!twice.isEmpty()) {
			errors.reject("members", "มีบุคคลเดียวกันในบทบาทเดียวกันซ้ำกัน กรุณาลบแถวที่ซ้ำ");
		}
		return ProjectPeople.complete(checked);
	}

	/** "ลงทะเบียนโครงการแล้ว ..." with what happened to the people, for the flash message. */
	static String message(Registered registered) {
		String text = "ลงทะเบียนโครงการแล้ว และจัดกลุ่มสถานะแล้ว";
		if (registered.people().linked() > 0) {
			text += " · บุคคลที่มีในระบบแล้ว " + registered.people().linked()
					+ " คน ใช้ข้อมูลเดิม (แก้ไขได้ที่หน้าบุคคล)";
		}
		return text;
	}

}
