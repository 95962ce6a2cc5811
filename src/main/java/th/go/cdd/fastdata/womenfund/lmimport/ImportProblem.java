package th.go.cdd.fastdata.womenfund.lmimport;

/**
 * One thing wrong in a file: the row as the user sees it in Excel (the header is row 1), the
 * column's key, the value found and the reason in Thai.
 */
public record ImportProblem(int row, String column, String value, String message) {

	/** "แถวที่ 5 คอลัมน์ national_id: เลขประจำตัวประชาชนไม่ถูกต้อง (…)". */
	String describe() {
		return "แถวที่ " + this.row + (this.column == null ? "" : " คอลัมน์ " + this.column) + ": " + this.message;
	}

}
