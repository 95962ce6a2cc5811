package th.go.cdd.fastdata.womenfund.document;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** A batch is seen only by the one who uploaded it: another user's batch id is not found. */
interface DocumentBatchRepository extends JpaRepository<DocumentBatch, Long> {

	Optional<DocumentBatch> findByIdAndUploadedBy(Long id, String uploadedBy);

	List<DocumentBatch> findTop20ByUploadedByOrderByUploadedAtDesc(String uploadedBy);

}
