package th.go.cdd.fastdata.womenfund.lmimport;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The mapping form: a name and, per column key, the header of her file ({@code columns[project_code]}).
 * On the mapping screen it also carries the stored file waiting for the mapping and its kind.
 */
class MappingForm {

	private String name;

	private String kind;

	private String sha256;

	private String fileName;

	private Map<String, String> columns = new LinkedHashMap<>();

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getKind() {
		return this.kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getSha256() {
		return this.sha256;
	}

	public void setSha256(String sha256) {
		this.sha256 = sha256;
	}

	public String getFileName() {
		return this.fileName;
	}

	public void setFileName(String fileName) {
		this.fileName = fileName;
	}

	public Map<String, String> getColumns() {
		return this.columns;
	}

	public void setColumns(Map<String, String> columns) {
		this.columns = columns;
	}

}
