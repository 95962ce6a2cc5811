package th.go.cdd.fastdata.womenfund.lmimport;

/**
 * A column of an import file: the key a programme writes, the Thai label of the template an
 * officer fills in (either is accepted as the header), and the example the template shows.
 */
record ImportColumn(String key, String label, boolean required, String example) {

	static ImportColumn required(String key, String label, String example) {
		return new ImportColumn(key, label, true, example);
	}

	static ImportColumn optional(String key, String label, String example) {
		return new ImportColumn(key, label, false, example);
	}

	/** "เลขประจำตัวประชาชน (national_id)", as problems name the column. */
	String display() {
		return this.label + " (" + this.key + ")";
	}

}
