package th.go.cdd.fastdata.notify;

import java.net.http.HttpClient;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.BufferingClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * LINE Messaging API push message ({@code POST /v2/bot/message/push}) to a group or user id, with
 * the office's channel access token. LINE Notify was closed in 2025; this is its replacement.
 */
@Component
class LineSender implements Sender {

	private final NotifySettings.Line settings;

	private final RestClient client;

	LineSender(NotifySettings settings) {
		this.settings = settings.line();
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
				HttpClient.newBuilder().connectTimeout(this.settings.connectTimeout()).build());
		requests.setReadTimeout(this.settings.readTimeout());
		// buffered, so the push carries a Content-Length rather than a chunked body
		this.client = RestClient.builder()
			.baseUrl(this.settings.apiUrl())
			.requestFactory(new BufferingClientHttpRequestFactory(requests))
			.build();
	}

	@Override
	public Channel channel() {
		return Channel.LINE;
	}

	@Override
	public boolean enabled() {
		return this.settings.enabled();
	}

	@Override
	public void send(String target, String retryKey, Topic topic, String text, String link) {
		String body = link == null ? text : text + "\n" + link;
		this.client.post()
			.uri("/v2/bot/message/push")
			.contentType(MediaType.APPLICATION_JSON)
			.header("Authorization", "Bearer " + this.settings.channelAccessToken())
			// LINE accepts a push once per key: a retry after a lost answer is not shown twice
			.header("X-Line-Retry-Key", retryKey)
			.body(Map.of("to", target, "messages", List.of(Map.of("type", "text", "text", body))))
			.exchange((request, response) -> {
				HttpStatusCode status = response.getStatusCode();
				// 409 with a retry key: LINE already accepted this very push
				if (status.is2xxSuccessful() || status.value() == 409) {
					return null;
				}
				String answer = new String(response.getBody().readNBytes(300), java.nio.charset.StandardCharsets.UTF_8);
				throw new IllegalStateException("LINE ตอบ HTTP " + status.value() + ": " + answer);
			});
	}

}
