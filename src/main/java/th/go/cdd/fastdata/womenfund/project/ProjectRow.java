package th.go.cdd.fastdata.womenfund.project;

import java.math.BigDecimal;
import java.time.LocalDate;

import th.go.cdd.fastdata.womenfund.status.StatusGroup;

/** A project as lists show it: identity, area, fiscal year and its stored classification. */
public record ProjectRow(Long id, String code, String name, Long districtId, Long subdistrictId, Long villageId,
		int fiscalYear, BigDecimal approvedAmount, StatusGroup group, LocalDate asOf, LocalDate limitationEndsOn,
		BigDecimal overdueAmount, BigDecimal outstandingAmount, String reasons) {

	static final String SELECT = "select new th.go.cdd.fastdata.womenfund.project.ProjectRow(p.id, p.code, p.name,"
			+ " p.districtId, p.subdistrictId, p.villageId, p.fiscalYear, p.approvedAmount, s.statusGroup, s.asOf,"
			+ " s.limitationEndsOn, s.overdueAmount, s.outstandingAmount, s.reasons)"
			+ " from Project p join ProjectStatus s on s.projectId = p.id";

	/** The order of project lists on pages, in the API and in exports: newest fiscal year first. */
	/** Days from the classification date to the end of the limitation period (negative once passed). */
	public Long daysToLimitation() {
		return this.limitationEndsOn == null ? null
				: java.time.temporal.ChronoUnit.DAYS.between(this.asOf, this.limitationEndsOn);
	}

}
