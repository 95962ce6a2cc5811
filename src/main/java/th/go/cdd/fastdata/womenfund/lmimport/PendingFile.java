package th.go.cdd.fastdata.womenfund.lmimport;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An uploaded file whose header has not our columns, stored (by its SHA-256) while the user maps
 * them on the mapping screen. Public, because the page reads it by reflection.
 * @param headers the file's non-empty headers, tidied, each once, in file order
 * @param examples header → its value in the first data row, so she can tell columns by their content
 */
public record PendingFile(String sha256, String fileName, ImportKind kind, List<String> headers,
		Map<String, String> examples) {

	private static final int EXAMPLE_LENGTH = 30;

	static PendingFile of(String sha256, String fileName, ImportKind kind, List<RowsReader.Line> lines) {
		List<String> header = lines.get(0).cells();
		List<String> first = lines.size() > 1 ? lines.get(1).cells() : List.of();
		Map<String, String> examples = new LinkedHashMap<>();
		for (int i = 0; i < header.size(); i++) {
			String name = ColumnMapping.tidy(header.get(i));
			String value = i < first.size() ? ColumnMapping.tidy(first.get(i)) : "";
			if (!name.isEmpty() && !examples.containsKey(name)) {
				examples.put(name, value.length() > EXAMPLE_LENGTH ? value.substring(0, EXAMPLE_LENGTH) + "…" : value);
			}
		}
		return new PendingFile(sha256, fileName, kind, List.copyOf(examples.keySet()), examples);
	}

	/** "ยอดเงินกู้ (เช่น 50,000)", as the select shows a header. */
	public String describe(String header) {
		String example = this.examples.get(header);
		return example == null || example.isEmpty() ? header : header + " (เช่น " + example + ")";
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
