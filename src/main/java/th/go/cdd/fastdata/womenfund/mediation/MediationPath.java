package th.go.cdd.fastdata.womenfund.mediation;

/** How the debtor comes to the court (Appendix 29's two columns). */
public enum MediationPath {

	/** แนวทางการปฏิบัติ: the court invites by registered mail; the hearing at least 45 days after she receives it. */
	MAIL("ทางไปรษณีย์ (ศาลส่งหนังสือเชิญ)"),
	/** เทคนิคเชิงรุก: officers invite in the field and book her for the court's day. */
	PROACTIVE("เชิงรุก (เจ้าหน้าที่เชิญในพื้นที่)");

	private final String label;

	MediationPath(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
