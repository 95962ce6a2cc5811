package th.go.cdd.fastdata.thai;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.chrono.ThaiBuddhistDate;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Buddhist Era dates (วันที่แบบ พ.ศ.): formatting for display and lenient parsing of what users type.
 * <p>
 * Formatting is done by hand rather than with a {@code DateTimeFormatter} and the Thai locale, because the
 * JDK's Thai month abbreviations and era handling vary between CLDR versions and we need the exact
 * forms used in government documents ("25 พ.ย. 2569").
 */
public final class ThaiDates {

	/** All office work happens in Thailand; times are shown in this zone whatever the server's zone is. */
	public static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

	/** Shown in place of a missing value, so an empty table cell is visibly empty rather than blank. */
	static final String MISSING = "–";

	static final int BUDDHIST_ERA_OFFSET = 543;

	private static final List<String> SHORT_MONTHS = List.of("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
			"ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.");

	private static final List<String> LONG_MONTHS = List.of("มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน",
			"พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม");

	// Years from 2400 are B.E. and up to 2300 are C.E.; the gap between them matches neither era for
	// any date we store, so a year there is more likely a typo than a real date.
	private static final int MIN_BUDDHIST_YEAR = 2400;

	private static final int MAX_CHRISTIAN_YEAR = 2300;

	private static final String EXAMPLE = "(รูปแบบที่รับ เช่น 25/11/2569)";

	// The separator is captured and repeated so that "25/11-2569" is rejected rather than guessed at.
	private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})");

	private static final Pattern YEAR_MONTH_DAY = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

	private static final Pattern DAY_MONTH_NAME_YEAR = Pattern.compile("(\\d{1,2})\\s+(\\S+)\\s+(\\d{4})");

	private ThaiDates() {
	}

	/** "25 พ.ย. 2569"; {@code null} gives "–". */
	public static String shortDate(LocalDate date) {
		if (date == null) {
			return MISSING;
		}
		return date.getDayOfMonth() + " " + SHORT_MONTHS.get(date.getMonthValue() - 1) + " " + buddhistYear(date);
	}

	/** "25 พฤศจิกายน 2569"; {@code null} gives "–". */
	public static String longDate(LocalDate date) {
		if (date == null) {
			return MISSING;
		}
		return date.getDayOfMonth() + " " + LONG_MONTHS.get(date.getMonthValue() - 1) + " " + buddhistYear(date);
	}

	/** "25 พ.ย. 2569 14:05 น." in Bangkok time; {@code null} gives "–". */
	public static String shortDateTime(Instant instant) {
		if (instant == null) {
			return MISSING;
		}
		return shortDateTime(LocalDateTime.ofInstant(instant, BANGKOK));
	}

	/** "25 พ.ย. 2569 14:05 น."; the value is taken to be Bangkok local time already. {@code null} gives "–". */
	public static String shortDateTime(LocalDateTime dateTime) {
		if (dateTime == null) {
			return MISSING;
		}
		return shortDate(dateTime.toLocalDate())
				+ String.format(Locale.ROOT, " %02d:%02d น.", dateTime.getHour(), dateTime.getMinute());
	}

	/** The Buddhist Era year (ปี พ.ศ.), i.e. the Christian year + 543. */
	public static int buddhistYear(LocalDate date) {
		return ThaiBuddhistDate.from(date).get(ChronoField.YEAR);
	}

	/** "พ.ย. 69": a month on a chart's axis, the B.E. year in two digits. */
	public static String shortMonth(java.time.YearMonth month) {
		int year = buddhistYear(month.atDay(1));
		return SHORT_MONTHS.get(month.getMonthValue() - 1) + " " + String.format("%02d", year % 100);
	}

	/** "พฤศจิกายน 2569". */
	public static String longMonth(java.time.YearMonth month) {
		return LONG_MONTHS.get(month.getMonthValue() - 1) + " " + buddhistYear(month.atDay(1));
	}

	/** Today's date in Bangkok, which differs from the server's date between 17:00 and 24:00 UTC. */
	public static LocalDate today() {
		return LocalDate.now(BANGKOK);
	}

	/**
	 * Parses a date typed by a user: "25/11/2569", "25/11/2026", "25-11-2569", "25.11.2569", "2569-11-25",
	 * "2026-11-25", "25 พ.ย. 2569" or "25 พฤศจิกายน 2569". A year from 2400 is read as B.E., up to 2300 as
	 * C.E.
	 * @throws ThaiDateParseException with a Thai message fit to show the user
	 */
	public static LocalDate parse(String text) {
		if (text == null || text.isBlank()) {
			throw new ThaiDateParseException("กรุณาระบุวันที่ " + EXAMPLE);
		}
		String input = text.strip();
		Matcher matcher = DAY_MONTH_YEAR.matcher(input);
		if (matcher.matches()) {
			return toDate(input, matcher.group(4), Integer.parseInt(matcher.group(3)), matcher.group(1));
		}
		matcher = YEAR_MONTH_DAY.matcher(input);
		if (matcher.matches()) {
			return toDate(input, matcher.group(1), Integer.parseInt(matcher.group(2)), matcher.group(3));
		}
		matcher = DAY_MONTH_NAME_YEAR.matcher(input);
		if (matcher.matches()) {
			return toDate(input, matcher.group(3), monthOf(input, matcher.group(2)), matcher.group(1));
		}
		throw invalid(input);
	}

	private static int monthOf(String input, String name) {
		int month = SHORT_MONTHS.indexOf(name);
		if (month < 0) {
			month = LONG_MONTHS.indexOf(name);
		}
		if (month < 0) {
			throw invalid(input);
		}
		return month + 1;
	}

	private static LocalDate toDate(String input, String yearText, int month, String dayText) {
		int year = Integer.parseInt(yearText);
		if (year >= MIN_BUDDHIST_YEAR) {
			year -= BUDDHIST_ERA_OFFSET;
		}
		else if (year > MAX_CHRISTIAN_YEAR) {
			throw new ThaiDateParseException(
					"ปีไม่ถูกต้อง: " + input + " (ใช้ปี พ.ศ. เช่น 2569 หรือ ค.ศ. เช่น 2026)");
		}
		try {
			return LocalDate.of(year, month, Integer.parseInt(dayText));
		}
		catch (DateTimeException ex) {
			throw invalid(input);
		}
	}

	private static ThaiDateParseException invalid(String input) {
		return new ThaiDateParseException("วันที่ไม่ถูกต้อง: " + input + " " + EXAMPLE);
	}

}
