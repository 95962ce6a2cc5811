package th.go.cdd.fastdata.womenfund.project;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ProjectMemberRepository extends JpaRepository<ProjectMember, Long> {

	@Query("select m from ProjectMember m join fetch m.person where m.project.id = :projectId order by m.role, m.id")
	List<ProjectMember> findByProject(Long projectId);

	/** The projects of a person that lie in the scope. */
	@Query("select m from ProjectMember m join fetch m.project p where m.person.id = :personId"
			+ " and p.districtId in :districtIds order by p.code")
	List<ProjectMember> findByPersonInScope(Long personId, Collection<Long> districtIds);

	@Query("select m from ProjectMember m join fetch m.person where m.project.id in :projectIds and m.role = 'BORROWER'")
	List<ProjectMember> findBorrowers(Collection<Long> projectIds);

}
