package th.go.cdd.fastdata.womenfund.document;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One version of one document in a project's file (เอกสารในแฟ้มโครงการ). Never changed once
 * stored: a new upload of the same kind is the next version, and the older ones stay.
 */
@Entity
@Table(name = "wf_document")
public class ProjectDocument {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long projectId;

	private String typeCode;

	private int version;

	private String fileName;

	private String contentType;

	private long sizeBytes;

	private String sha256;

	private String storageKey;

	private String note;

	private String uploadedBy;

	private Instant uploadedAt;

	private Long batchId;

	protected ProjectDocument() {
	}

	ProjectDocument(Long projectId, String typeCode, int version, CheckedFile file, String storageKey, String note,
			String uploadedBy, Long batchId) {
		this.projectId = projectId;
		this.typeCode = typeCode;
		this.version = version;
		this.fileName = file.displayName();
		this.contentType = file.contentType();
		this.sizeBytes = file.size();
		this.sha256 = file.sha256();
		this.storageKey = storageKey;
		this.note = note == null || note.isBlank() ? null : note.strip();
		this.uploadedBy = uploadedBy;
		this.uploadedAt = Instant.now();
		this.batchId = batchId;
	}

	public Long getId() {
		return this.id;
	}

	public Long getProjectId() {
		return this.projectId;
	}

	public String getTypeCode() {
		return this.typeCode;
	}

	public int getVersion() {
		return this.version;
	}

	public String getFileName() {
		return this.fileName;
	}

	public String getContentType() {
		return this.contentType;
	}

	public long getSizeBytes() {
		return this.sizeBytes;
	}

	public String getSha256() {
		return this.sha256;
	}

	String getStorageKey() {
		return this.storageKey;
	}

	public String getNote() {
		return this.note;
	}

	public String getUploadedBy() {
		return this.uploadedBy;
	}

	public Instant getUploadedAt() {
		return this.uploadedAt;
	}

	public boolean isImage() {
		return this.contentType.startsWith("image/");
	}

	/** "1.2 MB", "350 KB": for the page. */
	public String getSizeText() {
		if (this.sizeBytes >= 1024 * 1024) {
			return String.format(java.util.Locale.ROOT, "%.1f MB", this.sizeBytes / (1024.0 * 1024.0));
		}
		return Math.max(1, Math.round(this.sizeBytes / 1024.0)) + " KB";
	}

	String auditState() {
		return "type=" + this.typeCode + "; version=" + this.version + "; file=" + this.fileName + "; contentType="
				+ this.contentType + "; size=" + this.sizeBytes + "; sha256=" + this.sha256
				+ (this.note == null ? "" : "; note=" + this.note);
	}

}
