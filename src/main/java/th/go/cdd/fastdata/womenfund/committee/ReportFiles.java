package th.go.cdd.fastdata.womenfund.committee;

import java.io.IOException;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import th.go.cdd.fastdata.womenfund.document.DocumentStore;

/**
 * The report files of the document store deleted once the transaction that refers to them has ended:
 * a report's new files when its rows roll back, a removed meeting's files when the removal commits.
 * Deleting earlier would leave rows without their files, should the transaction end the other way. A file
 * that cannot be deleted stays as an orphan nothing refers to, and is logged.
 */
final class ReportFiles {

	private static final Logger log = LoggerFactory.getLogger(ReportFiles.class);

	private ReportFiles() {
	}

	/** Deletes the files if the current transaction rolls back (both callers write inside one). */
	static void deleteUnlessCommitted(DocumentStore store, List<String> keys) {
		deleteWhen(store, keys, false);
	}

	/** Deletes the files once the current transaction has committed. */
	static void deleteAfterCommit(DocumentStore store, List<String> keys) {
		deleteWhen(store, keys, true);
	}

	private static void deleteWhen(DocumentStore store, List<String> keys, boolean committed) {
		if (keys.isEmpty() || !TransactionSynchronizationManager.isSynchronizationActive()) {
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if ((status == STATUS_COMMITTED) == committed) {
					keys.forEach(key -> delete(store, key));
				}
			}
		});
	}

	private static void delete(DocumentStore store, String key) {
		try {
			store.delete(key);
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Committee report file {} not deleted (an orphan nothing refers to): {}", key, ex.toString());
		}
	}

}
