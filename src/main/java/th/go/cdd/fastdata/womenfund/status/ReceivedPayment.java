package th.go.cdd.fastdata.womenfund.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A payment the fund received (การรับชำระเงิน), from a receipt, Bill Payment or LM.
 *
 * @param paidOn the day the money was received
 * @param amount the amount received, more than zero
 */
public record ReceivedPayment(LocalDate paidOn, BigDecimal amount) {

	public ReceivedPayment {
		Objects.requireNonNull(paidOn, "paidOn");
		Amounts.requirePositive(amount, "ยอดเงินที่รับชำระต้องมากกว่าศูนย์");
	}

}
