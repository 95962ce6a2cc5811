package th.go.cdd.fastdata.womenfund.letter;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.go.cdd.fastdata.organisation.AreaOption;
import th.go.cdd.fastdata.organisation.CurrentUsers;
import th.go.cdd.fastdata.organisation.NotFoundInScope;
import th.go.cdd.fastdata.organisation.OrganisationDirectory;
import th.go.cdd.fastdata.organisation.Scope;
import th.go.cdd.fastdata.thai.Baht;
import th.go.cdd.fastdata.thai.BahtText;
import th.go.cdd.fastdata.thai.ThaiDates;
import th.go.cdd.fastdata.womenfund.document.ProjectDocument;
import th.go.cdd.fastdata.womenfund.document.ProjectDocuments;
import th.go.cdd.fastdata.womenfund.mediation.Courts;
import th.go.cdd.fastdata.womenfund.mediation.MediationCase;
import th.go.cdd.fastdata.womenfund.mediation.MediationCases;
import th.go.cdd.fastdata.womenfund.mediation.MediationOutcome;
import th.go.cdd.fastdata.womenfund.project.Contract;
import th.go.cdd.fastdata.womenfund.project.ContractRepository;
import th.go.cdd.fastdata.womenfund.project.MemberRole;
import th.go.cdd.fastdata.womenfund.project.Person;
import th.go.cdd.fastdata.womenfund.project.Project;
import th.go.cdd.fastdata.womenfund.project.ProjectMember;
import th.go.cdd.fastdata.womenfund.project.ProjectMemberRepository;
import th.go.cdd.fastdata.womenfund.project.ProjectRepository;
import th.go.cdd.fastdata.womenfund.project.ProjectStatuses;
import th.go.cdd.fastdata.womenfund.status.Classification;

/**
 * Letters filled from a project (หนังสือที่ออกจากระบบ): the kind's template in force, the project,
 * its contract and amounts as of today, the person it is addressed to, and for the mediation
 * invitation the hearing of the project's latest open mediation case. Each letter is stored in
 * the project file (type LETTER), which audits it; read within the user's scope only.
 */
@Service
public class ProjectLetters {

	/** The document type generated letters are filed under. */
	static final String DOCUMENT_TYPE = "LETTER";

	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	/** Where a value is unknown the letter keeps a dotted line to write on, as on paper forms. */
	static final String BLANK = "........................";

	/** Every field a template may use, as {@link #fields} fills them. */
	static final List<String> FIELDS = List.of("provinceName", "officeName", "districtName", "letterDate", "asOfDate",
			"projectCode", "projectName", "groupName", "borrowerName", "borrowerAddress", "coBorrowerNames",
			"guarantorNames", "recipientName", "recipientAddress", "recipientRole", "contractNumber", "contractDate",
			"contractAmount", "contractAmountText", "overdueAmount", "overdueAmountText", "outstandingAmount",
			"outstandingAmountText", "limitationEndsOn", "hearingDate", "hearingTime", "courtName", "courtAddress");

	/** For the project page: the kinds and the people a letter may be addressed to. */
	public record Section(Long projectId, List<LetterKind> kinds, List<ProjectMember> people) {
	}

	private final ProjectRepository projects;

	private final ProjectMemberRepository members;

	private final ContractRepository contracts;

	private final ProjectStatuses statuses;

	private final MediationCases mediation;

	private final Courts courts;

	private final OrganisationDirectory directory;

	private final LetterTemplates templates;

	private final ProjectDocuments documents;

	private final CurrentUsers currentUsers;

	ProjectLetters(ProjectRepository projects, ProjectMemberRepository members, ContractRepository contracts,
			ProjectStatuses statuses, MediationCases mediation, Courts courts, OrganisationDirectory directory,
			LetterTemplates templates, ProjectDocuments documents, CurrentUsers currentUsers) {
		this.projects = projects;
		this.members = members;
		this.contracts = contracts;
		this.statuses = statuses;
		this.mediation = mediation;
		this.courts = courts;
		this.directory = directory;
		this.templates = templates;
		this.documents = documents;
		this.currentUsers = currentUsers;
	}

	/** For the project page ({@code ${@projectLetters.forPage(id)}}): the signed-in user's scope. */
	@Transactional(readOnly = true)
	public Section forPage(Long projectId) {
		project(this.currentUsers.scope(), projectId);
		return new Section(projectId, this.templates.kinds(), addressees(projectId));
	}

	/**
	 * Fills the letter, stores it in the project file and returns the stored document.
	 * @throws NotFoundInScope the project is outside the scope, or the person is not on it
	 * @throws LetterRefused no kind chosen, or an unknown one
	 */
	public ProjectDocument generate(Scope scope, Long projectId, String kindCode, Long memberId, String username) {
		Project project = project(scope, projectId);
		LocalDate today = this.statuses.today();
		LetterTemplates.InForce template = this.templates.inForce(kindCode, today);
		if (memberId == null) {
			throw new LetterRefused("กรุณาเลือกผู้รับหนังสือ");
		}
		ProjectMember to = addressees(projectId).stream()
			.filter(m -> m.getId().equals(memberId))
			.findFirst()
			.orElseThrow(NotFoundInScope::new);
		Map<String, Object> fields = fields(project, to, today);
		byte[] letter = LetterFiller.fill(template.content(), fields);
		String fileName = template.kind().getNameTh().replace('/', '-') + " " + project.getCode() + " "
				+ to.getPerson().fullName() + ".docx";
		String note = template.kind().getNameTh() + " ถึง " + to.getPerson().fullName() + " (" + to.getRole().label()
				+ ") แม่แบบ: " + template.label();
		return this.documents.storeGenerated(scope, projectId, DOCUMENT_TYPE, letter, fileName, DOCX,
				note.length() > 500 ? note.substring(0, 500) : note, username);
	}

