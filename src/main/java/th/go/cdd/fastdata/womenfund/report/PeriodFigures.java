package th.go.cdd.fastdata.womenfund.report;

import java.time.LocalDate;
import java.util.List;

/**
 * What happened in some districts over a period (both days included): one row per district in
 * the order of their names, and their sum. The twice-monthly district report and the provincial
 * committee report are both made of these figures, so the two never count the same thing twice
 * in two ways.
 */
public record PeriodFigures(LocalDate from, LocalDate to, List<DistrictFigures> districts, DistrictFigures total) {

	/** The row of one district, or an empty one if the district was not asked for. */
	public DistrictFigures of(Long districtId) {
		return this.districts.stream()
			.filter((row) -> row.districtId().equals(districtId))
			.findFirst()
			.orElse(DistrictFigures.empty(districtId, ""));
	}

}
