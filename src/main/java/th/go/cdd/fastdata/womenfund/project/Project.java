package th.go.cdd.fastdata.womenfund.project;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A project (โครงการ): one loan of the fund to a women's group, known in LM by its code.
 * Its area is kept as ids of the organisation module, so scope queries need no join.
 */
@Entity
@Table(name = "wf_project")
public class Project {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private String name;

	private String groupName;

	@Enumerated(EnumType.STRING)
	private FundGeneration fundGeneration;

	private Long districtId;

	private Long subdistrictId;

	private Long villageId;

	private int fiscalYear;

	private BigDecimal approvedAmount;

	private String lmUrl;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected Project() {
	}

	/** A project entered by an officer; the fund generation follows the contract's signing date. */
	Project(String code, ProjectDetails details, FundGeneration fundGeneration) {
		this.code = code;
		this.fundGeneration = fundGeneration;
		this.createdAt = Instant.now();
		revise(details);
	}

	/** Everything an officer may change after registration: not the LM code, the natural key of imports. */
	void revise(ProjectDetails details) {
		this.name = details.name();
		this.groupName = details.groupName();
		this.districtId = details.districtId();
		this.subdistrictId = details.subdistrictId();
		this.villageId = details.villageId();
		this.fiscalYear = details.fiscalYear();
		this.approvedAmount = details.approvedAmount();
		this.lmUrl = details.lmUrl();
		this.updatedAt = Instant.now();
	}

	void setFundGeneration(FundGeneration fundGeneration) {
		this.fundGeneration = fundGeneration;
	}

	/** The project as the audit log keeps it, before and after a change. */
	String auditState() {
		return "code=" + this.code + "; name=" + this.name + "; groupName=" + this.groupName + "; fundGeneration="
				+ this.fundGeneration + "; districtId=" + this.districtId + "; subdistrictId=" + this.subdistrictId
				+ "; villageId=" + this.villageId + "; fiscalYear=" + this.fiscalYear + "; approvedAmount="
				+ this.approvedAmount + "; lmUrl=" + this.lmUrl;
	}

	public Long getId() {
		return this.id;
	}

	public String getCode() {
		return this.code;
	}

	public String getName() {
		return this.name;
	}

	public String getGroupName() {
		return this.groupName;
	}

	public FundGeneration getFundGeneration() {
		return this.fundGeneration;
	}

	public Long getDistrictId() {
		return this.districtId;
	}

	public Long getSubdistrictId() {
		return this.subdistrictId;
	}

	public Long getVillageId() {
		return this.villageId;
	}

	public int getFiscalYear() {
		return this.fiscalYear;
	}

	public BigDecimal getApprovedAmount() {
		return this.approvedAmount;
	}

	public String getLmUrl() {
		return this.lmUrl;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	void touch() {
		this.updatedAt = Instant.now();
	}

}
