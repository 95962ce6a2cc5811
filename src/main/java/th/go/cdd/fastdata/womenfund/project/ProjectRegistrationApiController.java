package th.go.cdd.fastdata.womenfund.project;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import th.go.cdd.fastdata.organisation.AreaOption;
import th.go.cdd.fastdata.organisation.CurrentUsers;
import th.go.cdd.fastdata.organisation.NotFoundInScope;
import th.go.cdd.fastdata.organisation.OrganisationDirectory;
import th.go.cdd.fastdata.organisation.Scope;
import th.go.cdd.fastdata.womenfund.status.Classification;
import th.go.cdd.fastdata.thai.ThaiDateParseException;
import th.go.cdd.fastdata.thai.ThaiDates;

/**
 * One project through the JSON API: registering it (the same checks as the form, errors named
 * by the JSON field) and reading it whole. National IDs are masked here as on the pages.
 */
@RestController
@RequestMapping("/api/v1/projects")
class ProjectRegistrationApiController {

	record InstallmentJson(String dueOn, BigDecimal amount) {
	}

	record ContractJson(String number, String signedOn, BigDecimal amount, BigDecimal annualInterestRate,
			BigDecimal defaultInterestRate, List<InstallmentJson> installments) {
	}

	record PersonJson(String nationalId, String title, String firstName, String lastName, String role,
			String phone) {
	}

	record NewProjectJson(String code, String name, String groupName, String districtCode, String subdistrictCode,
			String village, Integer fiscalYear, BigDecimal approvedAmount, String lmUrl, ContractJson contract,
			List<PersonJson> people) {
	}

	record DueJson(int seq, LocalDate dueOn, BigDecimal amount) {
	}

	record ContractView(String number, LocalDate signedOn, BigDecimal amount, BigDecimal annualInterestRate,
			BigDecimal defaultInterestRate, LocalDate scheduleFrom, List<DueJson> installments) {
	}

	record PersonView(String role, String title, String firstName, String lastName, String nationalId, String phone) {
	}

	record PaymentView(LocalDate paidOn, BigDecimal amount, String reference, String source) {
	}

	record AcknowledgmentView(String kind, LocalDate signedOn) {
	}

	record StatusView(String group, LocalDate asOf, List<String> reasons, LocalDate limitationEndsOn,
			BigDecimal overdueAmount, BigDecimal outstandingAmount) {
	}

	record ProjectView(String code, String name, String groupName, String fundGeneration, String districtCode,
			String subdistrictCode, String village, int fiscalYear, BigDecimal approvedAmount, String lmUrl,
			ContractView contract, List<PersonView> people, List<PaymentView> payments,
			List<AcknowledgmentView> acknowledgments, StatusView status) {
	}

	/** The form's field names as the API's body names them. */
	private static final Map<String, String> JSON_FIELDS = Map.ofEntries(Map.entry("districtId", "districtCode"),
			Map.entry("subdistrictId", "subdistrictCode"), Map.entry("villageId", "village"),
			Map.entry("contractNumber", "contract.number"), Map.entry("signedOn", "contract.signedOn"),
			Map.entry("contractAmount", "contract.amount"),
			Map.entry("annualInterestRate", "contract.annualInterestRate"),
			Map.entry("defaultInterestRate", "contract.defaultInterestRate"),
			Map.entry("installments", "contract.installments"), Map.entry("members", "people"));

	private final CurrentUsers currentUsers;

	private final ProjectRegistration registration;

	private final ProjectRepository projects;

	private final ProjectFile projectFile;

	private final ProjectStatuses statuses;

	private final OrganisationDirectory directory;

	ProjectRegistrationApiController(CurrentUsers currentUsers, ProjectRegistration registration,
			ProjectRepository projects, ProjectFile projectFile, ProjectStatuses statuses,
			OrganisationDirectory directory) {
		this.currentUsers = currentUsers;
		this.registration = registration;
		this.projects = projects;
		this.projectFile = projectFile;
		this.statuses = statuses;
		this.directory = directory;
	}

