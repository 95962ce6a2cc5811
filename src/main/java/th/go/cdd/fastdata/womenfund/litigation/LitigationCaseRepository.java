package th.go.cdd.fastdata.womenfund.litigation;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LitigationCaseRepository extends JpaRepository<LitigationCase, Long> {

	@Query("select c from LitigationCase c where c.id = ?1 and c.districtId in ?2")
	Optional<LitigationCase> findInScope(Long id, Collection<Long> districtIds);

	// by stage in the order a suit moves, closed ones last (the stage is stored by name, whose
	// alphabetical order put the closed ones first), the longest in its stage first
	@Query("""
			select c from LitigationCase c where c.districtId in ?1
			order by case c.stage when th.go.cdd.fastdata.womenfund.litigation.LitigationStage.PREPARING then 0 when th.go.cdd.fastdata.womenfund.litigation.LitigationStage.WITH_PROSECUTOR then 1
			  when th.go.cdd.fastdata.womenfund.litigation.LitigationStage.FILED then 2 when th.go.cdd.fastdata.womenfund.litigation.LitigationStage.JUDGED then 3 when th.go.cdd.fastdata.womenfund.litigation.LitigationStage.ENFORCING then 4 else 5 end,
			  c.stageSince, c.id""")
	List<LitigationCase> findFirstInScope(Collection<Long> districtIds, Limit limit);

	@Query("select count(c) from LitigationCase c where c.districtId in ?1")
	long countInScope(Collection<Long> districtIds);

	@Query("select distinct c.projectId from LitigationCase c where c.projectId in ?1 and c.stage <> ?2")
	Set<Long> findProjectIdsAmongNotIn(Collection<Long> projectIds, LitigationStage stage);

	List<LitigationCase> findByProjectIdOrderByOpenedAtDesc(Long projectId);

}
