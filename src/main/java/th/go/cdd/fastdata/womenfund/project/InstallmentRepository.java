package th.go.cdd.fastdata.womenfund.project;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface InstallmentRepository extends JpaRepository<Installment, Long> {

	@Query("select i from Installment i join fetch i.schedule where i.schedule.id in :scheduleIds order by i.schedule.id, i.seq")
	List<Installment> findBySchedules(Collection<Long> scheduleIds);

	/**
	 * project id, schedule id, schedule effective from, due date, amount, in each schedule's order: every
	 * schedule of the projects in one statement, as values, not entities (a batch reads ~12,000).
	 */
	@Query("select c.project.id, s.id, s.effectiveFrom, i.dueOn, i.amount from Installment i join i.schedule s"
			+ " join s.contract c where c.project.id in :projectIds order by s.id, i.seq")
	List<Object[]> findFactsByProjects(Collection<Long> projectIds);

}
