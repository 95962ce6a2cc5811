package th.go.cdd.fastdata.womenfund.status;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An acknowledgment letter the debtor signed (หนังสือรับสภาพที่ลงนามแล้ว).
 *
 * @param kind which letter she signed
 * @param signedOn the day she signed it
 */
public record SignedAcknowledgment(AcknowledgmentKind kind, LocalDate signedOn) {

	public SignedAcknowledgment {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(signedOn, "signedOn");
	}

}
