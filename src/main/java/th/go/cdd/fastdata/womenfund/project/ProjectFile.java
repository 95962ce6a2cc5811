package th.go.cdd.fastdata.womenfund.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.go.cdd.fastdata.audit.AuditLog;
import th.go.cdd.fastdata.organisation.OrganisationDirectory;
import th.go.cdd.fastdata.organisation.NotFoundInScope;
import th.go.cdd.fastdata.organisation.Scope;
import th.go.cdd.fastdata.womenfund.status.Classification;

/**
 * Everything the project page shows (แฟ้มโครงการ), read within the user's scope. Opening it
 * is logged: the page shows the people on the project.
 */
@Service
@Transactional(readOnly = true)
public class ProjectFile {

	public record View(Project project, String district, String subdistrict, String village, List<ProjectMember> members,
			Optional<Contract> contract, Schedule scheduleInForce, List<Schedule> earlierSchedules,
			List<InstallmentLine> installments, List<Payment> payments, List<Acknowledgment> acknowledgments,
			Classification classification, List<StatusAction> actions, List<ProjectStatusHistory> history) {
	}

	private final ProjectRepository projects;

	private final ProjectMemberRepository members;

	private final ContractRepository contracts;

	private final InstallmentRepository installments;

	private final PaymentRepository payments;

	private final AcknowledgmentRepository acknowledgments;

	private final ProjectStatuses statuses;

	private final StatusRules rules;

	private final ProjectStatusHistoryRepository history;

	private final OrganisationDirectory directory;

	private final AuditLog audit;

	ProjectFile(ProjectRepository projects, ProjectMemberRepository members, ContractRepository contracts,
			InstallmentRepository installments, PaymentRepository payments, AcknowledgmentRepository acknowledgments,
			ProjectStatuses statuses, StatusRules rules, ProjectStatusHistoryRepository history,
			OrganisationDirectory directory, AuditLog audit) {
		this.projects = projects;
		this.members = members;
		this.contracts = contracts;
		this.installments = installments;
		this.payments = payments;
		this.acknowledgments = acknowledgments;
		this.statuses = statuses;
		this.rules = rules;
		this.history = history;
		this.directory = directory;
		this.audit = audit;
	}

	@Transactional
	public View open(Scope scope, Long projectId, LocalDate asOf) {
		Project project = this.projects.findInScope(projectId, scope.queryIds()).orElseThrow(NotFoundInScope::new);
		this.audit.viewed("Project", projectId, "เปิดดูโครงการ " + project.getCode());
		Optional<Contract> contract = this.contracts.findByProject(projectId);
		List<Schedule> schedules = contract.map(Contract::getSchedules).orElse(List.of());
		Schedule inForce = schedules.stream()
			.filter(s -> !s.getEffectiveFrom().isAfter(asOf))
			.max(Comparator.comparing(Schedule::getEffectiveFrom))
			.orElse(schedules.isEmpty() ? null : schedules.get(0));
		List<Payment> paid = this.payments.findByProject(projectId);
		List<InstallmentLine> lines = List.of();
		if (inForce != null) {
			List<Installment> due = this.installments.findBySchedules(List.of(inForce.getId()));
			boolean first = inForce == schedules.get(0);
			// under a later schedule, payments before it took effect belong to the earlier debt
			BigDecimal towards = paid.stream()
				.filter(p -> !p.getPaidOn().isAfter(asOf))
				.filter(p -> first || !p.getPaidOn().isBefore(inForce.getEffectiveFrom()))
				.map(Payment::getAmount)
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			lines = InstallmentLine.of(due, towards, asOf);
		}
		Classification classification = inForce == null ? null : this.statuses.classify(projectId, asOf);
		List<StatusAction> actions = classification == null ? List.of()
				: this.rules.actionsOn(classification.group(), asOf);
		Map<Long, String> district = this.directory.districtLabels(List.of(project.getDistrictId()));
		String subdistrict = project.getSubdistrictId() == null ? null
				: this.directory.subdistrictLabels(List.of(project.getSubdistrictId())).get(project.getSubdistrictId());
		String village = project.getVillageId() == null ? null
				: this.directory.villageLabels(List.of(project.getVillageId())).get(project.getVillageId());
		List<Schedule> earlier = schedules.stream().filter(s -> s != inForce).collect(Collectors.toList());
		return new View(project, district.get(project.getDistrictId()), subdistrict, village,
				this.members.findByProject(projectId), contract, inForce, earlier, lines, paid,
				this.acknowledgments.findByProject(projectId), classification, actions,
				this.history.findByProject(projectId));
	}

}
