package th.go.cdd.fastdata.womenfund.project;

/** A person's place on a project. */
public enum MemberRole {

	/** ผู้กู้ / ผู้แทนกลุ่ม. */
	BORROWER("ผู้กู้/ผู้แทนกลุ่ม"),
	/** ลูกหนี้ร่วม. */
	CO_BORROWER("ลูกหนี้ร่วม"),
	/** ผู้ค้ำประกัน. */
	GUARANTOR("ผู้ค้ำประกัน");

	private final String label;

	MemberRole(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
