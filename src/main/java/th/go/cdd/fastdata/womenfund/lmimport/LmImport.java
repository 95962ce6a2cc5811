package th.go.cdd.fastdata.womenfund.lmimport;

import java.time.Instant;

/**
 * One uploaded file and what became of it (การนำเข้าข้อมูลจาก LM).
 * Public, as are the kind, state, counts and problem, because the pages read them by reflection.
 * @param fileName the user's name of the file, for display only; the file is stored under its SHA-256
 * @param mappingName the name of the column mapping it was read with, null for the template's headers
 * @param columnHeaders that mapping as {@link ColumnMapping#encoded()}, so Apply reads the file the same way
 */
public record LmImport(long id, ImportKind kind, String fileName, String sha256, long size, String uploadedBy,
		Instant uploadedAt, ImportState state, int totalRows, int processedRows, ImportCounts counts, int problemCount,
		String problemSummary, String failure, Instant appliedAt, String mappingName, String columnHeaders) {

	/** The mapping the file was read with, or null. */
	ColumnMapping mapping() {
		return this.columnHeaders == null ? null : ColumnMapping.decoded(this.mappingName, this.kind, this.columnHeaders);
	}

	public boolean running() {
		return this.state.running();
	}

	/** Clean and previewed: the Apply button shows. */
	public boolean applicable() {
		return this.state == ImportState.PREVIEWED && this.problemCount == 0;
	}

	/** Problems found beyond the {@value ImportProblems#KEPT} kept. */
	public int problemsNotShown() {
		return Math.max(0, this.problemCount - ImportProblems.KEPT);
	}

	/** 0 to 100, for the progress bar of a running import. */
	public int percent() {
		return this.totalRows == 0 ? 0 : (int) Math.min(100, 100L * this.processedRows / this.totalRows);
	}

}
