package th.go.cdd.fastdata.notify;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code fastdata.notify}.
 *
 * @param baseUrl the address users open Fast Data at; put in front of every message's link
 * @param pollInterval how often the outbox is looked at
 * @param maxAttempts attempts of one delivery before it gives up (shown in the log, retry by hand)
 * @param firstRetry the wait after the first failure; doubled after each further one, up to maxRetry
 * @param line the LINE Messaging API; off while no channel access token is set
 * @param mailFrom the sender address of e-mails; e-mail is off while this or spring.mail.host is unset
 * @param limitationDays "limitation ends within N days" counts debtors within these days
 * @param maxAge a message older than this when a channel can first send it is logged, not sent
 */
@ConfigurationProperties("fastdata.notify")
record NotifySettings(@DefaultValue("http://localhost:8080") String baseUrl, @DefaultValue("30s") Duration pollInterval,
		@DefaultValue("5") int maxAttempts, @DefaultValue("1m") Duration firstRetry, @DefaultValue("6h") Duration maxRetry,
		@DefaultValue Line line, String mailFrom, @DefaultValue("30") int limitationDays,
		@DefaultValue("3d") Duration maxAge) {

	/**
	 * @param apiUrl the Messaging API's address (a stub in tests)
	 * @param channelAccessToken the long-lived channel access token of the office's LINE Official Account
	 */
	record Line(@DefaultValue("https://api.line.me") String apiUrl, String channelAccessToken,
			@DefaultValue("5s") Duration connectTimeout, @DefaultValue("10s") Duration readTimeout) {

		boolean enabled() {
			return this.channelAccessToken != null && !this.channelAccessToken.isBlank();
		}

	}

	NotifySettings {
		if (maxAttempts < 1) {
			throw new IllegalArgumentException("fastdata.notify.max-attempts must be at least 1");
		}
		baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/** The wait before the next attempt after this many failed ones. */
	Duration retryAfter(int failures) {
		Duration wait = this.firstRetry;
		for (int i = 1; i < failures && wait.compareTo(this.maxRetry) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		return wait.compareTo(this.maxRetry) > 0 ? this.maxRetry : wait;
	}

}
