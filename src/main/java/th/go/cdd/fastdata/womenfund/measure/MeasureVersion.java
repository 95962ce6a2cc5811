package th.go.cdd.fastdata.womenfund.measure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import th.go.cdd.fastdata.womenfund.project.FundGeneration;
import th.go.cdd.fastdata.womenfund.project.MemberRole;
import th.go.cdd.fastdata.womenfund.status.StatusGroup;

/**
 * One version of a measure (ฉบับของมาตรการ): its announcement, the days it is in force, who may apply
 * and who decides. A new announcement is a new version, so an application keeps the version it was
 * made under.
 */
@Entity
@Table(name = "wf_measure_version")
public class MeasureVersion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private Measure measure;

	private String announcement;

	private LocalDate announcedOn;

	private LocalDate effectiveFrom;

	private LocalDate effectiveTo;

	private String summaryTh;

	private String whoMayApplyTh;

	private String applicantRoles;

	private String statusGroups;

	@Enumerated(EnumType.STRING)
	private FundGeneration fundGeneration;

	private LocalDate contractSignedFrom;

	private LocalDate contractSignedTo;

	private boolean excludesInCourt;

	private boolean requiresEarlierMeasure;

	private String conditionsToCheckTh;

	private String documentsTh;

	@Enumerated(EnumType.STRING)
	private ApprovalPath approvalPath;

	private String source;

	private String createdBy;

	private Instant createdAt;

	protected MeasureVersion() {
	}

	MeasureVersion(Measure measure, MeasureVersionForm form, String createdBy) {
		this.measure = measure;
		this.announcement = form.getAnnouncement().strip();
		this.announcedOn = form.announcedOn;
		this.effectiveFrom = form.effectiveFrom;
		this.effectiveTo = form.effectiveTo;
		this.summaryTh = form.getSummary().strip();
		this.whoMayApplyTh = form.getWhoMayApply().strip();
		this.applicantRoles = form.getApplicantRoles().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
		this.statusGroups = form.getStatusGroups().isEmpty() ? null
				: form.getStatusGroups().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
		this.fundGeneration = form.getFundGeneration();
		this.contractSignedFrom = form.contractSignedFrom;
		this.contractSignedTo = form.contractSignedTo;
		this.excludesInCourt = form.isExcludesInCourt();
		this.requiresEarlierMeasure = form.isRequiresEarlierMeasure();
		this.conditionsToCheckTh = blankToNull(form.getConditionsToCheck());
		this.documentsTh = blankToNull(form.getDocuments());
		this.approvalPath = form.getApprovalPath();
		this.source = form.getSource().strip();
		this.createdBy = createdBy;
		this.createdAt = Instant.now();
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	public Long getId() {
		return this.id;
	}

	public Measure getMeasure() {
		return this.measure;
	}

	public String getAnnouncement() {
		return this.announcement;
	}

	public LocalDate getAnnouncedOn() {
		return this.announcedOn;
	}

	public LocalDate getEffectiveFrom() {
		return this.effectiveFrom;
	}

	public LocalDate getEffectiveTo() {
		return this.effectiveTo;
	}

	public String getSummaryTh() {
		return this.summaryTh;
	}

	public String getWhoMayApplyTh() {
		return this.whoMayApplyTh;
	}

	public Set<MemberRole> applicantRoles() {
		return Arrays.stream(this.applicantRoles.split(",")).map(MemberRole::valueOf).collect(Collectors.toSet());
	}

	/** The status groups a debtor must be in; empty when any group may apply. */
	public Set<StatusGroup> statusGroups() {
		return this.statusGroups == null ? Set.of()
				: Arrays.stream(this.statusGroups.split(",")).map(StatusGroup::valueOf).collect(Collectors.toSet());
	}

	public FundGeneration getFundGeneration() {
		return this.fundGeneration;
	}

	public LocalDate getContractSignedFrom() {
		return this.contractSignedFrom;
	}

	public LocalDate getContractSignedTo() {
		return this.contractSignedTo;
	}

	public boolean isExcludesInCourt() {
		return this.excludesInCourt;
	}

	public boolean isRequiresEarlierMeasure() {
		return this.requiresEarlierMeasure;
	}

	public String getConditionsToCheckTh() {
		return this.conditionsToCheckTh;
	}

	/** The papers an applicant brings, one per line of the announcement. */
	public List<String> documents() {
		return this.documentsTh == null ? List.of()
				: Arrays.stream(this.documentsTh.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	public String getDocumentsTh() {
		return this.documentsTh;
	}

	public ApprovalPath getApprovalPath() {
		return this.approvalPath;
	}

	public String getSource() {
		return this.source;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public boolean inForceOn(LocalDate date) {
		return !this.effectiveFrom.isAfter(date) && (this.effectiveTo == null || !this.effectiveTo.isBefore(date));
	}

}
