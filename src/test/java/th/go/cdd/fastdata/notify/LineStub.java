package th.go.cdd.fastdata.notify;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for LINE's Messaging API on a local port: records every push and answers each
 * target with the statuses scripted for it, then 200.
 */
final class LineStub {

	record Push(String to, String body, String authorization, String retryKey, String contentLength) {
	}

	private static final Pattern TO = Pattern.compile("\"to\"\\s*:\\s*\"([^\"]+)\"");

	private final HttpServer server;

	private final List<Push> pushes = new CopyOnWriteArrayList<>();

	private final Map<String, Deque<Integer>> scripts = new ConcurrentHashMap<>();

	LineStub() {
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		this.server.createContext("/v2/bot/message/push", this::push);
		this.server.start();
	}

	String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	/** The next pushes to this target answer these statuses, in order. */
	void answer(String to, Integer... statuses) {
		this.scripts.put(to, new ArrayDeque<>(List.of(statuses)));
	}

	List<Push> pushesTo(String to) {
		return this.pushes.stream().filter(p -> to.equals(p.to())).toList();
	}

	private void push(HttpExchange exchange) throws IOException {
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		Matcher to = TO.matcher(body);
		String target = to.find() ? to.group(1) : "";
		this.pushes.add(new Push(target, body, exchange.getRequestHeaders().getFirst("Authorization"),
				exchange.getRequestHeaders().getFirst("X-Line-Retry-Key"),
				exchange.getRequestHeaders().getFirst("Content-Length")));
		Deque<Integer> script = this.scripts.get(target);
		Integer scripted = script == null ? null : script.poll();
		int status = scripted == null ? 200 : scripted;
		byte[] answer = (status == 200 ? "{\"sentMessages\":[{\"id\":\"1\"}]}" : "{\"message\":\"stub failure\"}")
			.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, answer.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(answer);
		}
	}

}