	@PostMapping
	@PreAuthorize(ProjectController.RECORDERS)
	ResponseEntity<ProjectView> register(@RequestBody NewProjectJson body) {
		Scope scope = this.currentUsers.scope();
		ProjectForm form = new ProjectForm();
		Errors errors = new BeanPropertyBindingResult(form, "project");
		List<Map<String, String>> problems = new ArrayList<>();
		form.setCode(body.code());
		form.setName(body.name());
		form.setGroupName(body.groupName());
		form.setFiscalYear(body.fiscalYear() == null ? null : body.fiscalYear().toString());
		form.setLmUrl(body.lmUrl());
		placeArea(scope, body, form, problems);
		ContractJson contract = (body.contract() == null)
				? new ContractJson(null, null, null, null, null, List.of()) : body.contract();
		// LM's approved amount is the contract's in almost every project; the body may say otherwise
		form.setApprovedAmount(plain(body.approvedAmount() != null ? body.approvedAmount() : contract.amount()));
		form.setContractNumber(contract.number());
		form.setSignedOn(contract.signedOn());
		form.setContractAmount(plain(contract.amount()));
		form.setAnnualInterestRate(plain(contract.annualInterestRate()));
		if (contract.defaultInterestRate() != null) {
			form.setDefaultInterestRate(plain(contract.defaultInterestRate()));
		}
		RepaymentPlan plan = plan(contract.installments(), problems);
		form.setMembers(members(body.people(), problems));
		ProjectRegistration.Registered registered;
		try {
			registered = this.registration.register(scope, form, plan, errors);
		}
		catch (org.springframework.dao.DataIntegrityViolationException ex) {
			throw new ApiProblems.InvalidInput("code", ProjectRegistration.STORED_MEANWHILE);
		}
		// a field already refused here (an unknown area code) is not refused twice by the form's checks
		java.util.Set<String> named = new java.util.HashSet<>();
		problems.forEach(p -> named.add(p.get("field")));
		named(errors).stream().filter(p -> !named.contains(p.get("field"))).forEach(problems::add);
		if (!problems.isEmpty()) {
			throw new ApiProblems.InvalidInput(problems);
		}
		ProjectView created = view(scope, registered.projectId());
		return ResponseEntity.created(URI.create("/api/v1/projects/" + created.code())).body(created);
	}

	@GetMapping("/{code}")
	@Transactional(readOnly = true)
	ProjectView project(@PathVariable String code) {
		Scope scope = this.currentUsers.scope();
		Project project = this.projects.findByCodeInScope(code, scope.queryIds()).orElseThrow(NotFoundInScope::new);
		return view(scope, project.getId());
	}

	private ProjectView view(Scope scope, Long projectId) {
		ProjectFile.View file = this.projectFile.open(scope, projectId, this.statuses.today());
		Project p = file.project();
		String districtCode = codeOf(this.directory.districtsIn(scope), p.getDistrictId());
		String subdistrictCode = codeOf(this.directory.subdistrictsOf(scope, p.getDistrictId()), p.getSubdistrictId());
		String village = codeOf(this.directory.villagesOf(scope, p.getSubdistrictId()), p.getVillageId());
		ContractView contract = file.contract()
			.map(c -> new ContractView(c.getNumber(), c.getSignedOn(), c.getAmount(), c.getAnnualInterestRate(),
					c.getDefaultInterestRate(),
					file.scheduleInForce() == null ? null : file.scheduleInForce().getEffectiveFrom(),
					file.installments().stream().map(i -> new DueJson(i.seq(), i.dueOn(), i.amount())).toList()))
			.orElse(null);
		List<PersonView> people = file.members()
			.stream()
			.map(m -> new PersonView(m.getRole().name(), m.getPerson().getTitle(), m.getPerson().getFirstName(),
					m.getPerson().getLastName(), m.getPerson().maskedNationalId(), m.getPerson().getPhone()))
			.toList();
		List<PaymentView> payments = file.payments()
			.stream()
			.map(pay -> new PaymentView(pay.getPaidOn(), pay.getAmount(), pay.getReference(), pay.getSource().name()))
			.toList();
		List<AcknowledgmentView> acknowledgments = file.acknowledgments()
			.stream()
			.map(a -> new AcknowledgmentView(a.getKind().name(), a.getSignedOn()))
			.toList();
		Classification c = file.classification();
		StatusView status = c == null ? null : new StatusView(c.group().name(), c.asOf(), c.reasons(),
				c.limitationEndsOn(), c.overdueAmount(), c.outstandingAmount());
		return new ProjectView(p.getCode(), p.getName(), p.getGroupName(), p.getFundGeneration().name(), districtCode,
				subdistrictCode, village, p.getFiscalYear(), p.getApprovedAmount(), p.getLmUrl(), contract, people,
				payments, acknowledgments, status);
	}