	/** The values a template may use, each as text; see the README for the list. */
	Map<String, Object> fields(Project project, ProjectMember to, LocalDate today) {
		Map<String, Object> f = new LinkedHashMap<>();
		Optional<AreaOption> province = provinceOf(project.getDistrictId());
		String provinceName = province.map(AreaOption::label).orElse("");
		f.put("provinceName", provinceName);
		f.put("officeName", "สำนักงานพัฒนาชุมชน" + provinceName);
		f.put("districtName", this.directory.districtLabels(List.of(project.getDistrictId()))
			.getOrDefault(project.getDistrictId(), ""));
		f.put("letterDate", ThaiDates.longDate(today));
		f.put("asOfDate", ThaiDates.longDate(today));
		f.put("projectCode", project.getCode());
		f.put("projectName", project.getName());
		f.put("groupName", orBlank(project.getGroupName()));
		List<ProjectMember> people = addressees(project.getId());
		Optional<ProjectMember> borrower = people.stream().filter(m -> m.getRole() == MemberRole.BORROWER).findFirst();
		f.put("borrowerName", borrower.map(m -> m.getPerson().fullName()).orElse(BLANK));
		f.put("borrowerAddress", borrower.map(m -> orBlank(m.getPerson().getAddress())).orElse(BLANK));
		f.put("coBorrowerNames", names(people, MemberRole.CO_BORROWER));
		f.put("guarantorNames", names(people, MemberRole.GUARANTOR));
		Person person = to.getPerson();
		f.put("recipientName", person.fullName());
		f.put("recipientAddress", orBlank(person.getAddress()));
		f.put("recipientRole", to.getRole().label());
		Optional<Contract> contract = this.contracts.findByProject(project.getId());
		f.put("contractNumber", contract.map(c -> orBlank(c.getNumber())).orElse(BLANK));
		f.put("contractDate", contract.map(c -> date(c.getSignedOn())).orElse(BLANK));
		money(f, "contractAmount", contract.map(Contract::getAmount).orElse(project.getApprovedAmount()));
		Classification status = classify(project.getId(), today);
		money(f, "overdueAmount", status == null ? null : status.overdueAmount());
		money(f, "outstandingAmount", status == null ? null : status.outstandingAmount());
		f.put("limitationEndsOn", status == null ? BLANK : date(status.limitationEndsOn()));
		Optional<MediationCase> hearing = this.mediation.ofProject(project.getId())
			.stream()
			.filter(c -> c.getOutcome() == MediationOutcome.OPEN)
			.max(Comparator.comparing(MediationCase::getHearingOn, Comparator.nullsFirst(Comparator.naturalOrder()))
				.thenComparing(MediationCase::getId));
		f.put("hearingDate", hearing.map(c -> date(c.getHearingOn())).orElse(BLANK));
		f.put("hearingTime", hearing.map(c -> orBlank(c.getHearingTime())).orElse(BLANK));
		Optional<Courts.Court> court = hearing.map(MediationCase::getCourtId).flatMap(this.courts::find);
		f.put("courtName", court.map(Courts.Court::name).orElse(BLANK));
		f.put("courtAddress", court.map(c -> orBlank(c.address())).orElse(""));
		return f;
	}

	private Classification classify(Long projectId, LocalDate today) {
		try {
			return this.statuses.classify(projectId, today);
		}
		catch (IllegalStateException noSchedule) {
			return null;
		}
	}

	/** People still on the project, the borrower first. */
	private List<ProjectMember> addressees(Long projectId) {
		return this.members.findByProject(projectId)
			.stream()
			.filter(m -> !m.isReleased())
			.sorted(Comparator.comparing(ProjectMember::getRole).thenComparing(ProjectMember::getId))
			.toList();
	}

	private Optional<AreaOption> provinceOf(Long districtId) {
		return this.directory.servedProvinces()
			.stream()
			.filter(p -> this.directory.districtsOf(p.id()).stream().anyMatch(d -> d.id().equals(districtId)))
			.findFirst();
	}

	private Project project(Scope scope, Long projectId) {
		return this.projects.findInScope(projectId, scope.queryIds()).orElseThrow(NotFoundInScope::new);
	}

	private static void money(Map<String, Object> f, String name, BigDecimal amount) {
		f.put(name, amount == null ? BLANK : Baht.amount(amount));
		f.put(name + "Text", amount == null ? BLANK : BahtText.of(amount));
	}

	private static String names(List<ProjectMember> people, MemberRole role) {
		String names = people.stream()
			.filter(m -> m.getRole() == role)
			.map(m -> m.getPerson().fullName())
			.collect(Collectors.joining(", "));
		return names.isEmpty() ? "-" : names;
	}

	private static String date(LocalDate date) {
		return date == null ? BLANK : ThaiDates.longDate(date);
	}

	private static String orBlank(String text) {
		return text == null || text.isBlank() ? BLANK : text;
	}

}
