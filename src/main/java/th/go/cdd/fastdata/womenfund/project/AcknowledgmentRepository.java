package th.go.cdd.fastdata.womenfund.project;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AcknowledgmentRepository extends JpaRepository<Acknowledgment, Long> {

	@Query("select a from Acknowledgment a where a.project.id = :projectId order by a.signedOn, a.id")
	List<Acknowledgment> findByProject(Long projectId);

	@Query("select a.project.id, a.kind, a.signedOn from Acknowledgment a where a.project.id in :projectIds")
	List<Object[]> findFactsByProjects(Collection<Long> projectIds);

}