	/** District, subdistrict and village by their codes, only within the scope; unknown ones are named. */
	private void placeArea(Scope scope, NewProjectJson body, ProjectForm form, List<Map<String, String>> problems) {
		if (body.districtCode() == null || body.districtCode().isBlank()) {
			problems.add(problem("districtCode", "กรุณาระบุรหัสอำเภอ (districtCode) 4 หลัก"));
			return;
		}
		Optional<AreaOption> district = byCode(this.directory.districtsIn(scope), body.districtCode());
		if (district.isEmpty()) {
			problems.add(problem("districtCode",
					"ไม่พบรหัสอำเภอ " + body.districtCode() + " ในพื้นที่ที่คุณรับผิดชอบ"));
			return;
		}
		form.setDistrictId(district.get().id());
		if (body.subdistrictCode() == null || body.subdistrictCode().isBlank()) {
			return;
		}
		Optional<AreaOption> subdistrict = byCode(this.directory.subdistrictsOf(scope, district.get().id()),
				body.subdistrictCode());
		if (subdistrict.isEmpty()) {
			problems.add(problem("subdistrictCode", "ไม่พบรหัสตำบล " + body.subdistrictCode() + " ในอำเภอนี้"));
			return;
		}
		form.setSubdistrictId(subdistrict.get().id());
		if (body.village() == null || body.village().isBlank()) {
			return;
		}
		// "3", "หมู่ 3" or "ม.3": the หมู่ number is what identifies a village in its subdistrict
		String moo = body.village().replaceAll("\\D", "");
		Optional<AreaOption> village = moo.isEmpty() ? Optional.empty()
				: byCode(this.directory.villagesOf(scope, subdistrict.get().id()),
						String.valueOf(Integer.parseInt(moo)));
		if (village.isEmpty()) {
			problems.add(problem("village", "ไม่พบหมู่บ้าน " + body.village()
					+ " ในตำบลนี้ (ระบุเลขหมู่ เช่น 3 และหมู่บ้านต้องลงทะเบียนไว้ที่เมนูพื้นที่และหมู่บ้าน)"));
			return;
		}
		form.setVillageId(village.get().id());
	}

	private static RepaymentPlan plan(List<InstallmentJson> installments, List<Map<String, String>> problems) {
		List<RepaymentPlan.Due> dues = new ArrayList<>();
		List<InstallmentJson> given = installments == null ? List.of() : installments;
		for (int i = 0; i < given.size(); i++) {
			InstallmentJson line = given.get(i);
			LocalDate dueOn = null;
			if (line == null || line.dueOn() == null || line.dueOn().isBlank()) {
				problems.add(problem("contract.installments[" + i + "].dueOn",
						"งวดที่ " + (i + 1) + ": กรุณาระบุวันครบกำหนด (dueOn)"));
			}
			else {
				try {
					dueOn = ThaiDates.parse(line.dueOn());
				}
				catch (ThaiDateParseException ex) {
					problems.add(problem("contract.installments[" + i + "].dueOn",
							"งวดที่ " + (i + 1) + ": " + ex.getMessage()));
				}
			}
			dues.add(new RepaymentPlan.Due(dueOn, line == null ? null : line.amount()));
		}
		return new RepaymentPlan(dues);
	}

	private static List<MemberForm> members(List<PersonJson> people, List<Map<String, String>> problems) {
		List<MemberForm> members = new ArrayList<>();
		List<PersonJson> given = people == null ? List.of() : people;
		for (int i = 0; i < given.size(); i++) {
			PersonJson person = given.get(i);
			MemberForm member = new MemberForm();
			if (person != null) {
				member.setNationalId(person.nationalId());
				member.setTitle(person.title());
				member.setFirstName(person.firstName());
				member.setLastName(person.lastName());
				member.setPhone(person.phone());
				member.setRole(role(person.role(), i, problems));
			}
			members.add(member);
		}
		return members;
	}

	private static MemberRole role(String text, int index, List<Map<String, String>> problems) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return MemberRole.valueOf(text.strip().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			problems.add(problem("people[" + index + "].role",
					"บุคคลที่ " + (index + 1) + ": บทบาทต้องเป็น BORROWER, CO_BORROWER หรือ GUARANTOR"));
			return null;
		}
	}

	/** The form's errors under the body's names: members[0].nationalId → people[0].nationalId. */
	private static List<Map<String, String>> named(Errors errors) {
		List<Map<String, String>> named = new ArrayList<>();
		for (ObjectError error : errors.getAllErrors()) {
			String field = (error instanceof FieldError fieldError) ? fieldError.getField() : error.getCode();
			named.add(problem(jsonField(field), String.valueOf(error.getDefaultMessage())));
		}
		return named;
	}

	static String jsonField(String field) {
		if (field == null) {
			return "";
		}
		for (Map.Entry<String, String> rename : JSON_FIELDS.entrySet()) {
			String from = rename.getKey();
			if (field.equals(from) || field.startsWith(from + "[") || field.startsWith(from + ".")) {
				return rename.getValue() + field.substring(from.length());
			}
		}
		return field;
	}

	private static Map<String, String> problem(String field, String message) {
		Map<String, String> problem = new LinkedHashMap<>();
		problem.put("field", field);
		problem.put("message", message);
		return problem;
	}

	private static String plain(BigDecimal value) {
		return value == null ? null : value.toPlainString();
	}

	private static Optional<AreaOption> byCode(List<AreaOption> areas, String code) {
		return areas.stream().filter(a -> a.code().equals(code.strip())).findFirst();
	}

	private static String codeOf(List<AreaOption> areas, Long id) {
		return id == null ? null
				: areas.stream().filter(a -> a.id().equals(id)).map(AreaOption::code).findFirst().orElse(null);
	}

}
