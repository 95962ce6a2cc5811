package th.go.cdd.fastdata.womenfund.project;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import th.go.cdd.fastdata.womenfund.status.StatusRule;

/** The parameters of the status rule from a date on (rules are data, not code). */
@Entity
@Table(name = "wf_status_parameter")
public class StatusParameter {

	@Id
	private Long id;

	private LocalDate effectiveFrom;

	private int limitationYears;

	private int liabilityAcknowledgmentYears;

	private int warningDays;

	private String source;

	protected StatusParameter() {
	}

	public LocalDate getEffectiveFrom() {
		return this.effectiveFrom;
	}

	public String getSource() {
		return this.source;
	}

	public StatusRule rule() {
		return new StatusRule(this.limitationYears, this.liabilityAcknowledgmentYears, this.warningDays);
	}

}
