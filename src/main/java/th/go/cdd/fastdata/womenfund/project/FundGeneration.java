package th.go.cdd.fastdata.womenfund.project;

/** Which fund lent the money: the old fund, or the new fund of contracts since 2560. */
public enum FundGeneration {

	/** กองทุนเดิม. */
	OLD("กองทุนเดิม"),
	/** กองทุนใหม่ (สัญญาตั้งแต่ปี 2560). */
	NEW("กองทุนใหม่");

	private final String label;

	FundGeneration(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
