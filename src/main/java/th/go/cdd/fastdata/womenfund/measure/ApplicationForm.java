package th.go.cdd.fastdata.womenfund.measure;

/** An application as the officer drafts it on the page; the terms are for a restructuring only. */
public class ApplicationForm {

	private Long personId;

	private Measure measure;

	private String note;

	private String firstDueOn;

	private Integer years;

	private Integer installmentsPerYear = 12;

	private boolean useCustom;

	private String customInstallments;

	public boolean isUseCustom() {
		return this.useCustom;
	}

	public void setUseCustom(boolean useCustom) {
		this.useCustom = useCustom;
	}

	public String getCustomInstallments() {
		return this.customInstallments;
	}

	public void setCustomInstallments(String customInstallments) {
		this.customInstallments = customInstallments;
	}

	public Long getPersonId() {
		return this.personId;
	}

	public void setPersonId(Long personId) {
		this.personId = personId;
	}

	public Measure getMeasure() {
		return this.measure;
	}

	public void setMeasure(Measure measure) {
		this.measure = measure;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public String getFirstDueOn() {
		return this.firstDueOn;
	}

	public void setFirstDueOn(String firstDueOn) {
		this.firstDueOn = firstDueOn;
	}

	public Integer getYears() {
		return this.years;
	}

	public void setYears(Integer years) {
		this.years = years;
	}

	public Integer getInstallmentsPerYear() {
		return this.installmentsPerYear;
	}

	public void setInstallmentsPerYear(Integer installmentsPerYear) {
		this.installmentsPerYear = installmentsPerYear;
	}

}
