package th.go.cdd.fastdata.womenfund.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * The status of one loan as of a date (ผลการจัดกลุ่มสถานะลูกหนี้), with the figures and the Thai reasons
 * behind it, so an officer can check the result by hand.
 *
 * @param group the status group
 * @param asOf the date the classification is made as of
 * @param reasons short Thai sentences explaining the group, in reading order
 * @param termEndsOn the last due date of the schedule in force
 * @param lastPaymentOn the last payment on or before {@code asOf}, or {@code null} if she never paid
 * @param firstMissedDueOn the due date of the first installment not covered by her payments, or
 * {@code null} when she is not in default
 * @param limitationEndsOn the last day the claim can be enforced, or {@code null} when she is not in default
 * @param daysToLimitation days from {@code asOf} to {@code limitationEndsOn}, negative once it has passed;
 * {@code null} with it
 * @param dueToDate what she should have paid before {@code asOf}
 * @param paidToDate what she paid on or before {@code asOf}
 * @param overdueAmount what is due but not paid
 * @param outstandingAmount what remains to be paid under the schedule in force
 * @param limitationWarning whether an acknowledgment should be signed now, before the claim is lost
 */
public record Classification(StatusGroup group, LocalDate asOf, List<String> reasons, LocalDate termEndsOn,
		LocalDate lastPaymentOn, LocalDate firstMissedDueOn, LocalDate limitationEndsOn, Long daysToLimitation,
		BigDecimal dueToDate, BigDecimal paidToDate, BigDecimal overdueAmount, BigDecimal outstandingAmount,
		boolean limitationWarning) {

	/** Separates the reasons on one line, as in a table cell or the status column. */
	public static final String REASON_SEPARATOR = " · ";

	public Classification {
		Objects.requireNonNull(group, "group");
		Objects.requireNonNull(asOf, "asOf");
		reasons = List.copyOf(Objects.requireNonNull(reasons, "reasons"));
		Objects.requireNonNull(termEndsOn, "termEndsOn");
		Amounts.requireNotNegative(dueToDate, "dueToDate");
		Amounts.requireNotNegative(paidToDate, "paidToDate");
		Amounts.requireNotNegative(overdueAmount, "overdueAmount");
		Amounts.requireNotNegative(outstandingAmount, "outstandingAmount");
		// The day count is derived; keeping it checked stops a stored copy from drifting from its dates.
		Long expectedDays = (limitationEndsOn != null) ? ChronoUnit.DAYS.between(asOf, limitationEndsOn) : null;
		if (!Objects.equals(daysToLimitation, expectedDays)) {
			throw new IllegalArgumentException(
					"daysToLimitation must be the days from asOf to limitationEndsOn: " + daysToLimitation);
		}
		if (limitationWarning && (daysToLimitation == null || daysToLimitation < 0)) {
			throw new IllegalArgumentException("no limitation warning once the limitation has ended");
		}
	}

	/** The reasons on one line: "ครบกำหนดสัญญา 1 ม.ค. 2565 · ค้างชำระ 110,000.00 บาท". */
	public String reasonText() {
		return String.join(REASON_SEPARATOR, this.reasons);
	}

}
