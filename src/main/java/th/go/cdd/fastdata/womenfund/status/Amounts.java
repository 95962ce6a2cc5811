package th.go.cdd.fastdata.womenfund.status;

import java.math.BigDecimal;
import java.util.Objects;

/** Checks on money amounts shared by the records of this package. */
final class Amounts {

	private Amounts() {
	}

	static void requirePositive(BigDecimal amount, String message) {
		Objects.requireNonNull(amount, "amount");
		if (amount.signum() <= 0) {
			throw new IllegalArgumentException(message + ": " + amount.toPlainString());
		}
	}

	static void requireNotNegative(BigDecimal amount, String name) {
		Objects.requireNonNull(amount, name);
		if (amount.signum() < 0) {
			throw new IllegalArgumentException(name + " must not be negative: " + amount.toPlainString());
		}
	}

	static BigDecimal notBelowZero(BigDecimal amount) {
		return (amount.signum() < 0) ? BigDecimal.ZERO : amount;
	}

}
