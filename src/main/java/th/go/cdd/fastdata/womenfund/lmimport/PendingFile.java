package th.go.cdd.fastdata.womenfund.lmimport;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An uploaded file whose header has not our columns, stored (by its SHA-256) while the user maps
 * them on the mapping screen. Public, because the page reads it by reflection.
 * @param headers the file's non-empty headers, tidied, each once, in file order
 */
public record PendingFile(String sha256, String fileName, ImportKind kind, List<String> headers) {

	static PendingFile of(String sha256, String fileName, ImportKind kind, List<String> header) {
		return new PendingFile(sha256, fileName, kind,
				header.stream().map(ColumnMapping::tidy).filter(h -> !h.isEmpty()).distinct().toList());
	}

	/** Our column key → the file's header that is its Thai label or key: the first choice of each select. */
	Map<String, String> templateHeaders() {
		Map<String, String> chosen = new LinkedHashMap<>();
		for (ImportColumn column : this.kind.columns()) {
			String header = RowsReader.templateHeader(this.headers, column);
			if (header != null) {
				chosen.put(column.key(), header);
			}
		}
		return chosen;
	}

}
