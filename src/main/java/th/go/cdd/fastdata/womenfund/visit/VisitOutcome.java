package th.go.cdd.fastdata.womenfund.visit;

/** What came of a visit (ผลการติดตามเยี่ยม), as the officer chooses it in the field. */
public enum VisitOutcome {

	/** พบตัวลูกหนี้ and talked. */
	MET("พบตัว", false),
	/** ไม่อยู่บ้าน: try again. */
	NOT_AT_HOME("ไม่อยู่บ้าน", false),
	/** ย้ายที่อยู่: she no longer lives there (handbook §5.3: goes to the list for the prosecutor). */
	MOVED("ย้ายที่อยู่", true),
	/** ติดตามตัวไม่พบ: nobody knows where she is (§5.3). */
	UNTRACEABLE("ติดตามตัวไม่ได้", true),
	/** ถึงแก่กรรม: the 2568 relief measure or the estate. */
	DECEASED("เสียชีวิต", false),
	/** นัดชำระ, with a date and an amount. */
	PROMISED_TO_PAY("นัดชำระหนี้", false),
	/** จะยื่นขอเข้ามาตรการ (restructuring, discount, 2568 relief …). */
	WILL_APPLY_FOR_MEASURE("จะยื่นขอเข้ามาตรการ", false),
	/** ปฏิเสธการชำระ. */
	REFUSES("ปฏิเสธการชำระ", false);

	private final String label;

	private final boolean untraceable;

	VisitOutcome(String label, boolean untraceable) {
		this.label = label;
		this.untraceable = untraceable;
	}

	/** The Thai name shown on screen. */
	public String label() {
		return this.label;
	}

	/** Whether the debtor could not be found (the §5.3 list for a lawsuit). */
	public boolean untraceable() {
		return this.untraceable;
	}

	/** A promise needs its date and amount. */
	public boolean needsPromise() {
		return this == PROMISED_TO_PAY;
	}

}
