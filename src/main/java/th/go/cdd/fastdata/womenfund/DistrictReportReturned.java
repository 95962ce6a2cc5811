package th.go.cdd.fastdata.womenfund;

import java.time.LocalDate;

/**
 * The province returned a district's twice-monthly report for correction (ส่งกลับแก้ไข), published
 * inside the transaction of the return. It carries no reason: the reason is free text and may name a
 * person or an amount, so it stays on the report's page, behind the district's scope.
 *
 * @param periodLabel "สัปดาห์ที่ 1 ธันวาคม 2569"
 */
public record DistrictReportReturned(Long districtId, LocalDate dueOn, String periodLabel, String returnedBy) {

	/** The page where the district corrects and submits the report again. */
	public String link() {
		return "/womenfund/reports/" + this.districtId + "/" + this.dueOn;
	}

}
