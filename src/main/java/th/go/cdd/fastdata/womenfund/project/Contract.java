package th.go.cdd.fastdata.womenfund.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** The loan contract (สัญญากู้ยืมเงิน) of a project, with its schedules. */
@Entity
@Table(name = "wf_contract")
public class Contract {

	/**
	 * The yearly default interest (ดอกเบี้ยผิดนัด) the fund's contracts state, for a contract entered
	 * without one (LM's export has no column for it); an officer corrects a contract that differs.
	 */
	public static final BigDecimal USUAL_DEFAULT_INTEREST = new BigDecimal("7.500");

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@OneToOne(fetch = FetchType.LAZY, optional = false)
	private Project project;

	@Column(name = "contract_number")
	private String number;

	private LocalDate signedOn;

	private BigDecimal amount;

	private BigDecimal annualInterestRate;

	private BigDecimal defaultInterestRate;

	@OneToMany(mappedBy = "contract", fetch = FetchType.LAZY)
	@OrderBy("effectiveFrom")
	private List<Schedule> schedules = new ArrayList<>();

	protected Contract() {
	}

	Contract(Project project, ContractTerms terms) {
		this.project = project;
		revise(terms);
	}

	void revise(ContractTerms terms) {
		this.number = terms.number();
		this.signedOn = terms.signedOn();
		this.amount = terms.amount();
		this.annualInterestRate = terms.annualInterestRate();
		this.defaultInterestRate = terms.defaultInterestRate();
	}

	String auditState() {
		return "number=" + this.number + "; signedOn=" + this.signedOn + "; amount=" + this.amount
				+ "; annualInterestRate=" + this.annualInterestRate + "; defaultInterestRate=" + this.defaultInterestRate;
	}

	public Long getId() {
		return this.id;
	}

	public Project getProject() {
		return this.project;
	}

	public String getNumber() {
		return this.number;
	}

	public LocalDate getSignedOn() {
		return this.signedOn;
	}

	public BigDecimal getAmount() {
		return this.amount;
	}

	public BigDecimal getAnnualInterestRate() {
		return this.annualInterestRate;
	}

	public BigDecimal getDefaultInterestRate() {
		return this.defaultInterestRate;
	}

	public List<Schedule> getSchedules() {
		return this.schedules;
	}

}
