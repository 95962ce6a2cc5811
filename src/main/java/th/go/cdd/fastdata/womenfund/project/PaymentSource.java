package th.go.cdd.fastdata.womenfund.project;

/** Where a payment was recorded from. */
public enum PaymentSource {

	RECEIPT("ใบเสร็จรับเงิน"), BILL_PAYMENT("Bill Payment"), LM("นำเข้าจาก LM");

	private final String label;

	PaymentSource(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
