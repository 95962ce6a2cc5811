package th.go.cdd.fastdata.womenfund.mediation;

/** The outcome of the hearing; the amount and schedule are for a compromise only. */
public class OutcomeForm {

	private MediationOutcome outcome;

	private String outcomeOn;

	private String note;

	private String compromiseAmount;

	private String firstDueOn;

	private Integer installments;

	private Integer intervalMonths = 1;

	public MediationOutcome getOutcome() {
		return this.outcome;
	}

	public void setOutcome(MediationOutcome outcome) {
		this.outcome = outcome;
	}

	public String getOutcomeOn() {
		return this.outcomeOn;
	}

	public void setOutcomeOn(String outcomeOn) {
		this.outcomeOn = outcomeOn;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public String getCompromiseAmount() {
		return this.compromiseAmount;
	}

	public void setCompromiseAmount(String compromiseAmount) {
		this.compromiseAmount = compromiseAmount;
	}

	public String getFirstDueOn() {
		return this.firstDueOn;
	}

	public void setFirstDueOn(String firstDueOn) {
		this.firstDueOn = firstDueOn;
	}

	public Integer getInstallments() {
		return this.installments;
	}

	public void setInstallments(Integer installments) {
		this.installments = installments;
	}

	public Integer getIntervalMonths() {
		return this.intervalMonths;
	}

	public void setIntervalMonths(Integer intervalMonths) {
		this.intervalMonths = intervalMonths;
	}

}
