package th.go.cdd.fastdata.womenfund.document;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import th.go.cdd.fastdata.womenfund.project.Project;

/** Projects looked up by many codes at once, within the user's districts (the names of a ZIP). */
interface BulkProjects extends Repository<Project, Long> {

	@Query("select p from Project p where p.code in :codes and p.districtId in :districtIds")
	List<Project> findByCodesInScope(Collection<String> codes, Collection<Long> districtIds);

}
