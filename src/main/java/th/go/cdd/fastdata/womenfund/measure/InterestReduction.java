package th.go.cdd.fastdata.womenfund.measure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The default interest of one overdue principal month by month after an interest reduction is approved
 * (ลดอัตราดอกเบี้ย, handbook §5.2.4), beside what it would be at the late rate: the rates of the first
 * months, of month 3 (which the handbook leaves open) and from month 4, on time or not, are figures of
 * the version in force.
 */
public final class InterestReduction {

	/** The figures of the version in force. */
	public record Rates(int firstMonths, BigDecimal firstMonthsRate, BigDecimal month3Rate, BigDecimal onTimeRate,
			BigDecimal lateRate) {
	}

	/** One month after approval: its days, the rate that applies and the interest, and at the late rate. */
	public record Month(int number, LocalDate from, LocalDate to, long days, BigDecimal ratePercent, BigDecimal interest,
			BigDecimal interestAtLateRate, String note) {
	}

	public record Result(List<Month> months, BigDecimal total, BigDecimal totalAtLateRate, BigDecimal saving) {
	}

	private InterestReduction() {
	}

	public static Result of(Rates rates, LocalDate approvedOn, BigDecimal principal, int months, boolean paidOnTime) {
		List<Month> rows = new ArrayList<>();
		BigDecimal total = BigDecimal.ZERO;
		BigDecimal late = BigDecimal.ZERO;
		for (int n = 1; n <= months; n++) {
			// month n runs from the day after the (n-1)th monthly anniversary of the approval to the nth
			LocalDate from = approvedOn.plusMonths(n - 1).plusDays(1);
			LocalDate to = approvedOn.plusMonths(n);
			long days = ChronoUnit.DAYS.between(from, to) + 1;
			BigDecimal rate;
			String note = null;
			if (n <= rates.firstMonths()) {
				rate = rates.firstMonthsRate();
			}
			else if (n == rates.firstMonths() + 1) {
				rate = rates.month3Rate();
				note = "คู่มือไม่ระบุอัตราของเดือนนี้: ใช้ค่าที่บันทึกในฉบับประกาศ";
			}
			else {
				rate = paidOnTime ? rates.onTimeRate() : rates.lateRate();
			}
			BigDecimal interest = interest(principal, rate, days);
			BigDecimal atLate = interest(principal, rates.lateRate(), days);
			total = total.add(interest);
			late = late.add(atLate);
			rows.add(new Month(n, from, to, days, rate, interest, atLate, note));
		}
		return new Result(List.copyOf(rows), total, late, late.subtract(total));
	}

	private static BigDecimal interest(BigDecimal principal, BigDecimal ratePercent, long days) {
		return principal.multiply(ratePercent)
			.multiply(BigDecimal.valueOf(days))
			.divide(BigDecimal.valueOf(36500), 2, RoundingMode.HALF_UP);
	}

}
