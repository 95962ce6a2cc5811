package th.go.cdd.fastdata.womenfund.lmimport;

import java.util.Map;

/**
 * One data row of a file, its cells as text by column key.
 * @param rowNo the row as the user sees it in Excel or a text editor (the header is row 1)
 */
record SheetRow(int rowNo, Map<String, String> values) {

	/** The cell's text without surrounding spaces; "" when empty or the column is absent. */
	String get(String key) {
		String value = this.values.get(key);
		return value == null ? "" : value.strip();
	}

}
