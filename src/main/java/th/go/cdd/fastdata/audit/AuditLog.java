package th.go.cdd.fastdata.audit;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes the audit log. The user and network address are taken from the current request,
 * so callers say only what happened to which record.
 */
@Service
public class AuditLog {

	private final AuditEntryRepository entries;

	AuditLog(AuditEntryRepository entries) {
		this.entries = entries;
	}

	/** Someone opened a record that holds personal data (PDPA: every view is logged). */
	public void viewed(String recordType, Object recordId, String summary) {
		record(AuditAction.VIEW, recordType, recordId, summary, null, null);
	}

	public void created(String recordType, Object recordId, String summary, String afterState) {
		record(AuditAction.CREATE, recordType, recordId, summary, null, afterState);
	}

	public void updated(String recordType, Object recordId, String summary, String beforeState, String afterState) {
		record(AuditAction.UPDATE, recordType, recordId, summary, beforeState, afterState);
	}

	public void exported(String recordType, String summary) {
		record(AuditAction.EXPORT, recordType, null, summary, null, null);
	}

	/**
	 * Appends one entry in the caller's transaction, so a change and its audit line are
	 * stored together or not at all.
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(AuditAction action, String recordType, Object recordId, String summary, String beforeState,
			String afterState) {
		this.entries.save(new AuditEntry(currentUsername(), currentAddress(), action, recordType,
				recordId == null ? null : String.valueOf(recordId), summary, beforeState, afterState));
	}

	/**
	 * The changes (created, updated, deleted) made to the given records, newest first, at most
	 * {@code limit}: a record's "history of changes" for the page that shows it.
	 * @param records record ids by record type, e.g. {@code Project → [42]}, {@code Payment → [7, 9]}
	 */
	@Transactional(readOnly = true)
	public java.util.List<AuditEntry> changesOf(java.util.Map<String, ? extends java.util.Collection<?>> records,
			int limit) {
		java.util.List<AuditEntry> changes = new java.util.ArrayList<>();
		java.util.List<AuditAction> actions = java.util.List.of(AuditAction.CREATE, AuditAction.UPDATE,
				AuditAction.DELETE);
		records.forEach((type, ids) -> {
			if (!ids.isEmpty()) {
				changes.addAll(this.entries.changesOf(type, ids.stream().map(String::valueOf).toList(), actions,
						org.springframework.data.domain.PageRequest.of(0, limit)));
			}
		});
		changes.sort(java.util.Comparator.comparing(AuditEntry::getOccurredAt)
			.thenComparing(AuditEntry::getId)
			.reversed());
		return changes.size() > limit ? changes.subList(0, limit) : changes;
	}

	/** For events outside a signed-in request (sign-in failures), naming the user and address. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordFor(String username, String remoteAddress, AuditAction action, String summary) {
		this.entries.save(new AuditEntry(username, remoteAddress, action, "UserAccount", null, summary, null, null));
	}

	private static String currentUsername() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
			return null;
		}
		return authentication.getName();
	}

	private static String currentAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

}
