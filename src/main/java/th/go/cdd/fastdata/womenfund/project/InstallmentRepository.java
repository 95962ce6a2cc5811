package th.go.cdd.fastdata.womenfund.project;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface InstallmentRepository extends JpaRepository<Installment, Long> {

	@Query("select i from Installment i join fetch i.schedule where i.schedule.id in :scheduleIds order by i.schedule.id, i.seq")
	List<Installment> findBySchedules(Collection<Long> scheduleIds);

	/** schedule id, due date, amount, in the schedule's order: values, not entities (a batch reads ~12,000). */
	@Query("select i.schedule.id, i.dueOn, i.amount from Installment i where i.schedule.id in :scheduleIds"
			+ " order by i.schedule.id, i.seq")
	List<Object[]> findFactsBySchedules(Collection<Long> scheduleIds);

}
