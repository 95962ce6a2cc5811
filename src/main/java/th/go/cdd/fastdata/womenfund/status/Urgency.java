package th.go.cdd.fastdata.womenfund.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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

	/**
	 * {@link #ORDER} as the database reads it from the stored classification: {@link #rank}, then the
	 * overdue amount, then the outstanding amount, largest first. The same order, because once a contract
	 * has ended everything is due (its overdue amount is its outstanding amount) and a loan that is not in
	 * default has nothing overdue.
	 */
	public static final Comparator<Classification> BY_RANK = Comparator.comparingInt(Urgency::rank)
		.thenComparing(Classification::overdueAmount, Comparator.reverseOrder())
		.thenComparing(Classification::outstandingAmount, Comparator.reverseOrder());

	private static final int TIER = 10_000_000;

	// Dates count in days from here, so every limitation end from 1900 to 4637 fits in six digits.
	private static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);

	private Urgency() {
	}

	/**
	 * The leading keys of {@link #ORDER} as one number, smaller for the more urgent, so the follow-up list
	 * is an index range scan over stored classifications instead of a sort of every debtor in scope.
	 * Tiers of ten million: 0 for a limitation warning, then the group's {@link StatusGroup#priority()};
	 * within a tier the limitation end (warned, time-barred, ended contracts) in days from 1900, times
	 * ten; the last digit is the group's priority within the warning tier.
	 * <p>
	 * The warning depends on the classification's date: a stored rank is right for the day it was
	 * computed, which is why stored classifications are computed again every night.
	 */
	public static int rank(Classification classification) {
		boolean warned = classification.limitationWarning();
		int tier = warned ? 0 : classification.group().priority();
		LocalDate date = warned ? classification.limitationEndsOn() : limitationEndIfContractOver(classification);
		long days = (date != null) ? Math.max(0, Math.min(999_999, ChronoUnit.DAYS.between(FIRST_DAY, date))) : 0;
		return tier * TIER + (int) days * 10 + (warned ? classification.group().priority() : 0);
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
