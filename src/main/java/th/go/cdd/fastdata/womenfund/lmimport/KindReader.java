package th.go.cdd.fastdata.womenfund.lmimport;

import java.util.List;

/** Checks the rows of one kind of file against themselves and the registry. */
interface KindReader {

	ImportKind kind();

	/** Notes every problem; the writes of the answer are only meaningful when there is none. */
	ImportPreview preview(List<SheetRow> rows, ImportContext context, ImportProblems problems);

	/**
	 * A cheap mark of everything in the registry a preview of this kind reads, which changes whenever any of
	 * it does; while it is the same, a clean preview's writes are still right and Apply need not check the
	 * file again. Null (the default): not known, so Apply always checks again.
	 */
	default String registryMark() {
		return null;
	}

}
