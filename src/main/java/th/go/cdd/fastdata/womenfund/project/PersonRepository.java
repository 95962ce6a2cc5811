package th.go.cdd.fastdata.womenfund.project;

import java.util.Collection;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** People, in scope when they sit on at least one project of the user's districts. */
public interface PersonRepository extends JpaRepository<Person, Long> {

	@Query("select p from Person p where p.id = :id and exists (select m from ProjectMember m"
			+ " where m.person = p and m.project.districtId in :districtIds)")
	Optional<Person> findInScope(Long id, Collection<Long> districtIds);

	/** By the 13 digits, whoever's scope she is in: one person, however many projects. */
	Optional<Person> findByNationalId(String nationalId);

}
