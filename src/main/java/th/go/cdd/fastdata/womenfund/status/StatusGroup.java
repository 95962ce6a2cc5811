package th.go.cdd.fastdata.womenfund.status;

/**
 * A debtor status group (กลุ่มสถานะลูกหนี้), declared in the handbook's follow-up order (§5 step 2):
 * the claims closest to being lost come first.
 */
public enum StatusGroup {

	/** The term has ended, she is in default, and the limitation period has run out. */
	TIME_BARRED("ขาดอายุความ", 1),
	/** The term has ended and she is in default, but the claim can still be enforced. */
	CONTRACT_ENDED("สิ้นสุดสัญญา", 2),
	/** Still within the term, with one or more installments missed. */
	OVERDUE("ผิดนัดชำระหนี้", 3),
	/** Still within the term and paying on schedule, possibly on a restructured one. */
	NORMAL("ปกติ", 4),
	/** Everything owed has been paid; not a debtor any more, so never followed up. */
	SETTLED("ชำระครบ", 5);

	private final String label;

	private final int priority;

	StatusGroup(String label, int priority) {
		this.label = label;
		this.priority = priority;
	}

	/** The Thai name shown on screen. */
	public String label() {
		return this.label;
	}

	/** 1 for the group to follow up first; {@link #SETTLED} comes last. */
	public int priority() {
		return this.priority;
	}

	/** Whether a loan in this group still owes the fund money. */
	public boolean debtor() {
		return this != SETTLED;
	}

}
