package th.go.cdd.fastdata.womenfund.project;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One installment (งวด) of a schedule: what is due, and when. */
@Entity
@Table(name = "wf_installment")
public class Installment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Schedule schedule;

	private int seq;

	private LocalDate dueOn;

	private BigDecimal amount;

	protected Installment() {
	}

	Installment(Schedule schedule, int seq, LocalDate dueOn, BigDecimal amount) {
		this.schedule = schedule;
		this.seq = seq;
		this.dueOn = dueOn;
		this.amount = amount;
		schedule.getInstallments().add(this);
	}

	public Long getId() {
		return this.id;
	}

	public Schedule getSchedule() {
		return this.schedule;
	}

	public int getSeq() {
		return this.seq;
	}

	public LocalDate getDueOn() {
		return this.dueOn;
	}

	public BigDecimal getAmount() {
		return this.amount;
	}

}
