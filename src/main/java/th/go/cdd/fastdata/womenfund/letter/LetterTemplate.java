package th.go.cdd.fastdata.womenfund.letter;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One uploaded version of a letter template (a DOCX), in force from its date; older versions are kept. */
@Entity
@Table(name = "wf_letter_template")
public class LetterTemplate {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String kindCode;

	private int version;

	private LocalDate effectiveFrom;

	private String fileName;

	@Basic(fetch = FetchType.LAZY)
	private byte[] content;

	private long sizeBytes;

	private String sha256;

	private String note;

	private String uploadedBy;

	private Instant uploadedAt;

	protected LetterTemplate() {
	}

	LetterTemplate(String kindCode, int version, LocalDate effectiveFrom, String fileName, byte[] content,
			String sha256, String note, String uploadedBy) {
		this.kindCode = kindCode;
		this.version = version;
		this.effectiveFrom = effectiveFrom;
		this.fileName = fileName;
		this.content = content;
		this.sizeBytes = content.length;
		this.sha256 = sha256;
		this.note = note;
		this.uploadedBy = uploadedBy;
		this.uploadedAt = Instant.now();
	}

	public Long getId() {
		return this.id;
	}

	public String getKindCode() {
		return this.kindCode;
	}

	public int getVersion() {
		return this.version;
	}

	public LocalDate getEffectiveFrom() {
		return this.effectiveFrom;
	}

	public String getFileName() {
		return this.fileName;
	}

	byte[] getContent() {
		return this.content;
	}

	public long getSizeBytes() {
		return this.sizeBytes;
	}

	public String getSha256() {
		return this.sha256;
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

	String auditState() {
		return "kind=" + this.kindCode + ", version=" + this.version + ", effectiveFrom=" + this.effectiveFrom
				+ ", file=" + this.fileName + ", size=" + this.sizeBytes + ", sha256=" + this.sha256;
	}

}
