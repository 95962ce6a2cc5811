package th.go.cdd.fastdata.womenfund.litigation;

/** Why the fund sues. */
public enum LitigationReason {

	/** ไกล่เกลี่ยแล้วตกลงกันไม่ได้. */
	NO_AGREEMENT("ไกล่เกลี่ยแล้วตกลงกันไม่ได้"),
	/** ลูกหนี้ไม่มาตามนัดไกล่เกลี่ย. */
	NO_SHOW("ลูกหนี้ไม่มาตามนัดไกล่เกลี่ย"),
	/** ติดตามตัวลูกหนี้ไม่ได้ (§5.3). */
	UNTRACEABLE("ติดตามตัวลูกหนี้ไม่ได้ (§5.3)"),
	/** อื่น ๆ. */
	OTHER("อื่น ๆ");

	private final String label;

	LitigationReason(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
