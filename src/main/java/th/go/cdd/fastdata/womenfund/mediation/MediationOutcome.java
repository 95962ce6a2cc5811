package th.go.cdd.fastdata.womenfund.mediation;

/** Where a mediation case ended: a compromise and a new schedule, or the next step toward litigation. */
public enum MediationOutcome {

	/** รอวันไกล่เกลี่ย. */
	OPEN("รอวันไกล่เกลี่ย", false),
	/** ทำสัญญาประนีประนอมยอมความ: a new schedule, and the in-court discount on default interest. */
	COMPROMISE("ทำสัญญาประนีประนอมยอมความ", false),
	/** ตกลงกันไม่ได้: toward litigation. */
	NO_AGREEMENT("ตกลงกันไม่ได้", true),
	/** ลูกหนี้ไม่มาตามนัด: toward litigation. */
	NO_SHOW("ลูกหนี้ไม่มาตามนัด", true);

	private final String label;

	private final boolean towardLitigation;

	MediationOutcome(String label, boolean towardLitigation) {
		this.label = label;
		this.towardLitigation = towardLitigation;
	}

	public String label() {
		return this.label;
	}

	/** The next step is a suit (ดำเนินคดี), the last action of the handbook for groups 1–2. */
	public boolean towardLitigation() {
		return this.towardLitigation;
	}

}
