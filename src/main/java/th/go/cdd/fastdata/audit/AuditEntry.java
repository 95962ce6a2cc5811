package th.go.cdd.fastdata.audit;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.hibernate.annotations.Immutable;

/** One line of the audit log. Immutable: the log is only ever appended to. */
@Entity
@Immutable
public class AuditEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Instant occurredAt;

	private String username;

	private String remoteAddress;

	@Enumerated(EnumType.STRING)
	private AuditAction action;

	private String recordType;

	private String recordId;

	private String summary;

	private String beforeState;

	private String afterState;

	protected AuditEntry() {
	}

	AuditEntry(String username, String remoteAddress, AuditAction action, String recordType, String recordId,
			String summary, String beforeState, String afterState) {
		this.occurredAt = Instant.now();
		this.username = username;
		this.remoteAddress = remoteAddress;
		this.action = action;
		this.recordType = recordType;
		this.recordId = recordId;
		this.summary = truncate(summary, 500);
		this.beforeState = beforeState;
		this.afterState = afterState;
	}

	private static String truncate(String text, int max) {
		return (text == null || text.length() <= max) ? text : text.substring(0, max - 1) + "…";
	}

	public Long getId() {
		return this.id;
	}

	public Instant getOccurredAt() {
		return this.occurredAt;
	}

	public String getUsername() {
		return this.username;
	}

	public String getRemoteAddress() {
		return this.remoteAddress;
	}

	public AuditAction getAction() {
		return this.action;
	}

	public String getRecordType() {
		return this.recordType;
	}

	public String getRecordId() {
		return this.recordId;
	}

	public String getSummary() {
		return this.summary;
	}

	public String getBeforeState() {
		return this.beforeState;
	}

	public String getAfterState() {
		return this.afterState;
	}

}
