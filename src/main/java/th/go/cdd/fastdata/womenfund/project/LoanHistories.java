package th.go.cdd.fastdata.womenfund.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
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

	private final NamedParameterJdbcTemplate jdbc;

	LoanHistories(InstallmentRepository installments, PaymentRepository payments,
			AcknowledgmentRepository acknowledgments, NamedParameterJdbcTemplate jdbc) {
		this.installments = installments;
		this.payments = payments;
		this.acknowledgments = acknowledgments;
		this.jdbc = jdbc;
	}

	/**
	 * The loan history of each project id that has a contract with at least one installment. Through
	 * JPA: a caller's unsaved changes (a payment just recorded) are flushed before these queries.
	 */
	@Transactional(readOnly = true)
	Map<Long, LoanHistory> of(Collection<Long> projectIds) {
		Assembly assembly = new Assembly();
		for (Object[] row : this.installments.findFactsByProjects(projectIds)) {
			assembly.installment((Long) row[0], (Long) row[1], (LocalDate) row[2], (LocalDate) row[3], (BigDecimal) row[4]);
		}
		for (Object[] row : this.payments.findFactsByProjects(projectIds)) {
			assembly.payment((Long) row[0], (LocalDate) row[1], (BigDecimal) row[2]);
		}
		for (Object[] row : this.acknowledgments.findFactsByProjects(projectIds)) {
			assembly.acknowledgment((Long) row[0], (AcknowledgmentKind) row[1], (LocalDate) row[2]);
		}
		return assembly.histories();
	}

	/**
	 * The same for the projects of a run over many ({@link ProjectBatch}), by plain JDBC: for a dense batch
	 * each table is read by one index range of project ids (contracts, payments and acknowledgments by
	 * their project index, schedules and installments after them in the order they were stored), where a
	 * list of 500 ids costs 500 index descents per table. Only for a transaction with no unsaved changes:
	 * these statements do not flush JPA's.
	 */
	Map<Long, LoanHistory> of(ProjectBatch batch) {
		Assembly assembly = new Assembly();
		Map<String, Object> params = batch.params();
		this.jdbc.query("select c.project_id, s.id, s.effective_from, i.due_on, i.amount from wf_contract c"
				+ " join wf_schedule s on s.contract_id = c.id join wf_installment i on i.schedule_id = s.id where "
				+ batch.where("c.project_id") + " order by s.id, i.seq", params,
				(RowCallbackHandler) rs -> assembly.installment(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class),
						rs.getObject(4, LocalDate.class), rs.getBigDecimal(5)));
		this.jdbc.query("select project_id, paid_on, amount from wf_payment where " + batch.where("project_id"), params,
				(RowCallbackHandler) rs -> assembly.payment(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getBigDecimal(3)));
		this.jdbc.query("select project_id, kind, signed_on from wf_acknowledgment where " + batch.where("project_id"),
				params, (RowCallbackHandler) rs -> assembly.acknowledgment(rs.getLong(1), AcknowledgmentKind.valueOf(rs.getString(2)),
						rs.getObject(3, LocalDate.class)));
		return assembly.histories();
	}

	/** Rows of the three tables, in any order of projects, put together per project. */
	private static final class Assembly {

		private final Map<Long, LocalDate> effectiveFrom = new HashMap<>();

		private final Map<Long, Map<Long, List<ScheduledInstallment>>> installmentsByProject = new HashMap<>();

		private final Map<Long, List<ReceivedPayment>> paymentsByProject = new HashMap<>();

		private final Map<Long, List<SignedAcknowledgment>> acknowledgmentsByProject = new HashMap<>();

		void installment(Long projectId, Long scheduleId, LocalDate scheduleFrom, LocalDate dueOn, BigDecimal amount) {
			this.effectiveFrom.put(scheduleId, scheduleFrom);
			this.installmentsByProject.computeIfAbsent(projectId, id -> new HashMap<>())
				.computeIfAbsent(scheduleId, id -> new ArrayList<>())
				.add(new ScheduledInstallment(dueOn, amount));
		}

		void payment(Long projectId, LocalDate paidOn, BigDecimal amount) {
			this.paymentsByProject.computeIfAbsent(projectId, id -> new ArrayList<>())
				.add(new ReceivedPayment(paidOn, amount));
		}

		void acknowledgment(Long projectId, AcknowledgmentKind kind, LocalDate signedOn) {
			this.acknowledgmentsByProject.computeIfAbsent(projectId, id -> new ArrayList<>())
				.add(new SignedAcknowledgment(kind, signedOn));
		}

		Map<Long, LoanHistory> histories() {
			Map<Long, LoanHistory> histories = new HashMap<>();
			this.installmentsByProject.forEach((projectId, bySchedule) -> {
				List<RepaymentSchedule> schedules = new ArrayList<>();
				bySchedule.forEach((scheduleId, list) -> schedules
					.add(new RepaymentSchedule(this.effectiveFrom.get(scheduleId), list)));
				histories.put(projectId, new LoanHistory(schedules,
						this.paymentsByProject.getOrDefault(projectId, List.of()),
						this.acknowledgmentsByProject.getOrDefault(projectId, List.of())));
			});
			return histories;
		}

	}

}
