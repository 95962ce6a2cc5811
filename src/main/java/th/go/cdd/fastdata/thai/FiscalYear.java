package th.go.cdd.fastdata.thai;

import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Objects;

/**
 * A government fiscal year (ปีงบประมาณ), named by its Buddhist Era year N and running from 1 October of
 * N-1 to 30 September of N: ปีงบประมาณ 2569 is 1 Oct 2025 – 30 Sep 2026.
 *
 * @param buddhistYear the B.E. year that names the fiscal year, e.g. 2569
 */
public record FiscalYear(int buddhistYear) implements Comparable<FiscalYear> {

	// Same B.E. threshold as ThaiDates.parse; the check catches a C.E. year (2026) passed by mistake,
	// which would otherwise silently mean a fiscal year 543 years in the past.
	private static final int MIN_BUDDHIST_YEAR = 2400;

	private static final int MAX_BUDDHIST_YEAR = 9999;

	public FiscalYear {
		if (buddhistYear < MIN_BUDDHIST_YEAR || buddhistYear > MAX_BUDDHIST_YEAR) {
			throw new IllegalArgumentException("ปีงบประมาณต้องเป็นปี พ.ศ. เช่น 2569: " + buddhistYear);
		}
	}

	/** The fiscal year the date falls in: October to December belong to the next year's budget. */
	public static FiscalYear of(LocalDate date) {
		Objects.requireNonNull(date, "date");
		int year = ThaiDates.buddhistYear(date);
		return new FiscalYear(date.getMonthValue() >= Month.OCTOBER.getValue() ? year + 1 : year);
	}

	/** 1 October of the previous C.E. year. */
	public LocalDate firstDay() {
		return LocalDate.of(christianYear() - 1, Month.OCTOBER, 1);
	}

	/** 30 September of this C.E. year. */
	public LocalDate lastDay() {
		return LocalDate.of(christianYear(), Month.SEPTEMBER, 30);
	}

	/** Whether the date lies in this fiscal year, both edges included. */
	public boolean contains(LocalDate date) {
		Objects.requireNonNull(date, "date");
		return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
	}

	public FiscalYear previous() {
		return new FiscalYear(this.buddhistYear - 1);
	}

	public FiscalYear next() {
		return new FiscalYear(this.buddhistYear + 1);
	}

	/** "ปีงบประมาณ 2569". */
	public String label() {
		return "ปีงบประมาณ " + this.buddhistYear;
	}

	/** "ปีงบ 69", for table headers and charts where the full label does not fit. */
	public String shortLabel() {
		return String.format(Locale.ROOT, "ปีงบ %02d", this.buddhistYear % 100);
	}

	@Override
	public int compareTo(FiscalYear other) {
		return Integer.compare(this.buddhistYear, other.buddhistYear);
	}

	private int christianYear() {
		return this.buddhistYear - ThaiDates.BUDDHIST_ERA_OFFSET;
	}

}
