package th.go.cdd.fastdata.womenfund.lmimport;

import java.time.LocalDate;
import java.util.List;

import th.go.cdd.fastdata.thai.ThaiDates;

/** Test files in the shape LM exports them, and valid national IDs to put in them. */
final class LmFiles {

	static final String PROJECT_HEADER = "project_code,project_name,district_code,subdistrict_code,village,fiscal_year,"
			+ "contract_number,signed_on,amount,annual_interest_rate,national_id,title,first_name,last_name,role,phone";

	private LmFiles() {
	}

	/** A valid ID made from a serial number: "3" (a made-up office), eleven digits of the serial, the check digit. */
	static String nationalId(long serial) {
		String twelve = "3" + String.format("%011d", serial);
		int sum = 0;
		for (int i = 0; i < 12; i++) {
			sum += (twelve.charAt(i) - '0') * (13 - i);
		}
		return twelve + (11 - sum % 11) % 10;
	}

	/** The same ID with its check digit off by one. */
	static String withWrongCheckDigit(String id) {
		char last = id.charAt(12);
		return id.substring(0, 12) + (char) ('0' + (last - '0' + 1) % 10);
	}

	/** One CSV row of a person on a Kathu project. */
	static String projectRow(String code, String nationalId, String firstName, String role) {
		return String.join(",", code, "โครงการทดสอบ " + code, "8302", "830202", "", "2568", "สพส.83/" + code,
				"15/01/2568", "\"50,000.00\"", "3", nationalId, "นาง", firstName, "ทดสอบนำเข้า", role, "0812345678");
	}

	static String csv(String header, List<String> rows) {
		return header + "\n" + String.join("\n", rows) + "\n";
	}

	/** Today as typed in the office: "24/11/2569". */
	static String todayBuddhist() {
		LocalDate today = ThaiDates.today();
		return today.getDayOfMonth() + "/" + today.getMonthValue() + "/" + ThaiDates.buddhistYear(today);
	}

}
