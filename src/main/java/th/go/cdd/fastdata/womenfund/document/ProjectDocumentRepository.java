package th.go.cdd.fastdata.womenfund.document;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Documents, read through the user's scope (the district of their project). */
interface ProjectDocumentRepository extends JpaRepository<ProjectDocument, Long> {

	@Query("select d from ProjectDocument d where d.id = :id and d.projectId in"
			+ " (select p.id from Project p where p.districtId in :districtIds)")
	Optional<ProjectDocument> findInScope(Long id, Collection<Long> districtIds);

	@Query("select d from ProjectDocument d where d.projectId = :projectId order by d.typeCode, d.version desc")
	List<ProjectDocument> findByProject(Long projectId);

	@Query("select coalesce(max(d.version), 0) from ProjectDocument d where d.projectId = :projectId and d.typeCode = :typeCode")
	int lastVersion(Long projectId, String typeCode);

}
