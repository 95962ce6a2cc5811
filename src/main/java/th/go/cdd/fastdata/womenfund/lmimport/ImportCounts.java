package th.go.cdd.fastdata.womenfund.lmimport;

/**
 * What an import adds or changes: projects for a project file, rows for installments and
 * payments. {@code added} is "new" on screen and in the API ({@code new} is a Java keyword).
 */
public record ImportCounts(int added, int changed, int unchanged) {

	static final ImportCounts NONE = new ImportCounts(0, 0, 0);

	int total() {
		return this.added + this.changed + this.unchanged;
	}

	/** For the audit log: "new=3; changed=0; unchanged=0". */
	String auditState() {
		return "new=" + this.added + "; changed=" + this.changed + "; unchanged=" + this.unchanged;
	}

}
