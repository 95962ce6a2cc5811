package th.go.cdd.fastdata.womenfund.project;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The installments of a new schedule: given one by one (from LM or the API), or as equal
 * installments the officer asks for (a first due date, how many, how many months apart).
 */
public record RepaymentPlan(List<Due> installments) {

	/** One installment: due on a date, an amount in baht. */
	public record Due(LocalDate dueOn, BigDecimal amount) {
	}

	/** The intervals the form offers: monthly, quarterly, half-yearly, yearly. */
	static final List<Integer> INTERVALS = List.of(1, 3, 6, 12);

	/**
	 * Equal installments; cents are rounded down and the last takes the remainder, so the total is
	 * exactly the contract's amount. Each due date counts months from the first, so a 31st becomes
	 * the month's last day without drifting.
	 */
	public static RepaymentPlan equal(BigDecimal total, LocalDate firstDueOn, int count, int intervalMonths) {
		BigDecimal each = total.divide(BigDecimal.valueOf(count), 2, RoundingMode.DOWN);
		List<Due> installments = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			BigDecimal amount = (i < count - 1) ? each : total.subtract(each.multiply(BigDecimal.valueOf(count - 1)));
			installments.add(new Due(firstDueOn.plusMonths((long) i * intervalMonths), amount));
		}
		return new RepaymentPlan(List.copyOf(installments));
	}

	public LocalDate lastDueOn() {
		return this.installments.get(this.installments.size() - 1).dueOn();
	}

	public BigDecimal total() {
		return this.installments.stream().map(Due::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
