package th.go.cdd.fastdata.audit;

import java.util.List;

import java.time.Instant;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Append and read only: the log offers no update or delete. */
interface AuditEntryRepository extends Repository<AuditEntry, Long> {

	AuditEntry save(AuditEntry entry);

	@Query("select e from AuditEntry e where (:username is null or e.username = :username)"
			+ " and (:recordType is null or e.recordType = :recordType)"
			+ " and (:recordId is null or e.recordId = :recordId)"
			+ " and (:action is null or e.action = :action)"
			+ " and e.occurredAt >= :from and e.occurredAt < :to order by e.occurredAt desc, e.id desc")
	Page<AuditEntry> search(String username, String recordType, String recordId, AuditAction action, Instant from,
			Instant to, Pageable page);

	long count();

	@Query("select e from AuditEntry e where e.recordType = :recordType and e.recordId in :recordIds"
			+ " and e.action in :actions order by e.occurredAt desc, e.id desc")
	List<AuditEntry> changesOf(String recordType, java.util.Collection<String> recordIds,
			java.util.Collection<AuditAction> actions, org.springframework.data.domain.Pageable page);

}
