package th.go.cdd.fastdata.womenfund.measure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.validation.Errors;

import th.go.cdd.fastdata.thai.ThaiDates;
import th.go.cdd.fastdata.womenfund.project.FundGeneration;
import th.go.cdd.fastdata.womenfund.project.MemberRole;
import th.go.cdd.fastdata.womenfund.project.TypedFields;
import th.go.cdd.fastdata.womenfund.status.StatusGroup;

/**
 * A new version of a measure as provincial staff type it from an announcement. It starts as a copy
 * of the version in force, so only what the announcement changes needs typing.
 */
public class MeasureVersionForm {

	private String announcement;

	private String announcedOnText;

	private String effectiveFromText;

	private String effectiveToText;

	private String summary;

	private String whoMayApply;

	private List<MemberRole> applicantRoles = new ArrayList<>();

	private List<StatusGroup> statusGroups = new ArrayList<>();

	private FundGeneration fundGeneration;

	private String contractSignedFromText;

	private String contractSignedToText;

	private boolean excludesInCourt;

	private boolean requiresEarlierMeasure;

	private String conditionsToCheck;

	private String documents;

	private ApprovalPath approvalPath = ApprovalPath.PROVINCE;

	private String source;

	// read by read(); the entity takes these
	LocalDate announcedOn;

	LocalDate effectiveFrom;

	LocalDate effectiveTo;

	LocalDate contractSignedFrom;

	LocalDate contractSignedTo;

	static MeasureVersionForm copyOf(MeasureVersion version) {
		MeasureVersionForm form = new MeasureVersionForm();
		form.announcement = version.getAnnouncement();
		form.summary = version.getSummaryTh();
		form.whoMayApply = version.getWhoMayApplyTh();
		form.applicantRoles = new ArrayList<>(version.applicantRoles());
		form.statusGroups = new ArrayList<>(version.statusGroups());
		form.fundGeneration = version.getFundGeneration();
		form.contractSignedFromText = text(version.getContractSignedFrom());
		form.contractSignedToText = text(version.getContractSignedTo());
		form.excludesInCourt = version.isExcludesInCourt();
		form.requiresEarlierMeasure = version.isRequiresEarlierMeasure();
		form.conditionsToCheck = version.getConditionsToCheckTh();
		form.documents = version.getDocumentsTh();
		form.approvalPath = version.getApprovalPath();
		return form;
	}

	private static String text(LocalDate date) {
		return date == null ? null : ThaiDates.shortDate(date);
	}

	/** Checks everything and reads the dates; the caller stores nothing while errors remain. */
	void read(Errors errors, LocalDate today) {
		TypedFields fields = new TypedFields(errors, today);
		fields.text(this.announcement, "announcement", "ชื่อประกาศ", true, 500);
		this.announcedOn = fields.date(this.announcedOnText, "announcedOnText", "วันที่ประกาศ", false, true);
		this.effectiveFrom = fields.date(this.effectiveFromText, "effectiveFromText", "วันที่มีผล", true, false);
		this.effectiveTo = fields.date(this.effectiveToText, "effectiveToText", "วันที่สิ้นสุด", false, false);
		if (this.effectiveFrom != null && this.effectiveTo != null && this.effectiveTo.isBefore(this.effectiveFrom)) {
			errors.rejectValue("effectiveToText", "order", "วันที่สิ้นสุดต้องไม่ก่อนวันที่มีผล");
		}
		fields.text(this.summary, "summary", "สาระสำคัญ", true, 2000);
		fields.text(this.whoMayApply, "whoMayApply", "ผู้มีสิทธิ์ยื่นคำขอ", true, 1000);
		if (this.applicantRoles == null || this.applicantRoles.isEmpty()) {
			errors.rejectValue("applicantRoles", "required", "กรุณาเลือกฐานะของผู้ยื่นคำขออย่างน้อยหนึ่งฐานะ");
		}
		this.contractSignedFrom = fields.date(this.contractSignedFromText, "contractSignedFromText", "สัญญาลงนามตั้งแต่",
				false, false);
		this.contractSignedTo = fields.date(this.contractSignedToText, "contractSignedToText", "สัญญาลงนามถึง", false,
				false);
		fields.text(this.conditionsToCheck, "conditionsToCheck", "เงื่อนไขที่ต้องตรวจ", false, 2000);
		fields.text(this.documents, "documents", "เอกสารประกอบ", false, 2000);
		if (this.approvalPath == null) {
			errors.rejectValue("approvalPath", "required", "กรุณาเลือกผู้พิจารณา");
		}
		fields.text(this.source, "source", "ที่มา (ประกาศ/หนังสือสั่งการ)", true, 1000);
	}

