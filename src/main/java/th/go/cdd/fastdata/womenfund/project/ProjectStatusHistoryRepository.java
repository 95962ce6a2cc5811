package th.go.cdd.fastdata.womenfund.project;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ProjectStatusHistoryRepository extends JpaRepository<ProjectStatusHistory, Long> {

	@Query("select h from ProjectStatusHistory h where h.projectId = :projectId order by h.since desc, h.id desc")
	List<ProjectStatusHistory> findByProject(Long projectId);

}
