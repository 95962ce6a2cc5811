package th.go.cdd.fastdata.womenfund;

/**
 * An LM import was applied (นำเข้าข้อมูล LM เสร็จแล้ว), published inside its transaction.
 *
 * @param kindLabel what the file held, in Thai ("ข้อมูลโครงการและบุคคล")
 * @param uploadedBy the username of the user who uploaded it
 * @param added rows or projects added; {@code changed} and {@code unchanged} likewise
 */
public record ImportFinished(long importId, String kindLabel, String uploadedBy, int rows, int added, int changed,
		int unchanged) {
}
