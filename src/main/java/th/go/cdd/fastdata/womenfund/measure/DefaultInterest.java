package th.go.cdd.fastdata.womenfund.measure;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Default interest (ดอกเบี้ยผิดนัด) computed by day on the overdue principal, at an annual rate over a
 * 365-day year. An installment is overdue from the day after its due date (the due day itself is not
 * counted, Civil and Commercial Code §193/3); a payment lowers the overdue principal from the day it is
 * made. Payments go to principal here, as the registry records them; the Code's order of §329
 * (costs, then interest, then principal) is for the officer to apply when she settles an account.
 */
public final class DefaultInterest {

	/** An installment of the schedule in force. */
	public record Due(LocalDate dueOn, BigDecimal amount) {
	}

	/** A payment received. */
	public record Paid(LocalDate paidOn, BigDecimal amount) {
	}

	/** A stretch of days with the same overdue principal: from and to inclusive. */
	public record Stretch(LocalDate from, LocalDate to, long days, BigDecimal overduePrincipal, BigDecimal interest) {
	}

	/** The interest owed on {@code asOf}, with each stretch that makes it, rounded to satang at the end. */
	public record Result(LocalDate asOf, BigDecimal annualRatePercent, BigDecimal overduePrincipal, BigDecimal interest,
			List<Stretch> stretches) {
	}

	private static final BigDecimal YEAR = BigDecimal.valueOf(365);

	private static final MathContext EXACT = MathContext.DECIMAL64;

	private DefaultInterest() {
	}

	public static Result accrued(List<Due> dues, List<Paid> payments, BigDecimal annualRatePercent, LocalDate asOf) {
		// the days on which the overdue principal changes: the day after each due date, each payment day
		TreeSet<LocalDate> changes = new TreeSet<>();
		dues.forEach(d -> changes.add(d.dueOn().plusDays(1)));
		payments.forEach(p -> changes.add(p.paidOn()));
		changes.add(asOf.plusDays(1));
		List<Stretch> stretches = new ArrayList<>();
		BigDecimal exactTotal = BigDecimal.ZERO;
		LocalDate from = null;
		for (LocalDate change : changes) {
			if (change.isAfter(asOf.plusDays(1))) {
				break;
			}
			if (from != null && change.isAfter(from)) {
				BigDecimal principal = overdueOn(from, dues, payments);
				if (principal.signum() > 0) {
					long days = ChronoUnit.DAYS.between(from, change);
					BigDecimal exact = principal.multiply(annualRatePercent)
						.multiply(BigDecimal.valueOf(days))
						.divide(YEAR.multiply(BigDecimal.valueOf(100)), EXACT);
					exactTotal = exactTotal.add(exact);
					stretches.add(new Stretch(from, change.minusDays(1), days, principal, exact.setScale(2, RoundingMode.HALF_UP)));
				}
			}
			from = change;
		}
		return new Result(asOf, annualRatePercent, overdueOn(asOf, dues, payments), exactTotal.setScale(2, RoundingMode.HALF_UP),
				List.copyOf(stretches));
	}

	// what was due before the day and is still unpaid at the end of it
	private static BigDecimal overdueOn(LocalDate day, List<Due> dues, List<Paid> payments) {
		BigDecimal due = dues.stream().filter(d -> d.dueOn().isBefore(day)).map(Due::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal paid = payments.stream()
			.filter(p -> !p.paidOn().isAfter(day))
			.map(Paid::amount)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		return due.subtract(paid).max(BigDecimal.ZERO);
	}

}
