package th.go.cdd.fastdata.womenfund.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Where a loan stands on one date under the schedule in force (ยอดหนี้ ณ วันที่): what was due, what was
 * paid, and the dates the status rule needs. Computed in one pass over the payments and one over the
 * installments.
 *
 * @param schedule the schedule in force on {@code asOf}
 * @param restructured whether that schedule replaced an earlier one
 * @param asOf the date of the position
 * @param due payments before a restructuring plus the installments due before {@code asOf}
 * @param paid payments on or before {@code asOf}
 * @param total payments before a restructuring plus all installments of the schedule in force
 * @param lastPaymentOn the last payment on or before {@code asOf}, {@code null} if none
 * @param firstMissedDueOn the first installment her payments do not cover and already missed, {@code null}
 * if none
 */
record Position(RepaymentSchedule schedule, boolean restructured, LocalDate asOf, BigDecimal due,
		BigDecimal paid, BigDecimal total, LocalDate lastPaymentOn, LocalDate firstMissedDueOn) {

	static Position of(LoanHistory history, LocalDate asOf) {
		List<RepaymentSchedule> schedules = history.schedules();
		int inForce = scheduleInForce(schedules, asOf);
		RepaymentSchedule schedule = schedules.get(inForce);
		boolean restructured = inForce > 0;
		// A restructuring covers what remained: what she paid before it took effect counts as already due
		// under the new schedule, so earlier arrears do not stay arrears once she pays the new installments.
		BigDecimal paidBeforeSchedule = BigDecimal.ZERO;
		BigDecimal paid = BigDecimal.ZERO;
		LocalDate lastPaymentOn = null;
		for (ReceivedPayment payment : history.payments()) {
			if (payment.paidOn().isAfter(asOf)) {
				break; // sorted by date: the rest are later still
			}
			paid = paid.add(payment.amount());
			lastPaymentOn = payment.paidOn();
			if (restructured && payment.paidOn().isBefore(schedule.effectiveFrom())) {
				paidBeforeSchedule = paidBeforeSchedule.add(payment.amount());
			}
		}
		BigDecimal cumulative = paidBeforeSchedule;
		BigDecimal due = paidBeforeSchedule;
		LocalDate firstMissedDueOn = null;
		for (ScheduledInstallment installment : schedule.installments()) {
			cumulative = cumulative.add(installment.amount());
			// Missed only from the day after the due date: paying on the due date itself is on time.
			if (installment.dueOn().isBefore(asOf)) {
				due = cumulative;
				if (firstMissedDueOn == null && cumulative.compareTo(paid) > 0) {
					firstMissedDueOn = installment.dueOn();
				}
			}
		}
		return new Position(schedule, restructured, asOf, due, paid, cumulative, lastPaymentOn, firstMissedDueOn);
	}

	// The latest schedule already in effect; before any is, the earliest, so a loan always has terms.
	private static int scheduleInForce(List<RepaymentSchedule> schedules, LocalDate asOf) {
		int inForce = 0;
		for (int i = 1; i < schedules.size() && !schedules.get(i).effectiveFrom().isAfter(asOf); i++) {
			inForce = i;
		}
		return inForce;
	}

	boolean settled() {
		return this.paid.compareTo(this.total) >= 0;
	}

	boolean inDefault() {
		return this.paid.compareTo(this.due) < 0;
	}

	LocalDate termEndsOn() {
		return this.schedule.lastDueOn();
	}

	// On the last due date itself the term is still running.
	boolean termEnded() {
		return this.asOf.isAfter(termEndsOn());
	}

	BigDecimal overdue() {
		return Amounts.notBelowZero(this.due.subtract(this.paid));
	}

	BigDecimal outstanding() {
		return Amounts.notBelowZero(this.total.subtract(this.paid));
	}

}
