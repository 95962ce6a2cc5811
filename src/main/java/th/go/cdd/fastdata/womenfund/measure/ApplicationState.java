package th.go.cdd.fastdata.womenfund.measure;

/** Where an application (คำขอเข้าร่วมมาตรการ) stands. */
public enum ApplicationState {

	/** ร่าง: the district officer is preparing it. */
	DRAFT("ร่าง", false),
	/** ยื่นแล้ว รอพิจารณา: waiting for the district subcommittee, or the province where no endorsement is needed. */
	SUBMITTED("ยื่นแล้ว รอพิจารณา", false),
	/** อำเภอเห็นชอบ รอจังหวัดอนุมัติ. */
	ENDORSED("อำเภอเห็นชอบแล้ว รอจังหวัดอนุมัติ", false),
	/** ส่งกลับแก้ไข: back with the drafter, with the reason. */
	RETURNED("ส่งกลับแก้ไข", false),
	/** อนุมัติ: decided, and what it changes is recorded on the contract. */
	APPROVED("อนุมัติ", true),
	/** ไม่อนุมัติ. */
	REJECTED("ไม่อนุมัติ", true);

	private final String label;

	private final boolean decided;

	ApplicationState(String label, boolean decided) {
		this.label = label;
		this.decided = decided;
	}

	public String label() {
		return this.label;
	}

	/** A decided application is read-only. */
	public boolean decided() {
		return this.decided;
	}

	/** Still moving: counts as an open application of the person for the measure. */
	public boolean open() {
		return !this.decided;
	}

}
