package th.go.cdd.fastdata.womenfund.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;

/**
 * The order of an officer's follow-up list (ลำดับความเร่งด่วนในการติดตาม), most urgent first.
 */
public final class Urgency {

	/**
	 * Debtors with a limitation warning first, the fewest days left first: an acknowledgment signed now
	 * still saves the claim. Then the handbook's group order; within time-barred and ended contracts the
	 * earliest limitation end first, within overdue loans the largest arrears first; then the largest
	 * outstanding amount first.
	 */
	public static final Comparator<Classification> ORDER = Comparator
		.comparing((Classification classification) -> !classification.limitationWarning())
		.thenComparingLong(Urgency::daysLeftIfWarned)
		.thenComparingInt((Classification classification) -> classification.group().priority())
		.thenComparing(Urgency::limitationEndIfContractOver, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(Urgency::arrearsIfOverdue, Comparator.reverseOrder())
		.thenComparing(Classification::outstandingAmount, Comparator.reverseOrder());

	private Urgency() {
	}

	// Zero for the unwarned, who are already behind every warned debtor.
	private static long daysLeftIfWarned(Classification classification) {
		return classification.limitationWarning() ? classification.daysToLimitation() : 0;
	}

	private static LocalDate limitationEndIfContractOver(Classification classification) {
		StatusGroup group = classification.group();
		return (group == StatusGroup.TIME_BARRED || group == StatusGroup.CONTRACT_ENDED)
				? classification.limitationEndsOn() : null;
	}

	private static BigDecimal arrearsIfOverdue(Classification classification) {
		return (classification.group() == StatusGroup.OVERDUE) ? classification.overdueAmount() : BigDecimal.ZERO;
	}

}
