package th.go.cdd.fastdata.womenfund.project;

import java.util.ArrayList;
import java.util.List;

/**
 * A project with its contract, repayment schedule and people, as the officer types it: dates in
 * B.E. or C.E., amounts with commas, all kept as typed so a refused form comes back as it was.
 * The edit form uses the same fields but not the schedule and people, which have their own entries.
 */
public class ProjectForm {

	private String code;

	private String name;

	private String groupName;

	private Long districtId;

	private Long subdistrictId;

	private Long villageId;

	private String fiscalYear;

	private String approvedAmount;

	private String lmUrl;

	private String contractNumber;

	private String signedOn;

	private String contractAmount;

	private String annualInterestRate;

	private String defaultInterestRate = Contract.USUAL_DEFAULT_INTEREST.stripTrailingZeros().toPlainString();

	private String firstDueOn;

	private String installmentCount = "24";

	private int intervalMonths = 1;

	private List<MemberForm> members = new ArrayList<>(List.of(new MemberForm(MemberRole.BORROWER),
			new MemberForm(MemberRole.CO_BORROWER), new MemberForm(MemberRole.GUARANTOR)));

	static ProjectForm of(Project project, Contract contract) {
		ProjectForm form = new ProjectForm();
		form.code = project.getCode();
		form.name = project.getName();
		form.groupName = project.getGroupName();
		form.districtId = project.getDistrictId();
		form.subdistrictId = project.getSubdistrictId();
		form.villageId = project.getVillageId();
		form.fiscalYear = String.valueOf(project.getFiscalYear());
		form.approvedAmount = th.go.cdd.fastdata.thai.Baht.amount(project.getApprovedAmount());
		form.lmUrl = project.getLmUrl();
		if (contract != null) {
			form.contractNumber = contract.getNumber();
			form.signedOn = th.go.cdd.fastdata.thai.ThaiDates.shortDate(contract.getSignedOn());
			form.contractAmount = th.go.cdd.fastdata.thai.Baht.amount(contract.getAmount());
			form.annualInterestRate = contract.getAnnualInterestRate().stripTrailingZeros().toPlainString();
			form.defaultInterestRate = contract.getDefaultInterestRate().stripTrailingZeros().toPlainString();
		}
		form.members = new ArrayList<>();
		return form;
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getGroupName() {
		return this.groupName;
	}

	public void setGroupName(String groupName) {
		this.groupName = groupName;
	}

	public Long getDistrictId() {
		return this.districtId;
	}

	public void setDistrictId(Long districtId) {
		this.districtId = districtId;
	}

	public Long getSubdistrictId() {
		return this.subdistrictId;
	}

	public void setSubdistrictId(Long subdistrictId) {
		this.subdistrictId = subdistrictId;
	}

	public Long getVillageId() {
		return this.villageId;
	}

	public void setVillageId(Long villageId) {
		this.villageId = villageId;
	}

	public String getFiscalYear() {
		return this.fiscalYear;
	}

	public void setFiscalYear(String fiscalYear) {
		this.fiscalYear = fiscalYear;
	}

	public String getApprovedAmount() {
		return this.approvedAmount;
	}

	public void setApprovedAmount(String approvedAmount) {
		this.approvedAmount = approvedAmount;
	}

	public String getLmUrl() {
		return this.lmUrl;
	}

	public void setLmUrl(String lmUrl) {
		this.lmUrl = lmUrl;
	}

	public String getContractNumber() {
		return this.contractNumber;
	}

	public void setContractNumber(String contractNumber) {
		this.contractNumber = contractNumber;
	}

	public String getSignedOn() {
		return this.signedOn;
	}

	public void setSignedOn(String signedOn) {
		this.signedOn = signedOn;
	}

	public String getContractAmount() {
		return this.contractAmount;
	}

	public void setContractAmount(String contractAmount) {
		this.contractAmount = contractAmount;
	}

	public String getAnnualInterestRate() {
		return this.annualInterestRate;
	}

	public void setAnnualInterestRate(String annualInterestRate) {
		this.annualInterestRate = annualInterestRate;
	}

	public String getDefaultInterestRate() {
		return this.defaultInterestRate;
	}

	public void setDefaultInterestRate(String defaultInterestRate) {
		this.defaultInterestRate = defaultInterestRate;
	}

	public String getFirstDueOn() {
		return this.firstDueOn;
	}

	public void setFirstDueOn(String firstDueOn) {
		this.firstDueOn = firstDueOn;
	}

	public String getInstallmentCount() {
		return this.installmentCount;
	}

	public void setInstallmentCount(String installmentCount) {
		this.installmentCount = installmentCount;
	}

	public int getIntervalMonths() {
		return this.intervalMonths;
	}

	public void setIntervalMonths(int intervalMonths) {
		this.intervalMonths = intervalMonths;
	}

	public List<MemberForm> getMembers() {
		return this.members;
	}

	public void setMembers(List<MemberForm> members) {
		this.members = members;
	}

}
