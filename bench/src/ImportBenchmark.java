import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.postgresql.PGConnection;

/**
 * Fast Data LM import benchmark: 100,000 payment rows from CSV through the application's API
 * (upload, check, preview, apply: the same code as the page) against the physical floor measured
 * in the same run, {@code COPY} into a staging table and one {@code INSERT … SELECT} with the
 * project keys looked up. A program, not a test; run it against the database and app of
 * {@code bench/run} (see bench/README.md).
 *
 * <pre>
 * BENCH_URL=http://127.0.0.1:PORT java -cp ~/.m2/repository/org/postgresql/postgresql/42.7.13/postgresql-42.7.13.jar bench/src/ImportBenchmark.java
 * </pre>
 *
 * Settings (environment): BENCH_URL, BENCH_JDBC (jdbc:postgresql://127.0.0.1:5432/fastdata_bench),
 * BENCH_DB_USER (postgres), BENCH_ADMIN (perfadmin), BENCH_PASSWORD (Bench12345678), BENCH_IMPORT_ROWS
 * (100000). The rows are new payments (references unique to the run) on the first projects by id;
 * the baseline's rows are deleted afterwards, the app's stay (as an import would leave them).
 */
public class ImportBenchmark {

	static final String URL = env("BENCH_URL", "http://127.0.0.1:18181");

	static final String JDBC = env("BENCH_JDBC", "jdbc:postgresql://127.0.0.1:5432/fastdata_bench");

	static final int ROWS = Integer.parseInt(env("BENCH_IMPORT_ROWS", "100000"));

