package th.go.cdd.fastdata.womenfund.project;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.go.cdd.fastdata.audit.AuditLog;

/**
 * A new repayment schedule for a contract (ตารางผ่อนชำระใหม่), as an approved restructuring gives one.
 * Earlier schedules stay as history; from its first day the debtor is judged on the new one, so she
 * counts as NORMAL while she pays on it.
 */
@Service
public class ProjectSchedules {

	private final ContractRepository contracts;

	private final ScheduleRepository schedules;

	private final InstallmentRepository installments;

	private final ProjectStatuses statuses;

	private final AuditLog audit;

	ProjectSchedules(ContractRepository contracts, ScheduleRepository schedules, InstallmentRepository installments,
			ProjectStatuses statuses, AuditLog audit) {
		this.contracts = contracts;
		this.schedules = schedules;
		this.installments = installments;
		this.statuses = statuses;
		this.audit = audit;
	}

	/** Adds the schedule in the caller's transaction and re-classifies the project. */
	@Transactional
	public Schedule restructure(Long projectId, LocalDate effectiveFrom, RepaymentPlan plan, String reason) {
		Contract contract = this.contracts.findByProject(projectId)
			.orElseThrow(() -> new IllegalArgumentException("โครงการนี้ยังไม่มีสัญญา จึงปรับโครงสร้างหนี้ไม่ได้"));
		// one schedule per day: two would leave the schedule in force undecided
		if (contract.getSchedules().stream().anyMatch(s -> s.getEffectiveFrom().equals(effectiveFrom))) {
			throw new IllegalArgumentException("สัญญานี้มีตารางผ่อนชำระที่เริ่มใช้วันเดียวกันอยู่แล้ว");
		}
		Schedule schedule = this.schedules.save(new Schedule(contract, effectiveFrom, reason));
		int seq = 1;
		for (RepaymentPlan.Due due : plan.installments()) {
			// the installment adds itself to the schedule, so the classification below sees it
			this.installments.save(new Installment(schedule, seq++, due.dueOn(), due.amount()));
		}
		this.audit.created("Schedule", schedule.getId(), "ตารางผ่อนชำระใหม่ของสัญญา " + contract.getNumber() + ": " + reason,
				plan.installments().size() + " งวด รวม " + plan.total() + " บาท เริ่ม " + effectiveFrom);
		this.statuses.refresh(List.of(projectId));
		return schedule;
	}

}
