package th.go.cdd.fastdata.womenfund.litigation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LitigationCaseRepository extends JpaRepository<LitigationCase, Long> {

	@Query("select c from LitigationCase c where c.id = ?1 and c.districtId in ?2")
	Optional<LitigationCase> findInScope(Long id, Collection<Long> districtIds);

	@Query("select c from LitigationCase c where c.districtId in ?1 order by c.stage, c.stageSince")
	List<LitigationCase> findAllInScope(Collection<Long> districtIds);

	List<LitigationCase> findByProjectIdOrderByOpenedAtDesc(Long projectId);

}
