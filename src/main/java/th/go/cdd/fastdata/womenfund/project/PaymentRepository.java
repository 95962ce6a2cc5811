package th.go.cdd.fastdata.womenfund.project;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PaymentRepository extends JpaRepository<Payment, Long> {

	@Query("select p from Payment p where p.project.id = :projectId order by p.paidOn, p.id")
	List<Payment> findByProject(Long projectId);

	@Query("select p.project.id, p.paidOn, p.amount from Payment p where p.project.id in :projectIds")
	List<Object[]> findFactsByProjects(Collection<Long> projectIds);

}
