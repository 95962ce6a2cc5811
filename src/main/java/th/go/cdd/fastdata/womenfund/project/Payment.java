package th.go.cdd.fastdata.womenfund.project;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A payment received (การชำระเงิน). */
@Entity
@Table(name = "wf_payment")
public class Payment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Project project;

	private LocalDate paidOn;

	private BigDecimal amount;

	private String reference;

	@Enumerated(EnumType.STRING)
	private PaymentSource source;

	private Instant createdAt;

	private String createdBy;

	protected Payment() {
	}

	Payment(Project project, LocalDate paidOn, BigDecimal amount, String reference, PaymentSource source,
			String createdBy) {
		this.project = project;
		this.paidOn = paidOn;
		this.amount = amount;
		this.reference = reference;
		this.source = source;
		this.createdAt = Instant.now();
		this.createdBy = createdBy;
	}

	public Long getId() {
		return this.id;
	}

	public LocalDate getPaidOn() {
		return this.paidOn;
	}

	public BigDecimal getAmount() {
		return this.amount;
	}

	public String getReference() {
		return this.reference;
	}

	public PaymentSource getSource() {
		return this.source;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

	String auditState() {
		return "paidOn=" + this.paidOn + "; amount=" + this.amount + "; reference=" + this.reference + "; source="
				+ this.source;
	}

}
