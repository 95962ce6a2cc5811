package th.go.cdd.fastdata.womenfund.project;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.support.PageableExecutionUtils;

import th.go.cdd.fastdata.womenfund.status.StatusGroup;
import th.go.cdd.fastdata.womenfund.status.Urgency;

/** The stored classifications, always read through the scope's districts. */
public interface ProjectStatusRepository extends JpaRepository<ProjectStatus, Long> {

	/**
	 * district id, group, projects, outstanding, overdue, counted now from every stored classification.
	 * Pages read {@link DistrictStatusSummaries} instead, which holds the same figures.
	 */
	@Query("select s.districtId, s.statusGroup, count(s), sum(s.outstandingAmount), sum(s.overdueAmount)"
			+ " from ProjectStatus s where s.districtId in :districtIds group by s.districtId, s.statusGroup")
	List<Object[]> countByDistrictAndGroup(Collection<Long> districtIds);

	/**
	 * Most urgent first, in {@link Urgency#ORDER}: a debtor whose limitation period ends within the
	 * warning days comes before everyone (a signed acknowledgment now saves the claim), then the
	 * handbook's group order. Read in the order of the stored rank ({@link Urgency#BY_RANK}), so the
	 * first page is an index range scan; the project id settles the remaining ties.
	 */
	@Query(ProjectRow.SELECT + " where s.districtId in :districtIds and s.statusGroup <> 'SETTLED'"
			+ " order by s.urgencyRank, s.overdueAmount desc, s.outstandingAmount desc, s.projectId")
	List<ProjectRow> findUrgent(Collection<Long> districtIds, Pageable page);

	// the group condition is written as in the partial index ix_wf_project_status_limitation_warning
	// (db/vendor/postgresql/V9_1), so PostgreSQL can use it
	String WARNING = " s.districtId in :districtIds and s.statusGroup in ('CONTRACT_ENDED', 'OVERDUE')"
			+ " and s.limitationEndsOn >= :asOf and s.limitationEndsOn <= :warnUntil";

	@Query(value = ProjectRow.SELECT + " where" + WARNING + " order by s.limitationEndsOn, p.code",
			countQuery = "select count(s) from ProjectStatus s where" + WARNING)
	Page<ProjectRow> findLimitationWarnings(Collection<Long> districtIds, LocalDate asOf, LocalDate warnUntil,
			Pageable page);

	@Query("select count(s) from ProjectStatus s where" + WARNING)
	long countLimitationWarnings(Collection<Long> districtIds, LocalDate asOf, LocalDate warnUntil);

	// filtered on the project's district, so PostgreSQL can use ix_wf_project_district_year
	// (on 300,000 projects: 230 ms instead of 478 ms for a province, see bench/README.md)
	String ROWS = " where p.districtId in :districtIds"
			+ " and (:districtId is null or p.districtId = :districtId)"
			// 0 (no subdistrict has it) asks for the projects registered without a subdistrict
			+ " and (:subdistrictId is null or p.subdistrictId = :subdistrictId"
			+ " or (:subdistrictId = 0 and p.subdistrictId is null))"
			+ " and (:villageId is null or p.villageId = :villageId)"
			+ " and (:fiscalYear is null or p.fiscalYear = :fiscalYear)"
			+ " and (:group is null or s.statusGroup = :group)";

	/**
	 * A page of projects by area, fiscal year and group. Without a subdistrict or a year the total
	 * counts stored classifications alone (an index-only scan; a classification is counted in its
	 * project's district), not their join with every project in scope.
	 */
	default Page<ProjectRow> findRows(Collection<Long> districtIds, Long districtId, Long subdistrictId,
			Integer fiscalYear, StatusGroup group, Pageable page) {
		return findRows(districtIds, districtId, subdistrictId, null, fiscalYear, group, page);
	}

	/** The same, also by village (หมู่บ้าน). */
	default Page<ProjectRow> findRows(Collection<Long> districtIds, Long districtId, Long subdistrictId, Long villageId,
			Integer fiscalYear, StatusGroup group, Pageable page) {
		List<ProjectRow> rows = findRowList(districtIds, districtId, subdistrictId, villageId, fiscalYear, group, page);
		return PageableExecutionUtils.getPage(rows, page,
				() -> (subdistrictId == null && villageId == null && fiscalYear == null)
						? countInDistricts(districtIds, districtId, group)
						: countRows(districtIds, districtId, subdistrictId, villageId, fiscalYear, group));
	}

	@Query(ProjectRow.SELECT + ROWS)
	List<ProjectRow> findRowList(Collection<Long> districtIds, Long districtId, Long subdistrictId, Long villageId,
			Integer fiscalYear, StatusGroup group, Pageable page);

	@Query("select count(p) from Project p join ProjectStatus s on s.projectId = p.id" + ROWS)
	long countRows(Collection<Long> districtIds, Long districtId, Long subdistrictId, Long villageId, Integer fiscalYear,
			StatusGroup group);

	@Query("select count(s) from ProjectStatus s where s.districtId in :districtIds"
			+ " and (:districtId is null or s.districtId = :districtId) and (:group is null or s.statusGroup = :group)")
	long countInDistricts(Collection<Long> districtIds, Long districtId, StatusGroup group);

	@Query("select s.projectId from ProjectStatus s where s.asOf < :asOf")
	List<Long> findStale(LocalDate asOf);

}
