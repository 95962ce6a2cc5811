package th.go.cdd.fastdata.womenfund.project;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import th.go.cdd.fastdata.womenfund.status.AcknowledgmentKind;

/** A signed acknowledgment as the officer records it. */
public class AcknowledgmentForm {

	@NotNull(message = "กรุณาเลือกประเภทหนังสือ")
	private AcknowledgmentKind kind;

	@NotBlank(message = "กรุณากรอกวันที่ลงนาม")
	private String signedOn;

	@Size(max = 500, message = "หมายเหตุยาวได้ไม่เกิน 500 ตัวอักษร")
	private String note;

	public AcknowledgmentKind getKind() {
		return this.kind;
	}

	public void setKind(AcknowledgmentKind kind) {
		this.kind = kind;
	}

	public String getSignedOn() {
		return this.signedOn;
	}

	public void setSignedOn(String signedOn) {
		this.signedOn = signedOn;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = (note == null || note.isBlank()) ? null : note.strip();
	}

}
