package th.go.cdd.fastdata.womenfund.mediation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MediationCaseRepository extends JpaRepository<MediationCase, Long> {

	@Query("select c from MediationCase c where c.id = ?1 and c.districtId in ?2")
	Optional<MediationCase> findInScope(Long id, Collection<Long> districtIds);

	@Query("select c from MediationCase c where c.districtId in ?1 and c.outcome = th.go.cdd.fastdata.womenfund.mediation.MediationOutcome.OPEN"
			+ " order by c.hearingOn, c.courtId, c.hearingTime, c.id limit " + MediationCases.OPEN_SHOWN)
	List<MediationCase> findOpenInScope(Collection<Long> districtIds);

	// the latest only: heard cases pile up over the years (thousands in the country); older ones stay on their projects
	@Query("select c from MediationCase c where c.districtId in ?1 and c.outcome in ?2 order by c.outcomeOn desc, c.id desc"
			+ " limit " + MediationCases.CLOSED_SHOWN)
	List<MediationCase> findClosedInScope(Collection<Long> districtIds, Collection<MediationOutcome> outcomes);

	@Query("select c from MediationCase c where c.districtId in ?1 and c.courtId = ?2 and c.hearingOn = ?3"
			+ " order by c.hearingTime, c.id")
	List<MediationCase> findHearings(Collection<Long> districtIds, Long courtId, LocalDate on);

	List<MediationCase> findByProjectIdOrderByHearingOnDesc(Long projectId);

}