	public static void main(String[] args) throws Exception {
		String run = Long.toString(System.currentTimeMillis(), 36);
		try (Connection db = DriverManager.getConnection(JDBC, env("BENCH_DB_USER", "postgres"), env("BENCH_DB_PASSWORD", ""))) {
			List<String> codes = new ArrayList<>();
			try (Statement s = db.createStatement();
					ResultSet rs = s.executeQuery("select code from wf_project order by id limit " + ROWS)) {
				while (rs.next()) {
					codes.add(rs.getString(1));
				}
			}
			if (codes.isEmpty()) {
				throw new IllegalStateException("no projects in " + JDBC + ": run bench/run first");
			}
			String appCsv = csv(codes, "BENCH-" + run);
			String baseCsv = csv(codes, "BASE-" + run);
			System.out.printf("%,d payment rows on %,d projects, %,d bytes of CSV%n", ROWS, codes.size(), appCsv.length());

			// baseline: the floor, COPY + one INSERT … SELECT, in one transaction
			db.setAutoCommit(false);
			long t0 = System.nanoTime();
			try (Statement s = db.createStatement()) {
				s.execute("create temp table bench_payment_stage (project_code varchar(30), paid_on date,"
						+ " amount numeric(14,2), reference varchar(100)) on commit drop");
			}
			((PGConnection) db.unwrap(PGConnection.class)).getCopyAPI()
				.copyIn("copy bench_payment_stage from stdin with (format csv, header true)", new StringReader(baseCsv));
			long copied = System.nanoTime();
			int inserted;
			try (Statement s = db.createStatement()) {
				inserted = s.executeUpdate("insert into wf_payment (project_id, paid_on, amount, reference, source,"
						+ " created_at, created_by) select p.id, t.paid_on, t.amount, t.reference, 'LM', now(), 'bench'"
						+ " from bench_payment_stage t join wf_project p on p.code = t.project_code");
			}
			db.commit();
			long baseEnd = System.nanoTime();
			double copyMs = (copied - t0) / 1e6;
			double insertMs = (baseEnd - copied) / 1e6;
			System.out.printf("baseline: COPY %.0f ms + INSERT … SELECT %.0f ms (%,d rows)%n", copyMs, insertMs, inserted);
			try (Statement s = db.createStatement()) {
				s.executeUpdate("delete from wf_payment where reference like 'BASE-" + run + "-%'");
			}
			db.commit();

			// the application: upload, wait for the preview, apply, wait for the end
			HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
			String auth = "Basic " + Base64.getEncoder()
				.encodeToString((env("BENCH_ADMIN", "perfadmin") + ":" + env("BENCH_PASSWORD", "Bench12345678"))
					.getBytes(StandardCharsets.UTF_8));
			String boundary = "bench" + run;
			byte[] body = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"payments.csv\"\r\n"
					+ "Content-Type: text/csv\r\n\r\n" + appCsv + "\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
			long a0 = System.nanoTime();
			HttpResponse<String> uploaded = client.send(HttpRequest.newBuilder(URI.create(URL + "/api/v1/imports?kind=payments"))
				.header("Authorization", auth)
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body))
				.build(), HttpResponse.BodyHandlers.ofString());
			if (uploaded.statusCode() != 200) {
				throw new IllegalStateException("upload: " + uploaded.statusCode() + " " + uploaded.body());
			}
			String id = field(uploaded.body(), "id");
			String previewed = waitWhile(client, auth, id, "PREVIEWING");
			long a1 = System.nanoTime();
			if (!"PREVIEWED".equals(field(previewed, "state")) || !"0".equals(field(previewed, "problemCount"))) {
				throw new IllegalStateException("preview: " + previewed.substring(0, Math.min(600, previewed.length())));
			}
			HttpResponse<String> applying = client.send(HttpRequest.newBuilder(URI.create(URL + "/api/v1/imports/" + id + "/apply"))
				.header("Authorization", auth)
				.POST(HttpRequest.BodyPublishers.noBody())
				.build(), HttpResponse.BodyHandlers.ofString());
			if (applying.statusCode() != 200) {
				throw new IllegalStateException("apply: " + applying.statusCode() + " " + applying.body());
			}
			String applied = waitWhile(client, auth, id, "APPLYING");
			long a2 = System.nanoTime();
			if (!"APPLIED".equals(field(applied, "state"))) {
				throw new IllegalStateException("apply ended " + applied.substring(0, Math.min(600, applied.length())));
			}
			double previewMs = (a1 - a0) / 1e6;
			double applyMs = (a2 - a1) / 1e6;
			double appMs = previewMs + applyMs;
			double baseMs = copyMs + insertMs;
			double ratio = appMs / baseMs;
			System.out.println();
			System.out.println("| job | goal | measured | baseline | ratio | verdict |");
			System.out.println("|---|---|---|---|---|---|");
			System.out.printf("| import %,d payment rows from CSV (upload, check, preview, apply) | ≤ 3× baseline | %.1f s (preview %.1f s + apply %.1f s) | %.1f s (COPY %.1f s + INSERT … SELECT %.1f s) | %.1f× | %s |%n",
					ROWS, appMs / 1000, previewMs / 1000, applyMs / 1000, baseMs / 1000, copyMs / 1000, insertMs / 1000,
					ratio, ratio <= 3 ? "PASS" : "FAIL");
		}
	}

	/** One row per project in turn, dated in the last 20 days, a reference unique to the run. */
	static String csv(List<String> codes, String prefix) {
		StringBuilder csv = new StringBuilder("project_code,paid_on,amount,reference\n");
		LocalDate first = LocalDate.now().minusDays(20);
		for (int i = 0; i < ROWS; i++) {
			csv.append(codes.get(i % codes.size())).append(',').append(first.plusDays(i % 20)).append(',')
				.append(100 + i % 50).append(".00,").append(prefix).append('-').append(i).append('\n');
		}
		return csv.toString();
	}

	static String waitWhile(HttpClient client, String auth, String id, String state) throws Exception {
		while (true) {
			String json = client.send(HttpRequest.newBuilder(URI.create(URL + "/api/v1/imports/" + id))
				.header("Authorization", auth)
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString()).body();
			if (!state.equals(field(json, "state"))) {
				return json;
			}
			Thread.sleep(200);
		}
	}

	/** A top-level scalar of the import's JSON, enough for this program without a JSON library. */
	static String field(String json, String name) {
		Matcher m = Pattern.compile("\"" + name + "\":\"?([^\",}]*)").matcher(json);
		return m.find() ? m.group(1) : "";
	}

	static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

}
