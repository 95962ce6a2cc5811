package th.go.cdd.fastdata.womenfund.lmimport;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A column mapping (การจับคู่คอลัมน์): for each of our columns of one kind, the header in an
 * officer's own LM report that supplies it. Saved ones have a name, unique in the province, and
 * are shared by its importers; one made on the mapping screen without a name is used once.
 * Public, because the pages read it by reflection.
 * @param headers our column key → her header, tidied ({@link #tidy}), in the order of the kind's columns
 */
public record ColumnMapping(Long id, String name, ImportKind kind, Map<String, String> headers, String updatedBy,
		Instant updatedAt) {

	static final int MAX_NAME = 100;

	static final int MAX_HEADER = 200;

	public ColumnMapping {
		Map<String, String> ordered = new LinkedHashMap<>();
		for (ImportColumn column : kind.columns()) {
			String header = headers.get(column.key());
			if (header != null && !tidy(header).isEmpty()) {
				ordered.put(column.key(), tidy(header));
			}
		}
		headers = Collections.unmodifiableMap(ordered);
	}

	/** A mapping without a name, made for one upload. */
	static ColumnMapping unnamed(ImportKind kind, Map<String, String> headers) {
		return new ColumnMapping(null, null, kind, headers, null, null);
	}

	/** Her header for our column, or null when the mapping leaves it out. */
	public String header(String key) {
		return this.headers.get(key);
	}

	/** The kind's columns with what each is read from, for the pages. */
	public List<Field> fields() {
		return this.kind.columns().stream().map(c -> new Field(c.key(), c.label(), c.required(), header(c.key()))).toList();
	}

	/** Required columns the mapping does not supply. */
	List<ImportColumn> missingRequired() {
		return this.kind.columns().stream().filter(c -> c.required() && !this.headers.containsKey(c.key())).toList();
	}

	/** "project_code=รหัส LM; amount=ยอดกู้", for the audit log. */
	String auditState() {
		StringBuilder state = new StringBuilder("name=" + this.name + "; kind=" + this.kind.param());
		this.headers.forEach((key, header) -> state.append("; ").append(key).append('=').append(header));
		return state.toString();
	}

	/** One "key TAB header" line per column, as an import keeps the mapping it was read with. */
	String encoded() {
		StringBuilder lines = new StringBuilder();
		this.headers.forEach((key, header) -> lines.append(key).append('\t').append(header).append('\n'));
		return lines.toString();
	}

	static ColumnMapping decoded(String name, ImportKind kind, String encoded) {
		Map<String, String> headers = new LinkedHashMap<>();
		for (String line : encoded.split("\n")) {
			int tab = line.indexOf('\t');
			if (tab > 0) {
				headers.put(line.substring(0, tab), line.substring(tab + 1));
			}
		}
		return new ColumnMapping(null, name, kind, headers, null, null);
	}

	/**
	 * A header as stored and shown: without a BOM or surrounding spaces, every run of white space
	 * (a line break typed in an Excel cell too) one space. Never contains a tab or a line break.
	 */
	static String tidy(String header) {
		return header == null ? "" : header.replace("\uFEFF", "").replaceAll("[\\s\\u00A0\\u200B]+", " ").strip();
	}

	/** How a mapped header is found in a file: tidied, Latin letters in any case. */
	static String matchKey(String header) {
		return tidy(header).toLowerCase(Locale.ROOT);
	}

	/** One of our columns and the header it is read from (null when not mapped). */
	public record Field(String key, String label, boolean required, String header) {
	}

}
