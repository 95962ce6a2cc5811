package th.go.cdd.fastdata.womenfund.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A repayment schedule (ตารางผ่อนชำระ): the contract's own, or one added by a restructuring from the
 * day it takes effect. Earlier schedules are kept as history, never overwritten.
 *
 * @param effectiveFrom the first day the schedule applies
 * @param installments at least one installment, kept in due-date order
 */
public record RepaymentSchedule(LocalDate effectiveFrom, List<ScheduledInstallment> installments) {

	public RepaymentSchedule {
		Objects.requireNonNull(effectiveFrom, "effectiveFrom");
		Objects.requireNonNull(installments, "installments");
		if (installments.isEmpty()) {
			throw new IllegalArgumentException("ตารางผ่อนชำระต้องมีอย่างน้อยหนึ่งงวด");
		}
		// Sorted once here so that classifying, which runs for every project every night, can walk
		// the installments in a single pass.
		List<ScheduledInstallment> sorted = new ArrayList<>(installments);
		sorted.sort(Comparator.comparing(ScheduledInstallment::dueOn));
		installments = List.copyOf(sorted);
	}

	/** The due date of the last installment: the day the term ends. */
	public LocalDate lastDueOn() {
		return this.installments.get(this.installments.size() - 1).dueOn();
	}

}
