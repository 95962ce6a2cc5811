package th.go.cdd.fastdata.womenfund;

/**
 * Checking or applying an LM import failed on an error of the system (นำเข้าข้อมูล LM ไม่สำเร็จ);
 * nothing of it was written. Published in the transaction that records the failure.
 *
 * @param applying true when applying failed, false when checking (the preview) failed
 */
public record ImportFailed(long importId, String kindLabel, String uploadedBy, boolean applying) {
}
