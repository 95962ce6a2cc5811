package th.go.cdd.fastdata.womenfund.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One installment of a repayment schedule (งวดชำระ): the amount due on a date.
 *
 * @param dueOn the last day she may pay it without being in default
 * @param amount the amount due, more than zero
 */
public record ScheduledInstallment(LocalDate dueOn, BigDecimal amount) {

	public ScheduledInstallment {
		Objects.requireNonNull(dueOn, "dueOn");
		Amounts.requirePositive(amount, "ยอดเงินงวดต้องมากกว่าศูนย์");
	}

}
