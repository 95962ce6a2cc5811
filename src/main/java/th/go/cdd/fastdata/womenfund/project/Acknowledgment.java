package th.go.cdd.fastdata.womenfund.project;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import th.go.cdd.fastdata.womenfund.status.AcknowledgmentKind;

/**
 * A signed acknowledgment: of the debt (หนังสือรับสภาพหนี้), which restarts the limitation
 * period, or of liability (หนังสือรับสภาพความผิด), which opens a new one after it ran out.
 */
@Entity
@Table(name = "wf_acknowledgment")
public class Acknowledgment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Project project;

	@Enumerated(EnumType.STRING)
	private AcknowledgmentKind kind;

	private LocalDate signedOn;

	private String note;

	private Instant createdAt;

	private String createdBy;

	protected Acknowledgment() {
	}

	Acknowledgment(Project project, AcknowledgmentKind kind, LocalDate signedOn, String note, String createdBy) {
		this.project = project;
		this.kind = kind;
		this.signedOn = signedOn;
		this.note = note;
		this.createdAt = Instant.now();
		this.createdBy = createdBy;
	}

	public Long getId() {
		return this.id;
	}

	public AcknowledgmentKind getKind() {
		return this.kind;
	}

	public LocalDate getSignedOn() {
		return this.signedOn;
	}

	public String getNote() {
		return this.note;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

	String auditState() {
		return "kind=" + this.kind + "; signedOn=" + this.signedOn + "; note=" + this.note;
	}

}
