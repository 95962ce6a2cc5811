package th.go.cdd.fastdata.womenfund.project;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A payment as the officer types it: dates in B.E. or C.E., amounts with commas. */
public class PaymentForm {

	@NotBlank(message = "กรุณากรอกวันที่ชำระ")
	private String paidOn;

	@NotBlank(message = "กรุณากรอกจำนวนเงิน")
	private String amount;

	@Size(max = 100, message = "เลขที่อ้างอิงยาวได้ไม่เกิน 100 ตัวอักษร")
	private String reference;

	@NotNull(message = "กรุณาเลือกช่องทางการชำระ")
	private PaymentSource source = PaymentSource.RECEIPT;

	public String getPaidOn() {
		return this.paidOn;
	}

	public void setPaidOn(String paidOn) {
		this.paidOn = paidOn;
	}

	public String getAmount() {
		return this.amount;
	}

	public void setAmount(String amount) {
		this.amount = amount;
	}

	public String getReference() {
		return this.reference;
	}

	public void setReference(String reference) {
		this.reference = (reference == null || reference.isBlank()) ? null : reference.strip();
	}

	public PaymentSource getSource() {
		return this.source;
	}

	public void setSource(PaymentSource source) {
		this.source = source;
	}

}
