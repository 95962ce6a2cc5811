package th.go.cdd.fastdata.womenfund.project;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/**
 * A repayment schedule (ตารางผ่อนชำระ) in force from a date. A restructuring adds a new one;
 * the old one stays, so history is never overwritten.
 */
@Entity
@Table(name = "wf_schedule")
public class Schedule {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Contract contract;

	private LocalDate effectiveFrom;

	private String reason;

	private Instant createdAt;

	@OneToMany(mappedBy = "schedule", fetch = FetchType.LAZY)
	@OrderBy("seq")
	private List<Installment> installments = new ArrayList<>();

	protected Schedule() {
	}

	Schedule(Contract contract, LocalDate effectiveFrom, String reason) {
		this.contract = contract;
		this.effectiveFrom = effectiveFrom;
		this.reason = reason;
		this.createdAt = Instant.now();
		// both sides, so a classification in the same transaction sees the new schedule
		contract.getSchedules().add(this);
	}

	public Long getId() {
		return this.id;
	}

	public Contract getContract() {
		return this.contract;
	}

	public LocalDate getEffectiveFrom() {
		return this.effectiveFrom;
	}

	public String getReason() {
		return this.reason;
	}

	public List<Installment> getInstallments() {
		return this.installments;
	}

}
