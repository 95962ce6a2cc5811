package th.go.cdd.fastdata.womenfund.project;

import java.util.List;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;

/**
 * After a start (and after the demo data), classifies the projects whose stored
 * classification is missing or older than today, e.g. when the server was off at night. A few
 * are done before the application serves requests; many (a national database after a night
 * off takes minutes) in the background, so the start is not held up.
 */
@Component
class ClassificationAtStart implements ApplicationRunner, Ordered {

	static final int CLASSIFY_BEFORE_SERVING = 5_000;

	private final ProjectStatuses statuses;

	private final TaskExecutor executor;

	ClassificationAtStart(ProjectStatuses statuses, @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
		this.statuses = statuses;
		this.executor = executor;
	}

	@Override
	public int getOrder() {
		return 40;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<Long> stale = this.statuses.staleProjectIds();
		if (stale.size() <= CLASSIFY_BEFORE_SERVING) {
			this.statuses.refreshStale(stale);
		}
		else {
			this.executor.execute(() -> this.statuses.refreshStale(stale));
		}
	}

}
