package th.go.cdd.fastdata.womenfund.measure;

/**
 * The relief measures (มาตรการ) by their code. Their names, conditions, papers and figures are data
 * (wf_measure, wf_measure_version); the code only knows what an approval of each one changes.
 */
public enum Measure {

	/** ปรับโครงสร้างหนี้ (§5.2.1): a new schedule of up to two more years. */
	RESTRUCTURING,
	/** ยกเลิกสัญญาค้ำประกันเงินกู้รายบุคคล (§5.2.2): a guarantor leaves the contract. */
	GUARANTOR_RELEASE,
	/** ปลดหนี้รายบุคคล (§5.2.2): a co-borrower leaves the contract. */
	INDIVIDUAL_DISCHARGE,
	/** ไกล่เกลี่ยและประนีประนอมยอมความ (§5.2.3): a cut of default interest and penalty. */
	MEDIATION_DISCOUNT,
	/** ลดอัตราดอกเบี้ยเงินกู้และดอกเบี้ยผิดนัด (§5.2.4). */
	INTEREST_REDUCTION,
	/** ลดหรืองดเบี้ยปรับ/ดอกเบี้ยผิดนัด (§5.2.5). */
	PENALTY_WAIVER,
	/** ความช่วยเหลือกรณีทุพพลภาพ ชราภาพ ถึงแก่ความตาย หรือไม่สามารถประกอบอาชีพได้ 2568 (§5.2.6). */
	HARDSHIP_2568,
	/** ไกล่เกลี่ยก่อนฟ้อง ป.วิ.พ. ม.20 ตรี (§5.2.7). */
	PRE_SUIT_MEDIATION;

	/** Whether an approval takes the applicant off the contract. */
	boolean releasesThePerson() {
		return this == GUARANTOR_RELEASE || this == INDIVIDUAL_DISCHARGE;
	}

	static java.util.Optional<Measure> of(String code) {
		for (Measure measure : values()) {
			if (measure.name().equals(code)) {
				return java.util.Optional.of(measure);
			}
		}
		return java.util.Optional.empty();
	}

}
