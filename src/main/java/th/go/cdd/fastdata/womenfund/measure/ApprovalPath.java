package th.go.cdd.fastdata.womenfund.measure;

/** Who decides an application, as the version of the measure says (handbook §2.4, L2420, L2435, L2441). */
public enum ApprovalPath {

	/** The district screening subcommittee endorses, the provincial administration subcommittee approves (§5.2.2). */
	DISTRICT_THEN_PROVINCE("อนุกรรมการกลั่นกรองฯ อำเภอเห็นชอบ แล้วอนุกรรมการบริหารฯ จังหวัดอนุมัติ"),
	/** The provincial administration subcommittee approves (§5.2.4, §5.2.5). */
	PROVINCE("อนุกรรมการบริหารฯ จังหวัดอนุมัติ"),
	/** The provincial fund secretariat accepts the case (pre-suit mediation goes to the court). */
	SECRETARIAT("เลขานุการกองทุนฯ จังหวัดรับเรื่อง");

	private final String label;

	ApprovalPath(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	boolean needsEndorsement() {
		return this == DISTRICT_THEN_PROVINCE;
	}

}
