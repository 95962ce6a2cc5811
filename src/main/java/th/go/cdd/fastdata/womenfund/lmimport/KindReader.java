package th.go.cdd.fastdata.womenfund.lmimport;

import java.util.List;

/** Checks the rows of one kind of file against themselves and the registry. */
interface KindReader {

	ImportKind kind();

	/** Notes every problem; the writes of the answer are only meaningful when there is none. */
	ImportPreview preview(List<SheetRow> rows, ImportContext context, ImportProblems problems);

}
