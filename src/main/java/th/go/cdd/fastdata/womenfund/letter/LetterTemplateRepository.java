package th.go.cdd.fastdata.womenfund.letter;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LetterTemplateRepository extends JpaRepository<LetterTemplate, Long> {

	List<LetterTemplate> findByKindCodeOrderByVersionDesc(String kindCode);

	/** The newest version in force on the day: latest effective date, then the higher version. */
	Optional<LetterTemplate> findFirstByKindCodeAndEffectiveFromLessThanEqualOrderByEffectiveFromDescVersionDesc(
			String kindCode, LocalDate on);

	@Query("select coalesce(max(t.version), 0) from LetterTemplate t where t.kindCode = ?1")
	int lastVersion(String kindCode);

}
