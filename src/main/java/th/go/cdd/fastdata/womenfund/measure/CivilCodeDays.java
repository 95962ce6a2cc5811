package th.go.cdd.fastdata.womenfund.measure;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Counting days as the Civil and Commercial Code does (ป.พ.พ. มาตรา 193/3): the day of the
 * reference event itself is not counted, so "within 30 days of a letter dated 1 January" runs
 * from 2 January and ends at the end of 31 January.
 */
public final class CivilCodeDays {

	private CivilCodeDays() {
	}

	/** The last day of a period of {@code days} days after {@code reference}. */
	public static LocalDate lastDayWithin(LocalDate reference, int days) {
		return reference.plusDays(days);
	}

	/** The day of the period that {@code day} is: 1 for the day after the reference, 0 for the reference itself. */
	public static long dayOfPeriod(LocalDate reference, LocalDate day) {
		return ChronoUnit.DAYS.between(reference, day);
	}

	/** Whether {@code day} falls within {@code days} days after {@code reference} (on or after the reference). */
	public static boolean within(LocalDate reference, int days, LocalDate day) {
		return !day.isBefore(reference) && !day.isAfter(lastDayWithin(reference, days));
	}

}
