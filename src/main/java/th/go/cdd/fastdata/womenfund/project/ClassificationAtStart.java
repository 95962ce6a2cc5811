package th.go.cdd.fastdata.womenfund.project;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * After a start (and after the demo data), classifies the projects whose stored
 * classification is missing or older than today, e.g. when the server was off at night.
 */
@Component
class ClassificationAtStart implements ApplicationRunner, Ordered {

	private final ProjectStatuses statuses;

	ClassificationAtStart(ProjectStatuses statuses) {
		this.statuses = statuses;
	}

	@Override
	public int getOrder() {
		return 40;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.statuses.refreshStale();
	}

}
