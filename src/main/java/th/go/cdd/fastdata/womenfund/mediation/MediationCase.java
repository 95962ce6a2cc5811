package th.go.cdd.fastdata.womenfund.mediation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A pre-suit mediation case of one project (เรื่องไกล่เกลี่ยก่อนฟ้อง): its court, path, hearing and outcome. */
@Entity
@Table(name = "wf_mediation_case")
public class MediationCase {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long projectId;

	private Long districtId;

	private Long courtId;

	@Enumerated(EnumType.STRING)
	private MediationPath path;

	private LocalDate invitationReceivedOn;

	private LocalDate hearingOn;

	private String hearingTime;

	@Enumerated(EnumType.STRING)
	private MediationOutcome outcome;

	private LocalDate outcomeOn;

	private String outcomeNote;

	private BigDecimal compromiseAmount;

	private String note;

	private String openedBy;

	private Instant openedAt;

	@Version
	private long version;

	protected MediationCase() {
	}

	MediationCase(Long projectId, Long districtId, Long courtId, MediationPath path, LocalDate invitationReceivedOn,
			LocalDate hearingOn, String hearingTime, String note, String openedBy) {
		this.projectId = projectId;
		this.districtId = districtId;
		this.courtId = courtId;
		this.path = path;
		this.invitationReceivedOn = invitationReceivedOn;
		this.hearingOn = hearingOn;
		this.hearingTime = hearingTime;
		this.note = note;
		this.outcome = MediationOutcome.OPEN;
		this.openedBy = openedBy;
		this.openedAt = Instant.now();
	}

	void close(MediationOutcome outcome, LocalDate on, String note, BigDecimal compromiseAmount) {
		this.outcome = outcome;
		this.outcomeOn = on;
		this.outcomeNote = note;
		this.compromiseAmount = compromiseAmount;
	}

	public Long getId() {
		return this.id;
	}

	public Long getProjectId() {
		return this.projectId;
	}

	public Long getDistrictId() {
		return this.districtId;
	}

	public Long getCourtId() {
		return this.courtId;
	}

	public MediationPath getPath() {
		return this.path;
	}

	public LocalDate getInvitationReceivedOn() {
		return this.invitationReceivedOn;
	}

	public LocalDate getHearingOn() {
		return this.hearingOn;
	}

	public String getHearingTime() {
		return this.hearingTime;
	}

	public MediationOutcome getOutcome() {
		return this.outcome;
	}

	public LocalDate getOutcomeOn() {
		return this.outcomeOn;
	}

	public String getOutcomeNote() {
		return this.outcomeNote;
	}

	public BigDecimal getCompromiseAmount() {
		return this.compromiseAmount;
	}

	public String getNote() {
		return this.note;
	}

	public String getOpenedBy() {
		return this.openedBy;
	}

	public Instant getOpenedAt() {
		return this.openedAt;
	}

}
