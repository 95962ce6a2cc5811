package th.go.cdd.fastdata.womenfund.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import th.go.cdd.fastdata.womenfund.status.AcknowledgmentKind;
import th.go.cdd.fastdata.womenfund.status.LoanHistory;
import th.go.cdd.fastdata.womenfund.status.ReceivedPayment;
import th.go.cdd.fastdata.womenfund.status.RepaymentSchedule;
import th.go.cdd.fastdata.womenfund.status.ScheduledInstallment;
import th.go.cdd.fastdata.womenfund.status.SignedAcknowledgment;

/**
 * Reads what the status rule needs (schedules, payments, acknowledgments) for many projects
 * at once: three queries per batch, never a round trip per project. Values, not entities: a
 * batch of 500 projects has ~12,000 installments, which as managed entities would be
 * dirty-checked at every flush of the reclassification.
 */
@Component
class LoanHistories {

	private final InstallmentRepository installments;

	private final PaymentRepository payments;

	private final AcknowledgmentRepository acknowledgments;

	LoanHistories(InstallmentRepository installments, PaymentRepository payments,
			AcknowledgmentRepository acknowledgments) {
		this.installments = installments;
		this.payments = payments;
		this.acknowledgments = acknowledgments;
	}

	/** The loan history of each project id that has a contract with at least one installment. */
	@Transactional(readOnly = true)
	Map<Long, LoanHistory> of(Collection<Long> projectIds) {
		Map<Long, LocalDate> effectiveFrom = new HashMap<>();
		Map<Long, Map<Long, List<ScheduledInstallment>>> installmentsByProject = new HashMap<>();
		for (Object[] row : this.installments.findFactsByProjects(projectIds)) {
			Long scheduleId = (Long) row[1];
			effectiveFrom.put(scheduleId, (LocalDate) row[2]);
			installmentsByProject.computeIfAbsent((Long) row[0], id -> new HashMap<>())
				.computeIfAbsent(scheduleId, id -> new ArrayList<>())
				.add(new ScheduledInstallment((LocalDate) row[3], (BigDecimal) row[4]));
		}
		Map<Long, List<ReceivedPayment>> paymentsByProject = new HashMap<>();
		for (Object[] row : this.payments.findFactsByProjects(projectIds)) {
			paymentsByProject.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
				.add(new ReceivedPayment((LocalDate) row[1], (BigDecimal) row[2]));
		}
		Map<Long, List<SignedAcknowledgment>> acknowledgmentsByProject = new HashMap<>();
		for (Object[] row : this.acknowledgments.findFactsByProjects(projectIds)) {
			acknowledgmentsByProject.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
				.add(new SignedAcknowledgment((AcknowledgmentKind) row[1], (LocalDate) row[2]));
		}
		Map<Long, LoanHistory> histories = new HashMap<>();
		installmentsByProject.forEach((projectId, bySchedule) -> {
			List<RepaymentSchedule> schedules = new ArrayList<>();
			bySchedule.forEach((scheduleId, list) -> schedules.add(new RepaymentSchedule(effectiveFrom.get(scheduleId), list)));
			histories.put(projectId, new LoanHistory(schedules, paymentsByProject.getOrDefault(projectId, List.of()),
					acknowledgmentsByProject.getOrDefault(projectId, List.of())));
		});
		return histories;
	}

}
