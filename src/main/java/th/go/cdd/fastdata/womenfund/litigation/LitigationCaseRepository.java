package th.go.cdd.fastdata.womenfund.litigation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LitigationCaseRepository extends JpaRepository<LitigationCase, Long> {

	@Query("select c from LitigationCase c where c.id = ?1 and c.districtId in ?2")
	Optional<LitigationCase> findInScope(Long id, Collection<Long> districtIds);

	/** How a stage is named in a query (the enum's constant). */
	String STAGE = "th.go.cdd.fastdata.womenfund.litigation.LitigationStage.";

	// by stage in the order a suit moves, closed ones last (the stage is stored by name, whose
	// alphabetical order put the closed ones first), the longest in its stage first
	@Query("select c from LitigationCase c where c.districtId in ?1 order by case c.stage"
			+ " when " + STAGE + "PREPARING then 0 when " + STAGE + "WITH_PROSECUTOR then 1"
			+ " when " + STAGE + "FILED then 2 when " + STAGE + "JUDGED then 3"
			+ " when " + STAGE + "ENFORCING then 4 else 5 end, c.stageSince, c.id")
	List<LitigationCase> findFirstInScope(Collection<Long> districtIds, Limit limit);

	@Query("select count(c) from LitigationCase c where c.districtId in ?1")
	long countInScope(Collection<Long> districtIds);

	@Query("select distinct c.projectId from LitigationCase c where c.projectId in ?1 and c.stage <> ?2")
	Set<Long> findProjectIdsAmongNotIn(Collection<Long> projectIds, LitigationStage stage);

	List<LitigationCase> findByProjectIdOrderByOpenedAtDesc(Long projectId);

}
