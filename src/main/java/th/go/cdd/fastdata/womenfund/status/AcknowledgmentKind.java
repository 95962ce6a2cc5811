package th.go.cdd.fastdata.womenfund.status;

/**
 * The letters a debtor signs to keep the fund's claim alive (หนังสือรับสภาพ): they matter because they
 * restart or reopen the limitation period (Civil and Commercial Code §193/14 ff. and §193/35).
 */
public enum AcknowledgmentKind {

	/** Signed before the period runs out: the period starts again from the signing date. */
	DEBT("หนังสือรับสภาพหนี้"),
	/** Signed after the period has run out: gives a new, shorter period from the signing date. */
	LIABILITY("หนังสือรับสภาพความผิด");

	private final String label;

	AcknowledgmentKind(String label) {
		this.label = label;
	}

	/** The Thai name of the letter, as printed on the form. */
	public String label() {
		return this.label;
	}

}
