package th.go.cdd.fastdata.womenfund.project;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The queries behind the search box, each limited to the scope's districts. */
interface SearchRepository extends Repository<Project, Long> {

	@Query("select p from Project p where p.districtId in :districtIds and (lower(p.code) like :pattern escape '\\'"
			+ " or lower(p.name) like :pattern escape '\\') order by p.code")
	List<Project> projects(String pattern, Collection<Long> districtIds, Pageable page);

	@Query("select distinct m.person from ProjectMember m where m.project.districtId in :districtIds"
			+ " and m.person.nationalId = :nationalId")
	List<Person> peopleByNationalId(String nationalId, Collection<Long> districtIds);

	/**
	 * Any part of "first last": this also finds any part of the first or the last name alone,
	 * with one expression that ix_wf_person_full_name_trgm serves on PostgreSQL.
	 */
	@Query("select distinct m.person from ProjectMember m where m.project.districtId in :districtIds"
			+ " and lower(concat(m.person.firstName, ' ', m.person.lastName)) like :pattern escape '\\'")
	List<Person> peopleByName(String pattern, Collection<Long> districtIds, Pageable page);

	@Query("select distinct m.person from ProjectMember m where m.project.districtId in :districtIds"
			+ " and replace(m.person.phone, '-', '') like :pattern")
	List<Person> peopleByPhone(String pattern, Collection<Long> districtIds, Pageable page);

}
