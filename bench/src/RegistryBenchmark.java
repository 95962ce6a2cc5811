import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Fast Data registry benchmark: measures the running application over HTTP against plain SQL over
 * JDBC on the same database, in the same run, and prints one table. A program, not a test.
 *
 * <pre>
 * java -cp ~/.m2/repository/org/postgresql/postgresql/42.7.13/postgresql-42.7.13.jar bench/src/RegistryBenchmark.java
 * </pre>
 *
 * Settings (environment): BENCH_URL (http://127.0.0.1:18181), BENCH_JDBC
 * (jdbc:postgresql://127.0.0.1:5432/fastdata_bench), BENCH_DB_USER (postgres), BENCH_ADMIN (perfadmin),
 * BENCH_PASSWORD (Bench12345678, every bench user's), BENCH_PROVINCE (30), BENCH_APP_LOG (log of the
 * app's first start after generation, for the reclassification time), BENCH_SEARCHES (1000),
 * BENCH_BASELINE_SQL (bench/classify-baseline.sql), BENCH_ONLY (abcdef: the measurements to run).
 */
public class RegistryBenchmark {

	static final String URL = env("BENCH_URL", "http://127.0.0.1:18181");

	static final String JDBC = env("BENCH_JDBC", "jdbc:postgresql://127.0.0.1:5432/fastdata_bench");

	static final String PASSWORD = env("BENCH_PASSWORD", "Bench12345678");

	static final String ADMIN = env("BENCH_ADMIN", "perfadmin");

	static final String PROVINCE = env("BENCH_PROVINCE", "30");

	static final List<String[]> table = new ArrayList<>();

	public static void main(String[] args) throws Exception {
		try (Connection db = DriverManager.getConnection(JDBC, env("BENCH_DB_USER", "postgres"), env("BENCH_DB_PASSWORD", ""))) {
			String trgm = one(db, "select show_trgm('สมชาย')::text");
			System.out.println("show_trgm('สมชาย') = " + trgm);
			if (trgm.equals("{}")) {
				throw new IllegalStateException("no Thai trigrams: the database's LC_CTYPE is not a UTF-8 locale");
			}
			System.out.println("data: " + one(db, "select (select count(*) from wf_person) || ' people, '"
					+ " || (select count(*) from wf_project) || ' projects, ' || (select count(*) from wf_installment)"
					+ " || ' installments, ' || (select count(*) from wf_payment) || ' payments, '"
					+ " || (select count(*) from wf_project_status) || ' classified'"));
			Long[] provinceDistricts = ids(db, "select d.id from district d join province p on p.id = d.province_id"
					+ " where p.code = '" + PROVINCE + "' order by d.id");
			Long[] allDistricts = ids(db, "select d.id from district d join province p on p.id = d.province_id"
					+ " where p.served order by d.id");

			Session district = new Session("bench.district");
			Session province = new Session("bench.province");
			Session admin = new Session(ADMIN);

			String only = env("BENCH_ONLY", "abcdef"); // which measurements, e.g. BENCH_ONLY=cd
			// a. group counts per district
			if (only.contains("a")) {
			String groupSql = "select district_id, status_group, count(*), sum(outstanding_amount) from wf_project_status"
					+ " where district_id = any(?) group by 1, 2";
			for (Object[] who : new Object[][] { { province, provinceDistricts, "province " + PROVINCE + " (" + provinceDistricts.length + " districts)" },
					{ admin, allDistricts, "admin (" + allDistricts.length + " districts)" } }) {
				Session s = (Session) who[0];
				Stats http = repeat(5, 50, () -> s.get("/api/v1/status-groups"));
				Stats sql = repeat(5, 50, () -> query(db, groupSql, (Long[]) who[1]));
				row("a. group counts, " + who[2], "p95 < 50 ms", http, sql, http.p95() < 50);
			}

			}
			// b. pages
			if (only.contains("b")) {
			for (Session s : List.of(district, province, admin)) {
				Stats floor = repeat(3, 20, () -> s.get("/api/v1/me"));
				for (String page : List.of("/", "/womenfund", "/womenfund/projects", "/womenfund/warnings")) {
					Stats http = repeat(3, 20, () -> s.get(page));
					row("b. page " + page + " as " + s.username, "p95 < 200 ms", http, floor, http.p95() < 200);
				}
			}

			}
			// c. search
			if (only.contains("c")) {
			int count = Integer.parseInt(env("BENCH_SEARCHES", "1000"));
			List<String> queries = searchQueries(db, provinceDistricts, count);
			searchRow(db, province, provinceDistricts, queries, "province " + PROVINCE);
			searchRow(db, admin, allDistricts, queries.subList(0, Math.min(queries.size(), count / 10)), "admin, national");

			}
			// e. dashboards
			if (only.contains("e")) {
				dashboards(db, district, province, admin, provinceDistricts, allDistricts);
			}
			// f. the later pages
			if (only.contains("f")) {
				pages(db, district, province, admin, provinceDistricts, allDistricts);
			}
			// d. reclassification
			if (only.contains("d")) {
				reclassification(db);
			}
		}
		print();
	}

	// ---- c. search ------------------------------------------------------------------------------

	static List<String> searchQueries(Connection db, Long[] districts, int count) throws Exception {
		// people and projects of the scope, picked deterministically
		List<String[]> people = new ArrayList<>();
		try (PreparedStatement ps = db.prepareStatement("select p.national_id, p.first_name, p.last_name from wf_person p"
				+ " where p.id in (select m.person_id from wf_project_member m join wf_project pr on pr.id = m.project_id"
				+ " where pr.district_id = any(?)) order by md5(p.id::text) limit ?")) {
			ps.setArray(1, db.createArrayOf("bigint", districts));
			ps.setInt(2, count);
			try (ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					people.add(new String[] { rs.getString(1), rs.getString(2), rs.getString(3) });
				}
			}
		}
		List<String> projectWords = List.of("ทอผ้าไหม", "แปรรูปอาหาร", "เลี้ยงไก่ไข่", "ผักปลอดสารพิษ", "จักสาน", "ขนมไทย",
				"ปลาดุก", "ตัดเย็บ", "นวดแผนไทย", "น้ำพริก", "เพาะเห็ด", "ปุ๋ยหมัก", "สบู่สมุนไพร", "ร้านค้าชุมชน", "โคขุน",
				"ข้าวเกรียบ", "หนองบัว", "โนนสูง", "ดอนแดง", "ท่าช้าง", "บ่อทอง", "ห้วยทราย");
		Random random = new Random(2568);
		List<String> queries = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String[] p = people.get(i % people.size());
			switch (i % 10) {
				case 0, 1, 2 -> queries.add(p[0]); // full national ID
				case 3, 4 -> queries.add(p[1]); // first name
				case 5 -> queries.add(p[2]); // last name
				case 6 -> queries.add(p[2].substring(0, Math.min(p[2].length(), 3 + random.nextInt(3)))); // part of a last name
				case 7 -> queries.add(p[1] + " " + p[2]); // "first last"
				default -> queries.add(projectWords.get(random.nextInt(projectWords.size()))); // project-name word
			}
		}
		return queries;
	}

	static void searchRow(Connection db, Session s, Long[] districts, List<String> queries, String who) throws Exception {
		for (int i = 0; i < 10; i++) {
			s.get("/api/v1/search?q=" + URLEncoder.encode(queries.get(i), StandardCharsets.UTF_8));
		}
		List<Double> http = new ArrayList<>();
		List<Double> sql = new ArrayList<>();
		Map<String, List<Double>> httpByKind = new LinkedHashMap<>();
		Map<String, List<Double>> sqlByKind = new LinkedHashMap<>();
		Array scope = db.createArrayOf("bigint", districts);
		for (String q : queries) {
			String kind = q.matches("\\d{13}") ? "national ID" : q.contains(" ") ? "first last" : "name/project word";
			double h = time(() -> s.get("/api/v1/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)));
			double b = time(() -> rawSearch(db, scope, q));
			http.add(h);
			sql.add(b);
			httpByKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(h);
			sqlByKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(b);
		}
		Stats h = new Stats(http);
		Stats b = new Stats(sql);
		row("c. search, " + queries.size() + " queries, " + who, "p95 ≤ 2× SQL", h, b, h.p95() <= 2 * b.p95());
		httpByKind.forEach((kind, list) -> {
			Stats hk = new Stats(list);
			Stats bk = new Stats(sqlByKind.get(kind));
			row("   by kind: " + kind + " (" + list.size() + ")", "p95 ≤ 2× SQL", hk, bk, hk.p95() <= 2 * bk.p95());
		});
	}

	/** The lookups of Search.find, written by hand. */
	static void rawSearch(Connection db, Array scope, String q) throws Exception {
		String digits = q.replaceAll("[\\s-]", "");
		if (digits.matches("\\d{13}")) {
			try (PreparedStatement ps = db.prepareStatement("select p.* from wf_person p where p.national_id = ?"
					+ " and exists (select 1 from wf_project_member m join wf_project pr on pr.id = m.project_id"
					+ " where m.person_id = p.id and pr.district_id = any(?))")) {
				ps.setString(1, digits);
				ps.setArray(2, scope);
				drain(ps);
			}
			return;
		}
		String pattern = "%" + q.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		try (PreparedStatement ps = db.prepareStatement("select p.* from wf_person p where (lower(p.first_name) like ?"
				+ " or lower(p.last_name) like ? or lower(p.first_name || ' ' || p.last_name) like ?)"
				+ " and exists (select 1 from wf_project_member m join wf_project pr on pr.id = m.project_id"
				+ " where m.person_id = p.id and pr.district_id = any(?)) limit 30")) {
			ps.setString(1, pattern);
			ps.setString(2, pattern);
			ps.setString(3, pattern);
			ps.setArray(4, scope);
			drain(ps);
		}
		try (PreparedStatement ps = db.prepareStatement("select * from wf_project p where p.district_id = any(?)"
				+ " and (lower(p.code) like ? or lower(p.name) like ?) order by p.code limit 30")) {
			ps.setArray(1, scope);
			ps.setString(2, pattern);
			ps.setString(3, pattern);
			drain(ps);
		}
	}

	// ---- e. dashboards ---------------------------------------------------------------------------

	/**
	 * The dashboard (womenfund/dashboard) and the payments list behind its collections, each beside the SQL
	 * the page needs, run over JDBC in the same run with the same districts and months.
	 */
	static void dashboards(Connection db, Session district, Session province, Session admin, Long[] provinceDistricts,
			Long[] allDistricts) throws Exception {
		LocalDate thisMonth = LocalDate.now(ZoneId.of("Asia/Bangkok")).withDayOfMonth(1);
		LocalDate lastMonth = thisMonth.minusMonths(1);
		Long[] firstDistrict = { provinceDistricts[0] };
		// a district's months from the district rows, a whole province's (or the country's) from the province rows
		String statusMonths = "select month_start, status_group, sum(projects), sum(outstanding_amount) from wf_status_month"
				+ " where district_id = any(?) and month_start >= ? and month_start <= ? group by month_start, status_group";
		String provinceStatusMonths = "select month_start, status_group, sum(projects), sum(outstanding_amount)"
				+ " from wf_status_month_province where province_id = any(?) and month_start >= ? and month_start <= ?"
				+ " group by month_start, status_group";
		String collections = "select month_start, sum(payments), sum(amount) from wf_collection_month where district_id = any(?)"
				+ " and month_start >= ? and month_start <= ? group by month_start";
		String provinceCollections = "select month_start, sum(payments), sum(amount) from wf_collection_month_province"
				+ " where province_id = any(?) and month_start >= ? and month_start <= ? group by month_start";
		String collectionsByDistrict = "select district_id, sum(payments), sum(amount) from wf_collection_month"
				+ " where district_id = any(?) and month_start >= ? and month_start <= ? group by district_id";
		String collectionsByProvince = "select province_id, sum(payments), sum(amount) from wf_collection_month_province"
				+ " where province_id = any(?) and month_start >= ? and month_start <= ? group by province_id";
		Long[] oneProvince = ids(db, "select id from province where code = '" + PROVINCE + "'");
		Long[] allProvinces = ids(db, "select id from province where served order by id");
		String summary = "select district_id, status_group, projects, outstanding_amount, overdue_amount"
				+ " from wf_district_status_summary where district_id = any(?) and projects > 0";
		String subdistricts = "select p.subdistrict_id, s.status_group, count(*), coalesce(sum(s.outstanding_amount), 0)"
				+ " from wf_project_status s join wf_project p on p.id = s.project_id where s.district_id = ?"
				+ " group by p.subdistrict_id, s.status_group";
		// the page's statements (Dashboards.payments): driven by the month's payments, each project's district by its
		// key (the plain join hashes all 300,000 projects for the country: 180 ms warm, measured by hand)
		String ofMonth = " from wf_payment pay where pay.paid_on >= ? and pay.paid_on < ?"
				+ " and (select d.district_id from wf_project d where d.id = pay.project_id) = any(?)";
		String paymentTotals = "select count(*), coalesce(sum(pay.amount), 0)" + ofMonth;
		String paymentRows = "select pay.id, pay.paid_on, pay.amount, pay.reference, pay.source, p.id, p.code, p.name,"
				+ " p.district_id from (select pay.id, pay.project_id, pay.paid_on, pay.amount, pay.reference, pay.source"
				+ ofMonth + " order by pay.paid_on desc, pay.id desc limit 25 offset 0) pay join wf_project p on p.id = pay.project_id"
				+ " order by pay.paid_on desc, pay.id desc";
		System.out.println("dashboards: " + one(db, "select count(*) || ' status-month rows, ' || count(distinct month_start)"
				+ " || ' months; ' || (select count(*) from wf_collection_month) || ' collection-month rows; '"
				+ " || (select count(*) from wf_payment where paid_on >= date '" + lastMonth + "' and paid_on < date '"
				+ thisMonth + "') || ' payments last month' from wf_status_month"));
		// the app just started (bench/run): let the JIT compile the dashboard's code before any row is measured
		for (int i = 0; i < 20; i++) {
			for (Session s : List.of(province, admin)) {
				s.get("/womenfund/dashboard");
				s.get("/womenfund/payments?month=" + lastMonth.toString().substring(0, 7));
			}
			district.get("/womenfund/dashboard");
		}
		for (Object[] who : new Object[][] { { province, provinceDistricts, oneProvince }, { admin, allDistricts, allProvinces } }) {
			Session s = (Session) who[0];
			Long[] ids = (Long[]) who[1];
			Long[] provinces = (Long[]) who[2];
			for (int months : new int[] { 12, 24 }) {
				Stats http = repeat(3, 30, () -> s.get("/womenfund/dashboard" + (months == 12 ? "" : "?months=24")));
				Stats sql = repeat(3, 30, () -> {
					query(db, provinceStatusMonths, provinces, thisMonth.minusMonths(months - 1), thisMonth);
					query(db, provinceCollections, provinces, thisMonth.minusMonths(11), thisMonth);
					query(db, summary, ids);
					// the table: a province's districts, or the country's provinces
					if (provinces.length == 1) {
						query(db, collectionsByDistrict, ids, thisMonth.minusMonths(11), thisMonth);
					}
					else {
						query(db, collectionsByProvince, provinces, thisMonth.minusMonths(11), thisMonth);
					}
				});
				row("e. dashboard, " + months + " months, " + ids.length + " districts, as " + s.username, "p95 < 200 ms", http,
						sql, http.p95() < 200);
			}
			Stats http = repeat(3, 30, () -> s.get("/womenfund/payments?month=" + lastMonth.toString().substring(0, 7)));
			Stats sql = repeat(3, 30, () -> {
				monthQuery(db, paymentTotals, lastMonth, thisMonth, ids);
				monthQuery(db, paymentRows, lastMonth, thisMonth, ids);
			});
			row("e. payments of a month, " + ids.length + " districts, as " + s.username, "p95 < 200 ms", http, sql,
					http.p95() < 200);
		}
		for (Session s : List.of(province, district)) {
			String query = s == district ? "" : "?districtId=" + firstDistrict[0];
			Stats http = repeat(3, 30, () -> s.get("/womenfund/dashboard" + query));
			Stats sql = repeat(3, 30, () -> {
				query(db, statusMonths, firstDistrict, thisMonth.minusMonths(11), thisMonth);
				query(db, collections, firstDistrict, thisMonth.minusMonths(11), thisMonth);
				try (PreparedStatement ps = db.prepareStatement(subdistricts)) {
					ps.setLong(1, firstDistrict[0]);
					drain(ps);
				}
			});
			row("e. dashboard of one district (subdistricts) as " + s.username, "p95 < 200 ms", http, sql, http.p95() < 200);
		}
		Stats http = repeat(3, 30, () -> province.get("/womenfund/payments?districtId=" + firstDistrict[0] + "&month="
				+ lastMonth.toString().substring(0, 7)));
		Stats sql = repeat(3, 30, () -> {
			monthQuery(db, paymentTotals, lastMonth, thisMonth, firstDistrict);
			monthQuery(db, paymentRows, lastMonth, thisMonth, firstDistrict);
		});
		row("e. payments of a month, one district, as " + province.username, "p95 < 200 ms", http, sql, http.p95() < 200);
	}

	// ---- f. the pages added after the registry -----------------------------------------------------

	/**
	 * The women's fund's later pages (measure applications, mediation, suits, the map, field visits, district reports,
	 * the committee, the home page and a project's page), each as the district officer, the province user and the
	 * administrator where what they see differs, beside the main statements the page runs over JDBC, same scope.
	 */
	static void pages(Connection db, Session district, Session province, Session admin, Long[] provinceDistricts,
			Long[] allDistricts) throws Exception {
		Long[] own = { provinceDistricts[0] };
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Bangkok"));
		System.out.println("pages: " + one(db, "select (select count(*) from wf_measure_application) || ' applications, '"
				+ " || (select count(*) from wf_mediation_case) || ' mediation cases, ' || (select count(*) from wf_litigation_case)"
				+ " || ' suits, ' || (select count(*) from wf_project_location) || ' locations, ' || (select count(*) from wf_visit_plan)"
				+ " || ' visit plans, ' || (select count(*) from wf_visit_stop) || ' stops, ' || (select count(*) from wf_visit_record)"
				+ " || ' visit records, ' || (select count(*) from wf_district_report) || ' district reports, '"
				+ " || (select count(*) from wf_committee_meeting) || ' committee meetings'"));
		// the pages' subjects, in the district officer's district (so all three users may open them)
		String application = one(db, "select min(id) from wf_measure_application where district_id = " + own[0]
				+ " and measure = 'RESTRUCTURING' and state = 'SUBMITTED'");
		String plan = one(db, "select id from wf_visit_plan where district_id = " + own[0] + " order by plan_month desc limit 1");
		String due = one(db, "select max(due_on) from wf_district_report where district_id = " + own[0] + " and due_on < date '"
				+ today + "' and state = 'DRAFT'");
		String meeting = one(db, "select max(m.id) from wf_committee_meeting m join province p on p.id = m.province_id"
				+ " where p.code = '" + PROVINCE + "'");
		// the longest project page: one with a location, visits, an application, a mediation case and a suit if any
		String project = one(db, "select p.id from wf_project p where p.district_id = " + own[0] + " order by"
				+ " (exists (select 1 from wf_litigation_case x where x.project_id = p.id))::int"
				+ " + (exists (select 1 from wf_mediation_case x where x.project_id = p.id))::int"
				+ " + (exists (select 1 from wf_measure_application x where x.project_id = p.id))::int"
				+ " + (exists (select 1 from wf_visit_record x where x.project_id = p.id))::int"
				+ " + (exists (select 1 from wf_project_location x where x.project_id = p.id))::int desc, p.id limit 1");
		System.out.println("pages of: application " + application + ", visit plan " + plan + ", district report "
				+ own[0] + "/" + due + ", meeting " + meeting + ", project " + project);
		Map<Session, Long[]> scope = new LinkedHashMap<>();
		scope.put(district, own);
		scope.put(province, provinceDistricts);
		scope.put(admin, allDistricts);
		List<Session> everyone = List.of(district, province, admin);
		// the app just started: let the JIT compile the pages' code before any row is measured
		for (int i = 0; i < 5; i++) {
			for (String page : List.of("/womenfund/applications", "/womenfund/mediation", "/womenfund/litigation",
					"/womenfund/map", "/api/v1/map/points", "/womenfund/visits", "/womenfund/visits/untraceable",
					"/womenfund/reports", "/womenfund/projects/" + project, "/womenfund/applications/" + application)) {
				province.get(page);
			}
		}

		String open = "('DRAFT', 'SUBMITTED', 'ENDORSED', 'RETURNED')";
		String applicationLines = "select a.*, p.code, p.name, pe.title, pe.first_name, pe.last_name from wf_measure_application a"
				+ " join wf_project p on p.id = a.project_id join wf_person pe on pe.id = a.person_id where a.district_id = any(?)";
		String applicationSummary = "select measure, state, count(*) from wf_measure_application where district_id = any(?)"
				+ " and state <> 'REJECTED' group by measure, state";
		for (Session s : everyone) {
			page(s, "/womenfund/applications", "(waiting)", db, scope.get(s),
					applicationLines + " and a.state in " + open + " order by a.state_since", applicationSummary);
		}
		for (Session s : everyone) {
			// the first page of 50 and its total
			page(s, "/womenfund/applications?view=all", "", db, scope.get(s), applicationLines
					+ " and a.id in (select id from wf_measure_application where district_id = any(?) order by state_since desc, id desc limit 50)"
					+ " order by a.state_since desc", "select count(*) from wf_measure_application where district_id = any(?)",
					applicationSummary);
		}
		for (Session s : List.of(district, province)) {
			page(s, "/womenfund/applications/" + application, "", db, scope.get(s),
					"select * from wf_measure_application where id = " + application + " and district_id = any(?)",
					"select p.*, pe.* from wf_measure_application a join wf_project p on p.id = a.project_id"
							+ " join wf_person pe on pe.id = a.person_id where a.id = " + application,
					"select * from wf_measure_version where id = (select version_id from wf_measure_application where id = "
							+ application + ")",
					"select * from wf_measure_application_step where application_id = " + application + " order by at, id",
					"select due_on, amount from wf_measure_application_due where application_id = " + application + " order by seq");
		}
		String mediationLines = "select c.*, p.code, p.name, k.name_th from wf_mediation_case c join wf_project p on p.id = c.project_id"
				+ " join wf_court k on k.id = c.court_id where c.district_id = any(?)";
		for (Session s : everyone) {
			page(s, "/womenfund/mediation", "", db, scope.get(s),
					mediationLines + " and c.outcome = 'OPEN' order by c.hearing_on, c.court_id, c.hearing_time, c.id limit 500",
					mediationLines + " and c.outcome in ('NO_AGREEMENT', 'NO_SHOW') order by c.outcome_on desc, c.id desc limit 200",
					mediationLines + " and c.outcome = 'COMPROMISE' order by c.outcome_on desc, c.id desc limit 200");
		}
		for (Session s : everyone) {
			page(s, "/womenfund/litigation", "", db, scope.get(s),
					"select c.*, p.code, p.name from wf_litigation_case c join wf_project p on p.id = c.project_id"
							+ " where c.district_id = any(?) order by case c.stage when 'PREPARING' then 0 when 'WITH_PROSECUTOR' then 1"
							+ " when 'FILED' then 2 when 'JUDGED' then 3 when 'ENFORCING' then 4 else 5 end, c.stage_since, c.id limit 500",
					"select count(*) from wf_litigation_case where district_id = any(?)",
					"select p.id, p.code, p.name, p.district_id, m.id, m.outcome, m.outcome_on from wf_mediation_case m"
							+ " join wf_project p on p.id = m.project_id where m.district_id = any(?) and m.outcome in ('NO_AGREEMENT', 'NO_SHOW')"
							+ " and not exists (select 1 from wf_litigation_case l where l.project_id = m.project_id and l.opened_at > m.opened_at)"
							+ " order by m.outcome_on limit 200",
					untraceable(100),
					"select k.fiscal_year, sum(k.amount) from wf_litigation_cost k join wf_litigation_case c on c.id = k.case_id"
							+ " where c.district_id = any(?) group by k.fiscal_year");
		}
		for (Session s : everyone) {
			page(s, "/womenfund/map", "", db, scope.get(s),
					"select count(*) from wf_project p where p.district_id = any(?)"
							+ " and not exists (select 1 from wf_project_location l where l.project_id = p.id)",
					"select distinct fiscal_year from wf_project where district_id = any(?) order by 1");
		}
		for (Session s : everyone) {
			page(s, "/api/v1/map/points", "(GeoJSON)", db, scope.get(s),
					"select p.id, p.code, p.name, p.group_name, p.district_id, p.subdistrict_id, p.fiscal_year, s.status_group,"
							+ " s.overdue_amount, s.outstanding_amount, l.latitude, l.longitude, l.accuracy_m, l.method, l.note, l.recorded_at"
							+ " from wf_project p join wf_project_location l on l.project_id = p.id and l.superseded_at is null"
							+ " left join wf_project_status s on s.project_id = p.id where p.district_id = any(?) order by p.id limit 5001");
		}
		for (Session s : everyone) {
			page(s, "/womenfund/visits", "", db, scope.get(s),
					"select pl.id, pl.district_id, pl.plan_month, (select count(*) from wf_visit_stop st where st.plan_id = pl.id),"
							+ " (select count(*) from wf_visit_stop st where st.plan_id = pl.id and st.visit_on is not null),"
							+ " (select count(distinct r.stop_id) from wf_visit_record r join wf_visit_stop st on st.id = r.stop_id"
							+ " where st.plan_id = pl.id) from wf_visit_plan pl where pl.district_id = any(?)"
							+ " order by pl.plan_month desc, pl.district_id limit 300");
		}
		for (Session s : List.of(district, province)) {
			page(s, "/womenfund/visits/plans/" + plan, "", db, own,
					"select st.id, p.id, p.code, p.name, p.subdistrict_id, p.village_id, s.status_group, s.overdue_amount,"
							+ " s.outstanding_amount, s.limitation_ends_on, st.visit_on, st.officer_id, st.local_leaders"
							+ " from wf_visit_stop st join wf_project p on p.id = st.project_id left join wf_project_status s on s.project_id = p.id"
							+ " where st.plan_id = " + plan + " and p.district_id = any(?)"
							+ " order by coalesce(s.urgency_rank, 2147483647), s.overdue_amount desc, s.outstanding_amount desc, p.id",
					"select m.project_id, pe.title, pe.first_name, pe.last_name, pe.phone from wf_project_member m"
							+ " join wf_person pe on pe.id = m.person_id where m.project_id in (select project_id from wf_visit_stop"
							+ " where plan_id = " + plan + ") and m.member_role = 'BORROWER' order by m.id",
					"select project_id, outcome, visited_on from wf_visit_record where project_id in (select project_id"
							+ " from wf_visit_stop where plan_id = " + plan + ") order by visited_on, id");
		}
		for (Session s : everyone) {
			page(s, "/womenfund/visits/untraceable", "", db, scope.get(s), untraceable(500));
		}
		String reportCells = "select district_id, due_on, state, submitted_at from wf_district_report"
				+ " where due_on between date '" + today.minusDays(62) + "' and date '" + today.plusDays(16) + "' and district_id = any(?)";
		for (Session s : everyone) {
			page(s, "/womenfund/reports", "", db, scope.get(s), reportCells);
		}
		if (due != null) {
			String from = one(db, "select period_from from wf_district_report where district_id = " + own[0] + " and due_on = date '" + due + "'");
			String period = " between date '" + from + "' and date '" + due + "'";
			String at = " >= date '" + from + "' and at < date '" + due + "' + 1";
			for (Session s : List.of(district, province)) {
				page(s, "/womenfund/reports/" + own[0] + "/" + due, "(draft)", db, own,
						"select * from wf_district_report where district_id = any(?) and due_on = date '" + due + "'",
						"select district_id, count(*), count(distinct project_id), sum(case when outcome = 'PROMISED_TO_PAY' then 1 else 0 end),"
								+ " coalesce(sum(case when outcome = 'PROMISED_TO_PAY' then promise_amount end), 0),"
								+ " sum(case when outcome in ('MOVED', 'UNTRACEABLE') then 1 else 0 end) from wf_visit_record"
								+ " where district_id = any(?) and visited_on" + period + " group by district_id",
						"select p.district_id, count(*), sum(m.amount) from wf_payment m join wf_project p on p.id = m.project_id"
								+ " where p.district_id = any(?) and m.paid_on" + period + " group by p.district_id",
						"select p.district_id, h.status_group, count(*) from wf_project_status_history h join wf_project p on p.id = h.project_id"
								+ " where p.district_id = any(?) and h.since" + period + " group by p.district_id, h.status_group",
						"select a.district_id, s.action, count(distinct a.id) from wf_measure_application_step s"
								+ " join wf_measure_application a on a.id = s.application_id where a.district_id = any(?)"
								+ " and s.action in ('SUBMIT', 'ENDORSE', 'APPROVE', 'REJECT') and s.at" + at + " group by a.district_id, s.action",
						"select district_id, count(*) from wf_mediation_case where district_id = any(?) and ((opened_at"
								+ at.replace("at <", "opened_at <") + ") or outcome_on" + period + ") group by district_id",
						"select district_id, count(*) from wf_litigation_case where district_id = any(?) and (filed_on" + period
								+ " or judged_on" + period + ") group by district_id",
						"select * from wf_district_status_summary where district_id = any(?)");
			}
		}
		String meetings = "select m.*, (select max(r.version) from wf_committee_report r where r.meeting_id = m.id)"
				+ " from wf_committee_meeting m where m.province_id = (select id from province where code = '" + PROVINCE + "')"
				+ " order by m.meeting_on desc, m.id desc";
		for (Session s : List.of(province, admin)) {
			page(s, "/womenfund/committee" + (s == admin ? "?provinceId=" + one(db, "select id from province where code = '" + PROVINCE + "'") : ""),
					"", db, provinceDistricts, meetings);
		}
		for (Session s : List.of(province, admin)) {
			page(s, "/womenfund/committee/meetings/" + meeting, "", db, provinceDistricts, meetings,
					"select * from wf_committee_status where report_id in (" + meeting + ", " + meeting + " - 1)",
					"select * from wf_committee_moved where report_id in (" + meeting + ", " + meeting + " - 1)",
					"select * from wf_committee_activity where report_id in (" + meeting + ", " + meeting + " - 1)");
		}
		for (Session s : everyone) {
			page(s, "/", "", db, scope.get(s),
					"select * from wf_district_status_summary where district_id = any(?)",
					"select s.*, p.code, p.name from wf_project_status s join wf_project p on p.id = s.project_id"
							+ " where s.district_id = any(?) order by s.urgency_rank, s.overdue_amount desc limit 5",
					reportCells);
		}
		for (Session s : everyone) {
			page(s, "/womenfund/projects/" + project, "", db, own,
					"select * from wf_project where id = " + project + " and district_id = any(?)",
					"select c.*, sc.* from wf_contract c join wf_schedule sc on sc.contract_id = c.id where c.project_id = " + project,
					"select i.* from wf_installment i join wf_schedule sc on sc.id = i.schedule_id join wf_contract c on c.id = sc.contract_id"
							+ " where c.project_id = " + project + " order by i.seq",
					"select * from wf_payment where project_id = " + project + " order by paid_on",
					"select m.*, pe.* from wf_project_member m join wf_person pe on pe.id = m.person_id where m.project_id = " + project,
					"select * from wf_acknowledgment where project_id = " + project,
					"select * from wf_project_status where project_id = " + project,
					"select * from wf_project_status_history where project_id = " + project + " order by since");
		}
	}

	/** The untraceable debtors' statement as the page runs it: cut to a page before any project is read. */
	static String untraceable(int limit) {
		return "with latest as (select r.project_id, r.district_id, r.visited_on, r.outcome, r.notes, r.created_by"
				+ " from wf_visit_record r where r.district_id = any(?) and r.outcome in ('MOVED', 'UNTRACEABLE')"
				+ " and not exists (select 1 from wf_visit_record later where later.project_id = r.project_id"
				+ " and (later.visited_on > r.visited_on or (later.visited_on = r.visited_on and later.id > r.id)))"
				+ " order by r.district_id, r.visited_on, r.project_id limit " + limit + ")"
				+ " select p.id, p.code, p.name, p.district_id, p.subdistrict_id, p.village_id, s.status_group,"
				+ " s.outstanding_amount, s.limitation_ends_on, r.visited_on, r.outcome, (select count(*) from wf_visit_record a"
				+ " where a.project_id = p.id and a.outcome in ('MOVED', 'UNTRACEABLE')), r.notes, r.created_by"
				+ " from latest r join wf_project p on p.id = r.project_id left join wf_project_status s on s.project_id = p.id"
				+ " order by r.district_id, r.visited_on, p.code";
	}

	/** One row: the page as the user, 20 times after 3, beside its statements (every {@code ?} bound to the districts). */
	static void page(Session s, String path, String note, Connection db, Long[] districts, String... statements) throws Exception {
		Stats http = repeat(3, 20, () -> s.get(path));
		Stats sql = repeat(3, 20, () -> {
			for (String statement : statements) {
				try (PreparedStatement ps = db.prepareStatement(statement)) {
					Array ids = db.createArrayOf("bigint", districts);
					for (int i = 1; i <= ps.getParameterMetaData().getParameterCount(); i++) {
						ps.setArray(i, ids);
					}
					drain(ps);
				}
			}
		});
		row("f. " + path.replaceAll("\\?provinceId=\\d+", "") + (note.isEmpty() ? "" : " " + note) + " as " + s.username,
				"p95 < 200 ms", http, sql, http.p95() < 200);
	}

	// ---- d. reclassification ---------------------------------------------------------------------

	static void reclassification(Connection db) throws Exception {
		String measured = "not in log";
		double appMs = Double.NaN;
		String log = System.getenv("BENCH_APP_LOG");
		if (log != null && Files.exists(Path.of(log))) {
			Matcher m = Pattern.compile("Classified (\\d+) projects as of today in (\\d+) ms").matcher(Files.readString(Path.of(log)));
			while (m.find()) {
				appMs = Double.parseDouble(m.group(2));
				measured = m.group(1) + " projects in " + ms(appMs);
			}
		}
		String sql = Files.readAllLines(Path.of(env("BENCH_BASELINE_SQL", "bench/classify-baseline.sql")))
			.stream()
			.filter(l -> !l.startsWith("--"))
			.collect(Collectors.joining("\n"));
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Bangkok"));
		try (Statement st = db.createStatement()) {
			st.execute("drop table if exists bench_status");
			// the statement's fair settings: enough memory for its sorts and hashes, no JIT compile time
			st.execute("set work_mem = '256MB'");
			st.execute("set jit = off");
		}
		long started = System.nanoTime();
		try (PreparedStatement ps = db.prepareStatement("create temp table bench_status as " + sql)) {
			ps.setObject(1, today);
			ps.execute();
		}
		double baseMs = (System.nanoTime() - started) / 1e6;
		System.out.println("classification: app vs one SQL statement, per group (as of " + today + "):");
		try (Statement st = db.createStatement();
				ResultSet rs = st.executeQuery("select coalesce(a.g, b.g), a.n, b.n from"
						+ " (select status_group g, count(*) n from wf_project_status group by 1) a full join"
						+ " (select status_group g, count(*) n from bench_status group by 1) b on a.g = b.g order by 1")) {
			while (rs.next()) {
				System.out.printf("  %-15s app %8d   sql %8d%n", rs.getString(1), rs.getLong(2), rs.getLong(3));
			}
		}
		System.out.println("  projects whose group differs (acknowledgments, ignored by the SQL): " + one(db,
				"select count(*) from wf_project_status s join bench_status b using (project_id) where s.status_group <> b.status_group"));
		double ratio = appMs / baseMs;
		table.add(new String[] { "d. reclassify all projects (app, at start)", "≤ 2× SQL", measured, ms(baseMs) + " (1 SQL)",
				Double.isNaN(ratio) ? "–" : String.format("%.1f×", ratio), Double.isNaN(ratio) ? "?" : ratio <= 2 ? "PASS" : "FAIL" });
	}

	// ---- HTTP ---------------------------------------------------------------------------------------

	static final class Session {

		final String username;

		final HttpClient client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10))
			.build();

		Session(String username) throws Exception {
			this.username = username;
			String form = send(HttpRequest.newBuilder(URI.create(URL + "/login")).GET()).body();
			Matcher csrf = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(form);
			if (!csrf.find()) {
				throw new IllegalStateException("no CSRF token on /login");
			}
			String body = "username=" + enc(username) + "&password=" + enc(PASSWORD) + "&_csrf=" + enc(csrf.group(1));
			HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(URL + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body)));
			String location = r.headers().firstValue("Location").orElse("");
			if (r.statusCode() != 302 || location.contains("error")) {
				throw new IllegalStateException("sign-in of " + username + " failed: " + r.statusCode() + " " + location);
			}
			get("/");
		}

		void get(String path) throws Exception {
			HttpResponse<byte[]> r = this.client.send(HttpRequest.newBuilder(URI.create(URL + path)).GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
			if (r.statusCode() != 200) {
				throw new IllegalStateException("GET " + path + " as " + this.username + ": " + r.statusCode() + " "
						+ r.headers().firstValue("Location").orElse(""));
			}
		}

		HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
			return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}

	}

	// ---- helpers -------------------------------------------------------------------------------------

	interface Job {

		void run() throws Exception;

	}

	record Stats(double[] sorted) {

		Stats(List<Double> values) {
			this(values.stream().mapToDouble(Double::doubleValue).sorted().toArray());
		}

		double median() {
			return at(0.5);
		}

		double p95() {
			return at(0.95);
		}

		double at(double q) {
			return this.sorted[(int) Math.min(this.sorted.length - 1, Math.ceil(q * this.sorted.length) - 1)];
		}

		@Override
		public String toString() {
			return String.format("med %s / p95 %s", ms(median()), ms(p95()));
		}

	}

	static Stats repeat(int warmup, int times, Job job) throws Exception {
		for (int i = 0; i < warmup; i++) {
			job.run();
		}
		List<Double> values = new ArrayList<>();
		for (int i = 0; i < times; i++) {
			values.add(time(job));
		}
		return new Stats(values);
	}

	static double time(Job job) throws Exception {
		long started = System.nanoTime();
		job.run();
		return (System.nanoTime() - started) / 1e6;
	}

	static void row(String job, String goal, Stats measured, Stats baseline, boolean pass) {
		table.add(new String[] { job, goal, measured.toString(), baseline.toString(),
				String.format("%.1f×", measured.p95() / baseline.p95()), pass ? "PASS" : "FAIL" });
		System.out.println(String.join(" | ", table.get(table.size() - 1)));
	}

	static void print() {
		String[] head = { "job", "goal", "measured", "baseline", "ratio (p95)", "verdict" };
		int[] width = new int[head.length];
		List<String[]> all = new ArrayList<>();
		all.add(head);
		all.addAll(table);
		for (String[] r : all) {
			for (int i = 0; i < r.length; i++) {
				width[i] = Math.max(width[i], r[i].codePointCount(0, r[i].length()));
			}
		}
		System.out.println();
		for (int n = 0; n < all.size(); n++) {
			String[] r = all.get(n);
			StringBuilder line = new StringBuilder("|");
			for (int i = 0; i < r.length; i++) {
				line.append(' ').append(r[i]).append(" ".repeat(width[i] - r[i].codePointCount(0, r[i].length()))).append(" |");
			}
			System.out.println(line);
			if (n == 0) {
				System.out.println("|" + Arrays.stream(width).mapToObj(w -> "-".repeat(w + 2) + "|").collect(Collectors.joining()));
			}
		}
		System.out.println("\nbaselines: a = the plain GROUP BY over JDBC; b = GET /api/v1/me with the same session"
				+ " (the floor of an authenticated request); c = the same lookups as hand-written SQL over JDBC;"
				+ " d = one SQL statement (bench/classify-baseline.sql, no acknowledgments); e = the SQL statements the page runs,"
				+ " over JDBC, same districts and months; f = the page's main statements over JDBC, same districts, one after the other.");
	}

	static String ms(double ms) {
		return ms >= 10_000 ? String.format("%.1f s", ms / 1000) : ms >= 100 ? String.format("%.0f ms", ms) : String.format("%.1f ms", ms);
	}

	static void query(Connection db, String sql, Long[] ids, Object... more) throws Exception {
		try (PreparedStatement ps = db.prepareStatement(sql)) {
			ps.setArray(1, db.createArrayOf("bigint", ids));
			for (int i = 0; i < more.length; i++) {
				ps.setObject(i + 2, more[i]);
			}
			drain(ps);
		}
	}

	static void monthQuery(Connection db, String sql, LocalDate from, LocalDate to, Long[] ids) throws Exception {
		try (PreparedStatement ps = db.prepareStatement(sql)) {
			ps.setObject(1, from);
			ps.setObject(2, to);
			ps.setArray(3, db.createArrayOf("bigint", ids));
			drain(ps);
		}
	}

	static void drain(PreparedStatement ps) throws Exception {
		try (ResultSet rs = ps.executeQuery()) {
			int columns = rs.getMetaData().getColumnCount();
			while (rs.next()) {
				for (int i = 1; i <= columns; i++) {
					rs.getObject(i);
				}
			}
		}
	}

	static String one(Connection db, String sql) throws Exception {
		try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
			rs.next();
			return rs.getString(1);
		}
	}

	static Long[] ids(Connection db, String sql) throws Exception {
		List<Long> ids = new ArrayList<>();
		try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
			while (rs.next()) {
				ids.add(rs.getLong(1));
			}
		}
		return ids.toArray(Long[]::new);
	}

	static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

	static String env(String name, String otherwise) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? otherwise : value;
	}

}
