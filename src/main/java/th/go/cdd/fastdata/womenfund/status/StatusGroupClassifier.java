package th.go.cdd.fastdata.womenfund.status;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The status rule (เกณฑ์จัดกลุ่มสถานะลูกหนี้): puts a loan into its {@link StatusGroup} as of an explicit
 * date, never "today", so a nightly run, a report for a past date and a test all give the same answer.
 * <p>
 * Linear in the size of the history and free of shared state, so it can run over every project in one
 * batch and from several threads.
 */
public final class StatusGroupClassifier {

	private StatusGroupClassifier() {
	}

	/**
	 * Classifies the loan as of {@code asOf}: payments and acknowledgments after that date are ignored, and
	 * an installment is missed only from the day after its due date.
	 */
	public static Classification classify(LoanHistory history, StatusRule rule, LocalDate asOf) {
		Objects.requireNonNull(history, "history");
		Objects.requireNonNull(rule, "rule");
		Objects.requireNonNull(asOf, "asOf");
		Position position = Position.of(history, asOf);
		LimitationPeriod limitation = position.inDefault()
				? LimitationPeriod.of(position, history.acknowledgments(), rule) : null;
		LocalDate limitationEndsOn = (limitation != null) ? limitation.endsOn() : null;
		Long daysToLimitation = (limitation != null) ? ChronoUnit.DAYS.between(asOf, limitationEndsOn) : null;
		StatusGroup group = group(position, limitationEndsOn);
		boolean warning = (group == StatusGroup.CONTRACT_ENDED || group == StatusGroup.OVERDUE)
				&& daysToLimitation >= 0 && daysToLimitation <= rule.warningDays();
		return new Classification(group, asOf, Reasons.of(group, position, limitation, daysToLimitation),
				position.termEndsOn(), position.lastPaymentOn(), position.firstMissedDueOn(), limitationEndsOn,
				daysToLimitation, position.due(), position.paid(), position.overdue(), position.outstanding(), warning);
	}

	private static StatusGroup group(Position position, LocalDate limitationEndsOn) {
		if (position.settled()) {
			return StatusGroup.SETTLED;
		}
		if (!position.inDefault()) {
			// Not in default yet not settled means an installment is still to come, so the term is running.
			return StatusGroup.NORMAL;
		}
		if (!position.termEnded()) {
			return StatusGroup.OVERDUE;
		}
		return position.asOf().isAfter(limitationEndsOn) ? StatusGroup.TIME_BARRED : StatusGroup.CONTRACT_ENDED;
	}

}
