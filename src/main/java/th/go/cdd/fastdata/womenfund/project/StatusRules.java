package th.go.cdd.fastdata.womenfund.project;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import th.go.cdd.fastdata.womenfund.status.StatusGroup;

/** The dated parameters and recommended actions of the status rule. */
public interface StatusRules extends Repository<StatusParameter, Long> {

	@Query("select p from StatusParameter p where p.effectiveFrom <= :asOf order by p.effectiveFrom desc limit 1")
	Optional<StatusParameter> parameterOn(LocalDate asOf);

	@Query("select a from StatusAction a where a.statusGroup = :group and a.effectiveFrom <= :asOf"
			+ " and (a.effectiveTo is null or a.effectiveTo >= :asOf) order by a.position")
	List<StatusAction> actionsOn(StatusGroup group, LocalDate asOf);

	default StatusParameter requireParameterOn(LocalDate asOf) {
		return parameterOn(asOf).orElseThrow(() -> new IllegalStateException("no status parameters in force on " + asOf));
	}

}
