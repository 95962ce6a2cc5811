package th.go.cdd.fastdata.womenfund.project;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import th.go.cdd.fastdata.womenfund.status.StatusGroup;

/** The stored classifications, always read through the scope's districts. */
public interface ProjectStatusRepository extends JpaRepository<ProjectStatus, Long> {

	/** district id, group, projects, outstanding, overdue. */
	@Query("select s.districtId, s.statusGroup, count(s), sum(s.outstandingAmount), sum(s.overdueAmount)"
			+ " from ProjectStatus s where s.districtId in :districtIds group by s.districtId, s.statusGroup")
	List<Object[]> countByDistrictAndGroup(Collection<Long> districtIds);

	/**
	 * Most urgent first: a debtor whose limitation period ends within the warning days comes
	 * before everyone (a signed acknowledgment now saves the claim), then the handbook's group
	 * order, then the nearest limitation end and the largest overdue amount.
	 */
	@Query(ProjectRow.SELECT + " where s.districtId in :districtIds and s.statusGroup <> 'SETTLED'"
			+ " order by case when s.statusGroup in ('CONTRACT_ENDED', 'OVERDUE') and s.limitationEndsOn >= :asOf"
			+ " and s.limitationEndsOn <= :warnUntil then 0 else 1 end,"
			+ " case when s.statusGroup in ('CONTRACT_ENDED', 'OVERDUE') and s.limitationEndsOn >= :asOf"
			+ " and s.limitationEndsOn <= :warnUntil then s.limitationEndsOn end,"
			+ " case s.statusGroup when 'TIME_BARRED' then 1 when 'CONTRACT_ENDED' then 2 when 'OVERDUE' then 3 else 4 end,"
			+ " s.limitationEndsOn, s.overdueAmount desc, p.code")
	List<ProjectRow> findUrgent(Collection<Long> districtIds, LocalDate asOf, LocalDate warnUntil, Pageable page);

	@Query(ProjectRow.SELECT + " where s.districtId in :districtIds and s.statusGroup in ('CONTRACT_ENDED', 'OVERDUE')"
			+ " and s.limitationEndsOn >= :asOf and s.limitationEndsOn <= :warnUntil order by s.limitationEndsOn, p.code")
	List<ProjectRow> findLimitationWarnings(Collection<Long> districtIds, LocalDate asOf, LocalDate warnUntil);

	@Query("select count(s) from ProjectStatus s where s.districtId in :districtIds"
			+ " and s.statusGroup in ('CONTRACT_ENDED', 'OVERDUE') and s.limitationEndsOn >= :asOf and s.limitationEndsOn <= :warnUntil")
	long countLimitationWarnings(Collection<Long> districtIds, LocalDate asOf, LocalDate warnUntil);

	// filtered on the project's district, so PostgreSQL can use ix_wf_project_district_year
	// (on 300,000 projects: 230 ms instead of 478 ms for a province, see bench/README.md)
	@Query(value = ProjectRow.SELECT + " where p.districtId in :districtIds"
			+ " and (:districtId is null or p.districtId = :districtId)"
			+ " and (:subdistrictId is null or p.subdistrictId = :subdistrictId)"
			+ " and (:fiscalYear is null or p.fiscalYear = :fiscalYear)"
			+ " and (:group is null or s.statusGroup = :group)",
			countQuery = "select count(p) from Project p join ProjectStatus s on s.projectId = p.id"
					+ " where p.districtId in :districtIds and (:districtId is null or p.districtId = :districtId)"
					+ " and (:subdistrictId is null or p.subdistrictId = :subdistrictId)"
					+ " and (:fiscalYear is null or p.fiscalYear = :fiscalYear)"
					+ " and (:group is null or s.statusGroup = :group)")
	Page<ProjectRow> findRows(Collection<Long> districtIds, Long districtId, Long subdistrictId, Integer fiscalYear,
			StatusGroup group, Pageable page);

	@Query("select s.projectId from ProjectStatus s where s.asOf < :asOf")
	List<Long> findStale(LocalDate asOf);

}
