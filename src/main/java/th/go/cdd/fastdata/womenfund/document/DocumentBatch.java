package th.go.cdd.fastdata.womenfund.document;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A ZIP of the old Drive folders, uploaded and previewed, waiting to be applied or discarded. */
@Entity
@Table(name = "wf_document_batch")
public class DocumentBatch {

	enum State {
		PREVIEWED, APPLIED, DISCARDED
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String fileName;

	private String stagingKey;

	private String uploadedBy;

	private Instant uploadedAt;

	@jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
	private State state;

	private Integer appliedCount;

	private Instant finishedAt;

	protected DocumentBatch() {
	}

	DocumentBatch(String fileName, String stagingKey, String uploadedBy) {
		this.fileName = fileName;
		this.stagingKey = stagingKey;
		this.uploadedBy = uploadedBy;
		this.uploadedAt = Instant.now();
		this.state = State.PREVIEWED;
	}

	void applied(int count) {
		this.state = State.APPLIED;
		this.appliedCount = count;
		this.finishedAt = Instant.now();
	}

	void discarded() {
		this.state = State.DISCARDED;
		this.finishedAt = Instant.now();
	}

	public Long getId() {
		return this.id;
	}

	public String getFileName() {
		return this.fileName;
	}

	String getStagingKey() {
		return this.stagingKey;
	}

	public String getUploadedBy() {
		return this.uploadedBy;
	}

	public Instant getUploadedAt() {
		return this.uploadedAt;
	}

	public State getState() {
		return this.state;
	}

	public boolean isPending() {
		return this.state == State.PREVIEWED;
	}

	public Integer getAppliedCount() {
		return this.appliedCount;
	}

	public String getStateLabel() {
		return switch (this.state) {
			case PREVIEWED -> "รอยืนยัน";
			case APPLIED -> "บันทึกแล้ว";
			case DISCARDED -> "ยกเลิกแล้ว";
		};
	}

}