	public String getAnnouncement() {
		return this.announcement;
	}

	public void setAnnouncement(String announcement) {
		this.announcement = announcement;
	}

	public String getAnnouncedOnText() {
		return this.announcedOnText;
	}

	public void setAnnouncedOnText(String announcedOnText) {
		this.announcedOnText = announcedOnText;
	}

	public String getEffectiveFromText() {
		return this.effectiveFromText;
	}

	public void setEffectiveFromText(String effectiveFromText) {
		this.effectiveFromText = effectiveFromText;
	}

	public String getEffectiveToText() {
		return this.effectiveToText;
	}

	public void setEffectiveToText(String effectiveToText) {
		this.effectiveToText = effectiveToText;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getWhoMayApply() {
		return this.whoMayApply;
	}

	public void setWhoMayApply(String whoMayApply) {
		this.whoMayApply = whoMayApply;
	}

	public List<MemberRole> getApplicantRoles() {
		return this.applicantRoles;
	}

	public void setApplicantRoles(List<MemberRole> applicantRoles) {
		this.applicantRoles = applicantRoles == null ? new ArrayList<>() : applicantRoles;
	}

	public List<StatusGroup> getStatusGroups() {
		return this.statusGroups;
	}

	public void setStatusGroups(List<StatusGroup> statusGroups) {
		this.statusGroups = statusGroups == null ? new ArrayList<>() : statusGroups;
	}

	public FundGeneration getFundGeneration() {
		return this.fundGeneration;
	}

	public void setFundGeneration(FundGeneration fundGeneration) {
		this.fundGeneration = fundGeneration;
	}

	public String getContractSignedFromText() {
		return this.contractSignedFromText;
	}

	public void setContractSignedFromText(String contractSignedFromText) {
		this.contractSignedFromText = contractSignedFromText;
	}

	public String getContractSignedToText() {
		return this.contractSignedToText;
	}

	public void setContractSignedToText(String contractSignedToText) {
		this.contractSignedToText = contractSignedToText;
	}

	public boolean isExcludesInCourt() {
		return this.excludesInCourt;
	}

	public void setExcludesInCourt(boolean excludesInCourt) {
		this.excludesInCourt = excludesInCourt;
	}

	public boolean isRequiresEarlierMeasure() {
		return this.requiresEarlierMeasure;
	}

	public void setRequiresEarlierMeasure(boolean requiresEarlierMeasure) {
		this.requiresEarlierMeasure = requiresEarlierMeasure;
	}

	public String getConditionsToCheck() {
		return this.conditionsToCheck;
	}

	public void setConditionsToCheck(String conditionsToCheck) {
		this.conditionsToCheck = conditionsToCheck;
	}

	public String getDocuments() {
		return this.documents;
	}

	public void setDocuments(String documents) {
		this.documents = documents;
	}

	public ApprovalPath getApprovalPath() {
		return this.approvalPath;
	}

	public void setApprovalPath(ApprovalPath approvalPath) {
		this.approvalPath = approvalPath;
	}

	public String getSource() {
		return this.source;
	}

	public void setSource(String source) {
		this.source = source;
	}

}
