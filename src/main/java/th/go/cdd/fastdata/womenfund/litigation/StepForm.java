package th.go.cdd.fastdata.womenfund.litigation;

/** The next step of a suit as the officer records it; which fields count depends on the stage. */
public class StepForm {

	private LitigationStage stage;

	private String on;

	private String prosecutorOffice;

	private Long courtId;

	private String caseNo;

	private String amount;

	private String text;

	public LitigationStage getStage() {
		return this.stage;
	}

	public void setStage(LitigationStage stage) {
		this.stage = stage;
	}

	public String getOn() {
		return this.on;
	}

	public void setOn(String on) {
		this.on = on;
	}

	public String getProsecutorOffice() {
		return this.prosecutorOffice;
	}

	public void setProsecutorOffice(String prosecutorOffice) {
		this.prosecutorOffice = prosecutorOffice;
	}

	public Long getCourtId() {
		return this.courtId;
	}

	public void setCourtId(Long courtId) {
		this.courtId = courtId;
	}

	public String getCaseNo() {
		return this.caseNo;
	}

	public void setCaseNo(String caseNo) {
		this.caseNo = caseNo;
	}

	public String getAmount() {
		return this.amount;
	}

	public void setAmount(String amount) {
		this.amount = amount;
	}

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

}
