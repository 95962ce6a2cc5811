package th.go.cdd.fastdata.womenfund.measure;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ApplicationRepository extends JpaRepository<MeasureApplication, Long> {

	@Query("select a from MeasureApplication a where a.id = ?1 and a.districtId in ?2")
	Optional<MeasureApplication> findInScope(Long id, Collection<Long> districtIds);

	List<MeasureApplication> findByProjectIdOrderByDraftedAtDesc(Long projectId);

	@Query("select a from MeasureApplication a where a.districtId in ?1 and a.state in ?2 order by a.stateSince")
	List<MeasureApplication> findInScopeByStates(Collection<Long> districtIds, Collection<ApplicationState> states);

	@Query("select a.measure, a.state, count(a) from MeasureApplication a where a.districtId in ?1 and a.state in ?2"
			+ " group by a.measure, a.state")
	List<Object[]> countInScopeByStates(Collection<Long> districtIds, Collection<ApplicationState> states);

	/** The latest of some districts, of one measure or all ({@code null}), a page at a time. */
	@Query(value = "select a from MeasureApplication a where a.districtId in ?1 and (?2 is null or a.measure = ?2)"
			+ " order by a.stateSince desc, a.id desc",
			countQuery = "select count(a) from MeasureApplication a where a.districtId in ?1 and (?2 is null or a.measure = ?2)")
	Page<MeasureApplication> findLatestInScope(Collection<Long> districtIds, Measure measure, Pageable page);

	/** The latest of some districts in some states, of one measure or all, a page at a time. */
	@Query(value = "select a from MeasureApplication a where a.districtId in ?1 and a.state in ?2"
			+ " and (?3 is null or a.measure = ?3) order by a.stateSince desc, a.id desc",
			countQuery = "select count(a) from MeasureApplication a where a.districtId in ?1 and a.state in ?2"
					+ " and (?3 is null or a.measure = ?3)")
	Page<MeasureApplication> findLatestInScopeByStates(Collection<Long> districtIds, Collection<ApplicationState> states,
			Measure measure, Pageable page);

}
