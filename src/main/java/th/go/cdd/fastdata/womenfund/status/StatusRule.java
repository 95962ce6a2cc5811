package th.go.cdd.fastdata.womenfund.status;

/**
 * The parameters of the status rule (เกณฑ์จัดกลุ่มสถานะลูกหนี้) in force on the classification date. They
 * are stored as dated data, never as constants, because announcements change them.
 *
 * @param limitationYears the limitation period (อายุความ) from the last payment, or from a debt
 * acknowledgment; 5 in the handbook
 * @param liabilityAcknowledgmentYears the new period given by an acknowledgment of liability signed after
 * the limitation has run out; 2 under §193/35
 * @param warningDays how many days before the limitation ends a debtor is flagged for an acknowledgment
 */
public record StatusRule(int limitationYears, int liabilityAcknowledgmentYears, int warningDays) {

	public StatusRule {
		requirePositive(limitationYears, "อายุความ (ปี)");
		requirePositive(liabilityAcknowledgmentYears, "อายุความหลังรับสภาพความผิด (ปี)");
		requirePositive(warningDays, "ระยะเตือนล่วงหน้า (วัน)");
	}

	private static void requirePositive(int value, String name) {
		if (value <= 0) {
			throw new IllegalArgumentException(name + " ต้องมากกว่าศูนย์: " + value);
		}
	}

}
