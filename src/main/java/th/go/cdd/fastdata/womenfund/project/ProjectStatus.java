package th.go.cdd.fastdata.womenfund.project;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.springframework.data.domain.Persistable;

import th.go.cdd.fastdata.womenfund.status.Classification;
import th.go.cdd.fastdata.womenfund.status.StatusGroup;
import th.go.cdd.fastdata.womenfund.status.Urgency;

/**
 * The stored classification of a project as of the day it was computed, refreshed on every
 * change and nightly, so that lists and counts need no computation.
 */
@Entity
@Table(name = "wf_project_status")
public class ProjectStatus implements Persistable<Long> {

	@Id
	private Long projectId;

	private Long districtId;

	@Enumerated(EnumType.STRING)
	private StatusGroup statusGroup;

	private LocalDate asOf;

	private LocalDate termEndsOn;

	private LocalDate lastPaymentOn;

	private LocalDate limitationEndsOn;

	private BigDecimal overdueAmount;

	private BigDecimal outstandingAmount;

	private String reasons;

	/** {@link Urgency#rank} as of {@link #asOf}; the urgent list is read in its order. */
	private Integer urgencyRank;

	private Instant computedAt;

	/**
	 * The id is the project's, assigned, not generated: without this flag every save would
	 * first SELECT the row to decide between insert and update (one round trip per project).
	 */
	@Transient
	private boolean fresh;

	protected ProjectStatus() {
	}

	ProjectStatus(Long projectId, Long districtId) {
		this.projectId = projectId;
		this.districtId = districtId;
		this.fresh = true;
	}

	/**
	 * A stored classification read by plain JDBC in a run over many projects ({@link StatusWrites}): not
	 * managed, only its group is known, to tell whether the next one changes it. {@link #update} then gives
	 * every column, as for an entity, so both paths write the same values.
	 */
	static ProjectStatus read(Long projectId, Long districtId, StatusGroup statusGroup) {
		ProjectStatus status = new ProjectStatus(projectId, districtId);
		status.statusGroup = statusGroup;
		status.fresh = false;
		return status;
	}

	@Override
	public Long getId() {
		return this.projectId;
	}

	@Override
	public boolean isNew() {
		return this.fresh;
	}

	@PostPersist
	@PostLoad
	void stored() {
		this.fresh = false;
	}

	/** Takes a new classification; answers whether the group changed. */
	boolean update(Classification classification) {
		boolean changed = this.statusGroup != classification.group();
		this.statusGroup = classification.group();
		this.asOf = classification.asOf();
		this.termEndsOn = classification.termEndsOn();
		this.lastPaymentOn = classification.lastPaymentOn();
		this.limitationEndsOn = classification.limitationEndsOn();
		this.overdueAmount = classification.overdueAmount();
		this.outstandingAmount = classification.outstandingAmount();
		String text = classification.reasonText();
		this.reasons = text.length() > 1000 ? text.substring(0, 999) + "…" : text;
		this.urgencyRank = Urgency.rank(classification);
		this.computedAt = Instant.now();
		return changed;
	}

	/** A project's district can be corrected (an LM import); its classification is counted there from now on. */
	void movedTo(Long districtId) {
		this.districtId = districtId;
	}

	public Long getProjectId() {
		return this.projectId;
	}

	public Long getDistrictId() {
		return this.districtId;
	}

	public StatusGroup getStatusGroup() {
		return this.statusGroup;
	}

	public LocalDate getAsOf() {
		return this.asOf;
	}

	public LocalDate getTermEndsOn() {
		return this.termEndsOn;
	}

	public LocalDate getLastPaymentOn() {
		return this.lastPaymentOn;
	}

	public LocalDate getLimitationEndsOn() {
		return this.limitationEndsOn;
	}

	public BigDecimal getOverdueAmount() {
		return this.overdueAmount;
	}

	public BigDecimal getOutstandingAmount() {
		return this.outstandingAmount;
	}

	public String getReasons() {
		return this.reasons;
	}

	public Integer getUrgencyRank() {
		return this.urgencyRank;
	}

	Instant getComputedAt() {
		return this.computedAt;
	}

}
