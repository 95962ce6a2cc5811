package th.go.cdd.fastdata.womenfund.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import th.go.cdd.fastdata.thai.ThaiDates;

/**
 * The limitation period (อายุความ) of a loan in default: the last day the fund can still enforce the
 * claim, and notes on the acknowledgments that moved it.
 * <p>
 * The period runs from the last payment, or from the first missed installment if she never paid
 * (handbook §5 step 2). A debt acknowledgment signed before it runs out starts it again (§193/14); an
 * acknowledgment of liability signed after it ran out gives a new, shorter period (§193/35).
 *
 * @param endsOn the last day the claim can be enforced
 * @param notes Thai reasons for acknowledgments that moved the end, or that came too late to count
 */
record LimitationPeriod(LocalDate endsOn, List<String> notes) {

	static LimitationPeriod of(Position position, List<SignedAcknowledgment> acknowledgments, StatusRule rule) {
		LocalDate asOf = position.asOf();
		LocalDate start = (position.lastPaymentOn() != null) ? position.lastPaymentOn() : position.firstMissedDueOn();
		LocalDate end = start.plusYears(rule.limitationYears());
		// One pass in date order: each acknowledgment meets the period as it stood when it was signed,
		// so a debt acknowledgment signed inside a period a liability acknowledgment reopened counts.
		// Only the acknowledgment that set the current end is worth a reason; earlier ones are superseded.
		String endNote = null;
		String lateDebtNote = null;
		for (SignedAcknowledgment acknowledgment : acknowledgments) {
			LocalDate signedOn = acknowledgment.signedOn();
			if (signedOn.isAfter(asOf)) {
				break; // sorted by date: not signed yet on the classification date
			}
			if (acknowledgment.kind() == AcknowledgmentKind.DEBT) {
				if (signedOn.isAfter(end)) {
					lateDebtNote = AcknowledgmentKind.DEBT.label() + " " + ThaiDates.shortDate(signedOn)
							+ " ลงนามหลังครบอายุความ จึงไม่เริ่มนับใหม่";
					continue;
				}
				LocalDate restarted = signedOn.plusYears(rule.limitationYears());
				if (restarted.isAfter(end)) {
					end = restarted;
					endNote = "ลงนาม" + AcknowledgmentKind.DEBT.label() + " " + ThaiDates.shortDate(signedOn)
							+ " เริ่มนับอายุความใหม่";
				}
			}
			else if (signedOn.isAfter(end)) {
				// a liability acknowledgment signed while the period still ran changes nothing
				end = signedOn.plusYears(rule.liabilityAcknowledgmentYears());
				endNote = "ลงนาม" + AcknowledgmentKind.LIABILITY.label() + " " + ThaiDates.shortDate(signedOn)
						+ " มีอายุความ " + rule.liabilityAcknowledgmentYears() + " ปีถึง " + ThaiDates.shortDate(end);
				lateDebtNote = null;
			}
		}
		List<String> notes = new ArrayList<>(2);
		addIfPresent(notes, lateDebtNote);
		addIfPresent(notes, endNote);
		return new LimitationPeriod(end, List.copyOf(notes));
	}

	private static void addIfPresent(List<String> notes, String note) {
		if (note != null) {
			notes.add(note);
		}
	}

}
