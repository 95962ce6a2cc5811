package th.go.cdd.fastdata.womenfund.project;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ContractRepository extends JpaRepository<Contract, Long> {

	@Query("select c from Contract c where c.project.id = :projectId")
	Optional<Contract> findByProject(Long projectId);

	@Query("select distinct c from Contract c join fetch c.project left join fetch c.schedules where c.project.id in :projectIds")
	List<Contract> findWithSchedules(Collection<Long> projectIds);

}
