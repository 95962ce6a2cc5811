package th.go.cdd.fastdata.womenfund.document;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DocumentTypeRepository extends JpaRepository<DocumentType, String> {

	List<DocumentType> findByActiveTrueOrderBySortOrder();

}
