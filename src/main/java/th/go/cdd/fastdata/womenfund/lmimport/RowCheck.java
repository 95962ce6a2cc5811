package th.go.cdd.fastdata.womenfund.lmimport;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.Map;

import th.go.cdd.fastdata.thai.Baht;
import th.go.cdd.fastdata.thai.BahtParseException;
import th.go.cdd.fastdata.thai.InvalidNationalIdException;
import th.go.cdd.fastdata.thai.NationalId;
import th.go.cdd.fastdata.thai.ThaiDateParseException;
import th.go.cdd.fastdata.thai.ThaiDates;
import th.go.cdd.fastdata.womenfund.project.MemberRole;

/**
 * Reads the cells of one row into values, noting a Thai problem for every cell that is missing
 * or wrong and answering {@code null} for it, so that one pass finds every problem of the row.
 */
final class RowCheck {

	static final String MISSING = "ไม่มีข้อมูลในช่องที่ต้องกรอก";

	// LM writes the English names; the template and officers write the Thai ones
	private static final Map<String, MemberRole> ROLES = Map.of("BORROWER", MemberRole.BORROWER, "CO_BORROWER",
			MemberRole.CO_BORROWER, "GUARANTOR", MemberRole.GUARANTOR, "ผู้กู้", MemberRole.BORROWER, "ผู้แทนกลุ่ม",
			MemberRole.BORROWER, "ผู้กู้/ผู้แทนกลุ่ม", MemberRole.BORROWER, "ลูกหนี้ร่วม", MemberRole.CO_BORROWER,
			"ผู้ค้ำประกัน", MemberRole.GUARANTOR, "ผู้ค้ำ", MemberRole.GUARANTOR);

	private final SheetRow row;

	private final ImportProblems problems;

	private boolean ok = true;

	private final Set<String> failed = new HashSet<>();

	RowCheck(SheetRow row, ImportProblems problems) {
		this.row = row;
		this.problems = problems;
	}

	int rowNo() {
		return this.row.rowNo();
	}

	/** Whether no cell of this row had a problem so far. */
	boolean ok() {
		return this.ok;
	}

	/** Whether this column of the row had a problem (its value is then unknown, not blank). */
	boolean failed(String key) {
		return this.failed.contains(key);
	}

	void problem(String key, String message) {
		this.ok = false;
		this.failed.add(key);
		this.problems.add(this.row.rowNo(), key, this.row.get(key), message);
	}

	/** Text up to {@code maxLength}; blank is null, a problem when required. */
	String text(String key, boolean required, int maxLength) {
		String value = this.row.get(key);
		if (value.isEmpty()) {
			if (required) {
				problem(key, MISSING);
			}
			return null;
		}
		if (value.length() > maxLength) {
			problem(key, "ข้อความยาวเกิน " + maxLength + " ตัวอักษร");
			return null;
		}
		return value;
	}

	/** Exactly {@code digits} digits, as official area codes are. */
	String code(String key, boolean required, int digits, String name) {
		String value = text(key, required, 50);
		if (value != null && !value.matches("\\d{" + digits + "}")) {
			problem(key, name + "ต้องเป็นตัวเลข " + digits + " หลัก");
			return null;
		}
		return value;
	}

	Integer number(String key, boolean required, int min, int max, String name) {
		String value = text(key, required, 20);
		if (value == null) {
			return null;
		}
		try {
			int number = Integer.parseInt(value);
			if (number >= min && number <= max) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		problem(key, name + "ต้องเป็นตัวเลขระหว่าง " + min + " ถึง " + max);
		return null;
	}

	/** A date in B.E. or C.E. ("25/11/2568", "2025-11-25"; Excel date cells arrive as the latter). */
	LocalDate date(String key) {
		String value = text(key, true, 50);
		if (value == null) {
			return null;
		}
		try {
			return ThaiDates.parse(value);
		}
		catch (ThaiDateParseException ex) {
			problem(key, ex.getMessage());
			return null;
		}
	}

	/** An amount in baht greater than zero. */
	BigDecimal amount(String key) {
		String value = text(key, true, 50);
		if (value == null) {
			return null;
		}
		try {
			BigDecimal amount = Baht.parse(value);
			if (amount.signum() > 0) {
				return amount;
			}
			problem(key, "จำนวนเงินต้องมากกว่า 0");
		}
		catch (BahtParseException ex) {
			problem(key, ex.getMessage());
		}
		return null;
	}

	/** A yearly rate in percent, "3", "3.5" or "3.5%". */
	BigDecimal rate(String key) {
		String value = text(key, true, 20);
		if (value == null) {
			return null;
		}
		String number = value.endsWith("%") ? value.substring(0, value.length() - 1).strip() : value;
		if (number.matches("\\d{1,2}(\\.\\d{1,3})?")) {
			return new BigDecimal(number).setScale(3);
		}
		problem(key, "อัตราดอกเบี้ยต้องเป็นตัวเลขร้อยละต่อปี ทศนิยมไม่เกิน 3 ตำแหน่ง (เช่น 3 หรือ 3.5)");
		return null;
	}

	NationalId nationalId(String key) {
		String value = text(key, true, 30);
		if (value == null) {
			return null;
		}
		try {
			return NationalId.parse(value);
		}
		catch (InvalidNationalIdException ex) {
			problem(key, ex.getMessage());
			return null;
		}
	}

	/** BORROWER / CO_BORROWER / GUARANTOR, or the Thai ผู้กู้ / ลูกหนี้ร่วม / ผู้ค้ำประกัน. */
	MemberRole role(String key) {
		String value = text(key, true, 50);
		if (value == null) {
			return null;
		}
		String compact = value.replaceAll("\\s", "");
		MemberRole role = ROLES.get(compact.toUpperCase(Locale.ROOT).replace('-', '_'));
		if (role == null) {
			problem(key, "ไม่รู้จักบทบาทนี้ ใช้ ผู้กู้ ลูกหนี้ร่วม หรือ ผู้ค้ำประกัน (BORROWER, CO_BORROWER, GUARANTOR)");
		}
		return role;
	}

}
