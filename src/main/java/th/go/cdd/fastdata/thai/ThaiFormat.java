package th.go.cdd.fastdata.thai;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * The {@code #thai} expression object (ตัวช่วยจัดรูปแบบแบบไทยในเทมเพลต): Thai formatting for templates, e.g.
 * {@code [[${#thai.date(loan.dueDate)}]]} or {@code th:text="${#thai.money(loan.balance)}"}.
 * <p>
 * Every method accepts {@code null} and returns "–", so templates need no null checks.
 */
public class ThaiFormat {

	private final Clock clock;

	/** Uses the system clock; "today" is always Bangkok's today. */
	public ThaiFormat() {
		this(Clock.system(ThaiDates.BANGKOK));
	}

	/** For tests that need a fixed "today". */
	public ThaiFormat(Clock clock) {
		this.clock = Objects.requireNonNull(clock, "clock");
	}

	/** "25 พ.ย. 2569". */
	public String date(LocalDate date) {
		return ThaiDates.shortDate(date);
	}

	/** "25 พฤศจิกายน 2569". */
	public String dateLong(LocalDate date) {
		return ThaiDates.longDate(date);
	}

	/** "25 พ.ย. 2569 14:05 น." in Bangkok time. */
	public String dateTime(Instant instant) {
		return ThaiDates.shortDateTime(instant);
	}

	/** "25 พ.ย. 2569 14:05 น.". */
	public String dateTime(LocalDateTime dateTime) {
		return ThaiDates.shortDateTime(dateTime);
	}

	/** "1,234.50 บาท". */
	public String money(BigDecimal value) {
		return Baht.format(value);
	}

	/** "1,234.50". */
	public String amount(BigDecimal value) {
		return Baht.amount(value);
	}

	/** "ปีงบประมาณ 2569" for the fiscal year the date falls in. */
	public String fiscalYear(LocalDate date) {
		return (date != null) ? FiscalYear.of(date).label() : ThaiDates.MISSING;
	}

	/** "ปีงบประมาณ 2569" for today in Bangkok. */
	public String fiscalYear() {
		return FiscalYear.of(today(this.clock)).label();
	}

	/** Today in Bangkok as "25 พ.ย. 2569". */
	public String today() {
		return ThaiDates.shortDate(today(this.clock));
	}

	/**
	 * "1-2345-xxxxx-xx-1". A stored value that is not a valid ID is still masked, keeping only its first
	 * and last characters, because a mistyped ID is usually one digit away from the real one.
	 */
	public String nationalIdMasked(String value) {
		if (value == null || value.isBlank()) {
			return ThaiDates.MISSING;
		}
		if (NationalId.isValid(value)) {
			return NationalId.parse(value).masked();
		}
		String raw = value.strip();
		return (raw.length() <= 2) ? "x".repeat(raw.length())
				: raw.charAt(0) + "x".repeat(raw.length() - 2) + raw.charAt(raw.length() - 1);
	}

	/** "1-2345-67890-12-1"; a value that is not a valid ID is shown as stored so that it can be corrected. */
	public String nationalIdFull(String value) {
		if (value == null || value.isBlank()) {
			return ThaiDates.MISSING;
		}
		return NationalId.isValid(value) ? NationalId.parse(value).formatted() : value;
	}

	private static LocalDate today(Clock clock) {
		return LocalDate.ofInstant(clock.instant(), ThaiDates.BANGKOK);
	}

}
