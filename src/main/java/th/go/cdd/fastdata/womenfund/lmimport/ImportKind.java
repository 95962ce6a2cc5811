package th.go.cdd.fastdata.womenfund.lmimport;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static th.go.cdd.fastdata.womenfund.lmimport.ImportColumn.optional;
import static th.go.cdd.fastdata.womenfund.lmimport.ImportColumn.required;

/** What a file holds: one person on a project a row, installments, or payments. */
public enum ImportKind {

	PROJECTS("ข้อมูลโครงการและบุคคล", List.of(required("project_code", "รหัสโครงการ", "LM-8302-0001"),
			required("project_name", "ชื่อโครงการ", "โครงการทำขนมไทย"), required("district_code", "รหัสอำเภอ", "8302"),
			optional("subdistrict_code", "รหัสตำบล", "830201"), optional("village", "หมู่ที่", "3"),
			required("fiscal_year", "ปีงบประมาณ", "2568"), required("contract_number", "เลขที่สัญญา", "สพส.83/2568"),
			required("signed_on", "วันที่ลงนามสัญญา", "15/01/2568"), required("amount", "วงเงินกู้", "50,000.00"),
			required("annual_interest_rate", "อัตราดอกเบี้ย", "3"),
			required("national_id", "เลขประจำตัวประชาชน", "1101700230708"), optional("title", "คำนำหน้า", "นาง"),
			required("first_name", "ชื่อ", "สมศรี"), required("last_name", "นามสกุล", "ทองดี"),
			required("role", "บทบาท", "ผู้กู้"), optional("phone", "โทรศัพท์", "0812345678"))),

	INSTALLMENTS("ตารางผ่อนชำระ (งวด)", List.of(required("project_code", "รหัสโครงการ", "LM-8302-0001"),
			required("due_on", "วันครบกำหนด", "15/01/2569"), required("amount", "จำนวนเงิน", "5,000.00"))),

	PAYMENTS("การชำระเงิน", List.of(required("project_code", "รหัสโครงการ", "LM-8302-0001"),
			required("paid_on", "วันที่ชำระ", "10/01/2569"), required("amount", "จำนวนเงิน", "5,000.00"),
			required("reference", "เลขที่อ้างอิง", "RC-2569-00001")));

	private final String label;

	private final List<ImportColumn> columns;

	ImportKind(String label, List<ImportColumn> columns) {
		this.label = label;
		this.columns = columns;
	}

	/** "ข้อมูลโครงการและบุคคล". */
	public String label() {
		return this.label;
	}

	List<ImportColumn> columns() {
		return this.columns;
	}

	/** "projects", as in the API's {@code ?kind=} and the template's file name. */
	public String param() {
		return name().toLowerCase(Locale.ROOT);
	}

	ImportColumn column(String key) {
		return this.columns.stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow();
	}

	static Optional<ImportKind> of(String param) {
		for (ImportKind kind : values()) {
			if (kind.param().equalsIgnoreCase(param == null ? "" : param.strip())) {
				return Optional.of(kind);
			}
		}
		return Optional.empty();
	}

}
