package th.go.cdd.fastdata.womenfund.project;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Projects, read through the user's scope: outside it a project is not found. */
public interface ProjectRepository extends JpaRepository<Project, Long> {

	@Query("select p from Project p where p.id = :id and p.districtId in :districtIds")
	Optional<Project> findInScope(Long id, Collection<Long> districtIds);

	@Query("select p from Project p where p.code = :code and p.districtId in :districtIds")
	Optional<Project> findByCodeInScope(String code, Collection<Long> districtIds);

	/**
	 * The fiscal years with projects in scope, newest first. A province's projects are read from the
	 * district index (10,000 entries: 5 ms); for more districts the years are found one at a time
	 * ({@link #fiscalYearsByStep}: the country's 300,000 projects in 4 ms instead of ~50).
	 */
	default List<Integer> fiscalYearsInScope(Collection<Long> districtIds) {
		return districtIds.size() <= 100 ? fiscalYearsOf(districtIds) : fiscalYearsByStep(districtIds);
	}

	@Query("select distinct p.fiscalYear from Project p where p.districtId in :districtIds order by p.fiscalYear desc")
	List<Integer> fiscalYearsOf(Collection<Long> districtIds);

	/**
	 * A loose index scan, one step per year: each asks for the latest year before the last one
	 * found, which ix_wf_project_year_code answers from its first entry in scope. Slow for a small
	 * scope, whose entries may lie far down each year.
	 */
	@Query(nativeQuery = true, value = """
			with recursive years (fiscal_year) as (
			  select max(fiscal_year) from wf_project where district_id in (:districtIds)
			  union all
			  select (select max(p.fiscal_year) from wf_project p
			          where p.district_id in (:districtIds) and p.fiscal_year < y.fiscal_year)
			  from years y where y.fiscal_year is not null
			)
			select fiscal_year from years where fiscal_year is not null order by fiscal_year desc""")
	List<Integer> fiscalYearsByStep(Collection<Long> districtIds);

	/** project id, district id. */
	@Query("select p.id, p.districtId from Project p where p.id in :ids")
	List<Object[]> findDistrictsOf(Collection<Long> ids);

	@Query("select p.id from Project p order by p.id")
	List<Long> findAllIds();

	/** district id, fiscal year, projects, approved amount: the old sheet's tabs (one per year) as one table. */
	@Query("select p.districtId, p.fiscalYear, count(p), sum(p.approvedAmount) from Project p"
			+ " where p.districtId in :districtIds group by p.districtId, p.fiscalYear")
	List<Object[]> countApprovedByDistrictAndYear(Collection<Long> districtIds);

	/** Whether the LM code is taken, in any district: codes are unique across the country. */
	boolean existsByCode(String code);

	// a classification stored before the urgency rank existed (V9) counts as stale too
	@Query("select p.id from Project p where not exists (select s from ProjectStatus s where s.projectId = p.id"
			+ " and s.asOf >= :today and s.urgencyRank is not null) order by p.id")
	List<Long> findIdsWithoutCurrentStatus(java.time.LocalDate today);

}
