package th.go.cdd.fastdata.womenfund.litigation;

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

/** A suit over one project (คดี): from the evidence sent to the prosecutor to its closing. */
@Entity
@Table(name = "wf_litigation_case")
public class LitigationCase {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long projectId;

	private Long districtId;

	@Enumerated(EnumType.STRING)
	private LitigationReason reason;

	private Long mediationCaseId;

	@Enumerated(EnumType.STRING)
	private LitigationStage stage;

	private LocalDate stageSince;

	private String prosecutorOffice;

	private LocalDate sentToProsecutorOn;

	private Long courtId;

	private LocalDate filedOn;

	private String blackCaseNo;

	private String redCaseNo;

	private LocalDate judgedOn;

	private BigDecimal judgmentAmount;

	private String judgmentTerms;

	private LocalDate enforcementOn;

	private LocalDate closedOn;

	private String closingNote;

	private String note;

	private String openedBy;

	private Instant openedAt;

	@Version
	private long version;

	protected LitigationCase() {
	}

	LitigationCase(Long projectId, Long districtId, LitigationReason reason, Long mediationCaseId, String note,
			LocalDate today, String openedBy) {
		this.projectId = projectId;
		this.districtId = districtId;
		this.reason = reason;
		this.mediationCaseId = mediationCaseId;
		this.note = note;
		this.stage = LitigationStage.PREPARING;
		this.stageSince = today;
		this.openedBy = openedBy;
		this.openedAt = Instant.now();
	}

	void sentToProsecutor(LocalDate on, String office) {
		this.sentToProsecutorOn = on;
		this.prosecutorOffice = office;
		moveTo(LitigationStage.WITH_PROSECUTOR, on);
	}

	void filed(LocalDate on, Long courtId, String blackCaseNo) {
		this.filedOn = on;
		this.courtId = courtId;
		this.blackCaseNo = blackCaseNo;
		moveTo(LitigationStage.FILED, on);
	}

	void judged(LocalDate on, String redCaseNo, BigDecimal amount, String terms) {
		this.judgedOn = on;
		this.redCaseNo = redCaseNo;
		this.judgmentAmount = amount;
		this.judgmentTerms = terms;
		moveTo(LitigationStage.JUDGED, on);
	}

	void enforcing(LocalDate on) {
		this.enforcementOn = on;
		moveTo(LitigationStage.ENFORCING, on);
	}

	void closed(LocalDate on, String note) {
		this.closedOn = on;
		this.closingNote = note;
		moveTo(LitigationStage.CLOSED, on);
	}

	private void moveTo(LitigationStage stage, LocalDate on) {
		this.stage = stage;
		this.stageSince = on;
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

	public LitigationReason getReason() {
		return this.reason;
	}

	public Long getMediationCaseId() {
		return this.mediationCaseId;
	}

	public LitigationStage getStage() {
		return this.stage;
	}

	public LocalDate getStageSince() {
		return this.stageSince;
	}

	public String getProsecutorOffice() {
		return this.prosecutorOffice;
	}

	public LocalDate getSentToProsecutorOn() {
		return this.sentToProsecutorOn;
	}

	public Long getCourtId() {
		return this.courtId;
	}

	public LocalDate getFiledOn() {
		return this.filedOn;
	}

	public String getBlackCaseNo() {
		return this.blackCaseNo;
	}

	public String getRedCaseNo() {
		return this.redCaseNo;
	}

	public LocalDate getJudgedOn() {
		return this.judgedOn;
	}

	public BigDecimal getJudgmentAmount() {
		return this.judgmentAmount;
	}

	public String getJudgmentTerms() {
		return this.judgmentTerms;
	}

	public LocalDate getEnforcementOn() {
		return this.enforcementOn;
	}

	public LocalDate getClosedOn() {
		return this.closedOn;
	}

	public String getClosingNote() {
		return this.closingNote;
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
