package th.go.cdd.fastdata.womenfund.measure;

/** Where the debt stands when the debtor pays: before suit, or in court during mediation. */
public enum DiscountStage {

	/** ก่อนฟ้อง: days count from the demand letter (หนังสือบอกกล่าวทวงถาม). */
	BEFORE_SUIT("ก่อนฟ้อง (นับจากหนังสือบอกกล่าวทวงถาม)"),
	/** ในชั้นศาล: days count from the compromise agreement (สัญญาประนีประนอมยอมความ). */
	IN_COURT("ในชั้นศาล (นับจากสัญญาประนีประนอมยอมความ)");

	private final String label;

	DiscountStage(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
