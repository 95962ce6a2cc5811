package th.go.cdd.fastdata.womenfund.project;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import th.go.cdd.fastdata.womenfund.status.StatusGroup;

/** A project entered a group on a date (for trend charts and the project's history). */
@Entity
@Table(name = "wf_project_status_history")
public class ProjectStatusHistory {

	// From a pooled sequence, 50 ids a time, so the history of a night's run is inserted in JDBC
	// batches (an identity column would make Hibernate send one INSERT per row).
	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "wf_project_status_history_seq")
	@SequenceGenerator(name = "wf_project_status_history_seq", sequenceName = "wf_project_status_history_seq",
			allocationSize = 50)
	private Long id;

	private Long projectId;

	@Enumerated(EnumType.STRING)
	private StatusGroup statusGroup;

	private LocalDate since;

	private Instant recordedAt;

	protected ProjectStatusHistory() {
	}

	ProjectStatusHistory(Long projectId, StatusGroup statusGroup, LocalDate since) {
		this.projectId = projectId;
		this.statusGroup = statusGroup;
		this.since = since;
		this.recordedAt = Instant.now();
	}

	Long getProjectId() {
		return this.projectId;
	}

	Instant getRecordedAt() {
		return this.recordedAt;
	}

	public StatusGroup getStatusGroup() {
		return this.statusGroup;
	}

	public LocalDate getSince() {
		return this.since;
	}

}
