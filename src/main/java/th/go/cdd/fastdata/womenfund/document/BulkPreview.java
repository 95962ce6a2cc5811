package th.go.cdd.fastdata.womenfund.document;

import java.util.List;

/**
 * What a ZIP would put where: one line a file, matched to a project and a kind, or with the reason
 * it will not be taken. Folders and system files (__MACOSX, .DS_Store, Thumbs.db) are not listed.
 */
public record BulkPreview(List<Item> items, long totalBytes) {

	public enum Problem {

		NO_PROJECT("ไม่พบรหัสโครงการที่อยู่ในพื้นที่ที่คุณรับผิดชอบ ในชื่อไฟล์หรือชื่อโฟลเดอร์"),
		SEVERAL_PROJECTS("ชื่อไฟล์และโฟลเดอร์มีรหัสโครงการมากกว่าหนึ่งรหัส ไม่ทราบว่าเป็นของโครงการใด"),
		BAD_CONTENT("เนื้อไฟล์ไม่ใช่ PDF, JPEG หรือ PNG"),
		TOO_BIG("ไฟล์ใหญ่เกินกำหนด");

		private final String label;

		Problem(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	/**
	 * @param path the name inside the ZIP, shown only
	 * @param typeNamed whether the names said the kind (otherwise the configured default)
	 * @param reason why the file will not be taken, in Thai (null when it will)
	 */
	public record Item(String path, String projectCode, Long projectId, String projectName, DocumentType type,
			boolean typeNamed, long size, String contentType, Problem problem, String reason) {

		public boolean matched() {
			return this.problem == null;
		}

	}

	public long matchedCount() {
		return this.items.stream().filter(Item::matched).count();
	}

	public long problemCount() {
		return this.items.size() - matchedCount();
	}

	public List<Item> matched() {
		return this.items.stream().filter(Item::matched).toList();
	}

	public List<Item> problems() {
		return this.items.stream().filter(i -> !i.matched()).toList();
	}

}
