package th.go.cdd.fastdata.notify;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Works the outbox every {@code fastdata.notify.poll-interval}: finds out who receives each new
 * message, then sends what is due, one attempt at a time, outside any business transaction. A
 * failed attempt waits (first-retry, doubled each time up to max-retry) and after max-attempts the
 * delivery gives up, stays in the log, and an administrator may send it again.
 */
@Component
class Dispatcher implements SchedulingConfigurer {

	private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

	private static final int BATCH = 50;

	/** How long a delivery taken for an attempt is left to this instance before another may retry it. */
	private static final Duration LEASE = Duration.ofMinutes(5);

	private final Outbox outbox;

	private final Recipients recipients;

	private final Map<Channel, Sender> senders;

	private final NotifySettings settings;

	private final TransactionTemplate transactions;

	Dispatcher(Outbox outbox, Recipients recipients, List<Sender> senders, NotifySettings settings,
			PlatformTransactionManager transactionManager) {
		this.outbox = outbox;
		this.recipients = recipients;
		this.senders = senders.stream().collect(Collectors.toMap(Sender::channel, Function.identity()));
		this.settings = settings;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addFixedDelayTask(this::work, this.settings.pollInterval());
	}

	/**
	 * One round: expand new messages, send due deliveries. An instance with no channel configured
	 * leaves the outbox alone (messages wait for one that can send), and each instance sends only on
	 * the channels it has.
	 */
	void work() {
		boolean mailOn = this.senders.get(Channel.EMAIL).enabled();
		boolean lineOn = this.senders.get(Channel.LINE).enabled();
		if (!mailOn && !lineOn) {
			return;
		}
		try {
			expand(mailOn, lineOn);
			deliver();
		}
		catch (RuntimeException ex) {
			log.error("Notification round failed; the next round tries again", ex);
		}
	}

	private void expand(boolean mailOn, boolean lineOn) {
		Instant tooOld = Instant.now().minus(this.settings.maxAge());
		for (Outbox.Message message : this.outbox.unexpanded(BATCH)) {
			this.transactions.executeWithoutResult(tx -> {
				// a reminder of last month is noise: kept in the log, not sent, when a channel is first set up
				if (this.outbox.claimExpansion(message.id()) && message.createdAt().isAfter(tooOld)) {
					this.recipients.of(message, mailOn, lineOn)
						.forEach(r -> this.outbox.addDelivery(message.id(), r.channel(), r.target(), r.label()));
				}
			});
		}
	}

	private void deliver() {
		List<Channel> channels = this.senders.values().stream().filter(Sender::enabled).map(Sender::channel).toList();
		for (Outbox.Due due : this.outbox.due(channels, Instant.now(), BATCH)) {
			if (!this.outbox.claim(due, Instant.now().plus(LEASE))) {
				continue;
			}
			Sender sender = this.senders.get(due.channel());
			try {
				String link = due.link() == null ? null : this.settings.baseUrl() + due.link();
				sender.send(due.target(), due.retryKey(), due.topic(), due.text(), link);
				this.outbox.succeeded(due);
			}
			catch (Exception ex) {
				int failures = due.tries() + 1;
				Instant retryAt = failures >= this.settings.maxAttempts() ? null
						: Instant.now().plus(this.settings.retryAfter(failures));
				log.warn("Notification delivery {} by {} failed (attempt {}): {}", due.id(), due.channel(), failures,
						ex.toString());
				this.outbox.failed(due, describe(ex), retryAt);
			}
		}
	}

	private static String describe(Exception ex) {
		String message = ex.getMessage();
		return ex.getClass().getSimpleName() + (message == null ? "" : ": " + message);
	}

}
