package th.go.cdd.fastdata.womenfund.lmimport;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Background imports end with the process that runs them: after a restart (a deployment, a
 * crash) an import would otherwise show "กำลังนำเข้า" for ever and block nobody but confuse
 * everyone. At start and every few minutes, imports silent for longer than any live one can be
 * (progress is stored every few thousand rows) are recovered, in a way that loses nothing:
 * see {@link ImportStore#recoverInterrupted}. Another instance's live import keeps beating, so
 * it is left alone.
 */
@Component
class InterruptedImports {

	private static final Logger log = LoggerFactory.getLogger(InterruptedImports.class);

	private final ImportStore store;

	private final Clock clock;

	private final Duration silence;

	InterruptedImports(ImportStore store, Clock clock,
			@Value("${fastdata.womenfund.import-silence:PT10M}") Duration silence) {
		this.store = store;
		this.clock = clock;
		this.silence = silence;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT5M")
	void recover() {
		int recovered = this.store.recoverInterrupted(this.clock.instant().minus(this.silence).atOffset(ZoneOffset.UTC));
		if (recovered > 0) {
			log.warn("Recovered {} LM imports interrupted by a restart (silent for more than {})", recovered, this.silence);
		}
	}

}
