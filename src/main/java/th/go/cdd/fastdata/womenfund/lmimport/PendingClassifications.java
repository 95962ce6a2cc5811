package th.go.cdd.fastdata.womenfund.lmimport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;

/**
 * A large import classifies its projects after it commits; a restart in between would leave them
 * classified as before the import until the night. After a start, imports still marked so have their
 * projects classified again, in the background (it may take a minute), see {@link LmImports#classifyPending}.
 */
@Component
class PendingClassifications {

	private static final Logger log = LoggerFactory.getLogger(PendingClassifications.class);

	private final LmImports imports;

	private final TaskExecutor executor;

	PendingClassifications(LmImports imports, @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
		this.imports = imports;
		this.executor = executor;
	}

	@EventListener(ApplicationReadyEvent.class)
	void afterStart() {
		this.executor.execute(() -> {
			try {
				this.imports.classifyPending();
			}
			catch (RuntimeException ex) {
				log.error("Classifying the projects of interrupted LM imports failed; the nightly run will", ex);
			}
		});
	}

}
