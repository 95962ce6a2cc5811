package th.go.cdd.fastdata.womenfund.litigation;

/** Where a suit stands, in the order it moves. */
public enum LitigationStage {

	/** รวบรวมพยานหลักฐาน. */
	PREPARING("รวบรวมพยานหลักฐาน"),
	/** ส่งพนักงานอัยการแล้ว. */
	WITH_PROSECUTOR("ส่งพนักงานอัยการแล้ว"),
	/** ยื่นฟ้องแล้ว (คดีหมายเลขดำ). */
	FILED("ยื่นฟ้องแล้ว"),
	/** ศาลพิพากษาแล้ว (คดีหมายเลขแดง). */
	JUDGED("ศาลพิพากษาแล้ว"),
	/** บังคับคดี. */
	ENFORCING("บังคับคดี"),
	/** ปิดเรื่อง. */
	CLOSED("ปิดเรื่อง");

	private final String label;

	LitigationStage(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** The stage after this one on the usual way; closing is possible from any open stage. */
	public LitigationStage next() {
		return this == CLOSED || this == ENFORCING ? CLOSED : values()[ordinal() + 1];
	}

	/** Before a court: filed, judged or being enforced (the interest reduction excludes these debtors). */
	public boolean inCourt() {
		return this == FILED || this == JUDGED || this == ENFORCING;
	}

}
