package th.go.cdd.fastdata.womenfund.lmimport;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import th.go.cdd.fastdata.womenfund.lmimport.RegistryReads.ProjectRef;
import th.go.cdd.fastdata.womenfund.project.ProjectStatuses;

/**
 * Payments from LM: one row a payment, known by (project, date, amount, reference), so a
 * payment already in the registry (imported before, or typed from the same receipt) is not
 * added twice.
 */
@Component
class PaymentRowsReader implements KindReader {

	private static final Logger log = LoggerFactory.getLogger(PaymentRowsReader.class);

	static final String UNKNOWN_PROJECT = "ไม่พบโครงการรหัสนี้ในพื้นที่ที่คุณรับผิดชอบ (นำเข้าข้อมูลโครงการก่อน)";

	private record Line(int rowNo, String code, LocalDate paidOn, BigDecimal amount, String reference) {

		String key() {
			return this.code + "|" + this.paidOn + "|" + this.amount.toPlainString() + "|" + this.reference;
		}

	}

	private final RegistryReads reads;

	private final NamedParameterJdbcTemplate jdbc;

	private final ProjectStatuses statuses;

	PaymentRowsReader(RegistryReads reads, NamedParameterJdbcTemplate jdbc, ProjectStatuses statuses) {
		this.reads = reads;
		this.jdbc = jdbc;
		this.statuses = statuses;
	}

	/**
	 * The keys of the file's lines already in the registry. Only the payments of the file's projects
	 * on the file's dates are read (the index on project and date), not every payment of every project
	 * it names: a national file names 100,000 projects, which hold about a million payments.
	 */
	private Set<String> stored(List<Line> lines, Map<String, ProjectRef> projects) {
		Set<String> stored = new HashSet<>();
		Map<Long, String> codeOf = new HashMap<>();
		projects.forEach((code, project) -> codeOf.put(project.id(), code));
		Set<Long> ids = new HashSet<>();
		Set<LocalDate> dates = new HashSet<>();
		Set<String> references = new HashSet<>();
		lines.stream().filter(line -> projects.containsKey(line.code())).forEach(line -> {
			ids.add(projects.get(line.code()).id());
			dates.add(line.paidOn());
			references.add(line.reference());
		});
		if (ids.isEmpty()) {
			return stored;
		}
		// one statement, the ids, dates and references bound as arrays; a superset of the file's keys, compared below
		this.jdbc.getJdbcTemplate().query(connection -> {
			PreparedStatement select = connection.prepareStatement("select project_id, paid_on, amount, reference"
					+ " from wf_payment where project_id = any(?) and paid_on = any(?) and reference = any(?)");
			select.setArray(1, connection.createArrayOf("bigint", ids.toArray()));
			select.setArray(2, connection.createArrayOf("date", dates.stream().map(java.sql.Date::valueOf).toArray()));
			// not in the index, but filtered where the rows are: last month's import of the same projects stays there
			select.setArray(3, connection.createArrayOf("varchar", references.toArray()));
			return select;
		}, (RowCallbackHandler) rs -> stored.add(codeOf.get(rs.getLong(1)) + "|" + rs.getObject(2, LocalDate.class) + "|"
				+ rs.getBigDecimal(3).setScale(2).toPlainString() + "|" + rs.getString(4)));
		return stored;
	}

	/**
	 * Payments are only ever added (never changed or deleted), so the last id marks them; projects
	 * (their codes and districts, which the check reads) are added, and changed with their version.
	 */
	@Override
	public String registryMark() {
		return this.jdbc.getJdbcTemplate().queryForObject("select (select max(id) from wf_payment), count(*), max(id),"
				+ " sum(version) from wf_project", (rs, row) -> rs.getLong(1) + "/" + rs.getLong(2) + "/" + rs.getLong(3) + "/"
						+ rs.getLong(4));
	}

	@Override
	public ImportKind kind() {
		return ImportKind.PAYMENTS;
	}

	@Override
	public ImportPreview preview(List<SheetRow> rows, ImportContext context, ImportProblems problems) {
		long started = System.nanoTime();
		LocalDate today = this.statuses.today();
		List<Line> lines = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		int checked = 0;
		for (SheetRow row : rows) {
			RowCheck check = new RowCheck(row, problems);
			String code = check.text("project_code", true, 30);
			LocalDate paidOn = check.date("paid_on");
			if (paidOn != null && paidOn.isAfter(today)) {
				check.problem("paid_on", "วันที่ชำระต้องไม่เป็นวันในอนาคต");
			}
			BigDecimal amount = check.amount("amount");
			String reference = check.text("reference", true, 100);
			if (check.ok()) {
				Line line = new Line(row.rowNo(), code, paidOn, amount, reference);
				Integer first = seen.putIfAbsent(line.key(), row.rowNo());
				if (first != null) {
					check.problem("reference", "แถวซ้ำกับแถวที่ " + first + " (โครงการ วันที่ จำนวนเงิน และเลขที่อ้างอิงเดียวกัน)");
				}
				else {
					lines.add(line);
				}
			}
			context.checked(++checked);
		}
		long parsed = System.nanoTime();
		Set<String> codes = new LinkedHashSet<>();
		lines.forEach(line -> codes.add(line.code()));
		Map<String, ProjectRef> projects = this.reads.projectsWithoutContracts(codes);
		long found = System.nanoTime();
		Set<String> stored = stored(lines, projects);
		log.info("Payments check of {} rows: read in {} ms, {} projects found in {} ms, stored payments in {} ms",
				rows.size(), (parsed - started) / 1_000_000, projects.size(), (found - parsed) / 1_000_000,
				(System.nanoTime() - found) / 1_000_000);
		List<Object[]> inserts = new ArrayList<>();
		Set<Long> touched = new HashSet<>();
		int unchanged = 0;
		for (Line line : lines) {
			ProjectRef project = projects.get(line.code());
			if (project == null || !context.scope().covers(project.districtId())) {
				problems.add(line.rowNo(), "project_code", line.code(), UNKNOWN_PROJECT);
			}
			else if (stored.contains(line.key())) {
				unchanged++;
			}
			else {
				inserts.add(new Object[] { project.id(), line.paidOn(), line.amount(), line.reference(), "LM", null,
						context.username() });
				touched.add(project.id());
			}
		}
		ImportCounts counts = new ImportCounts(inserts.size(), 0, unchanged);
		return new ImportPreview(counts, () -> {
			// when written, not when checked: Apply may come much later and use the preview's writes
			OffsetDateTime now = Instant.now().atOffset(ZoneOffset.UTC);
			inserts.forEach(insert -> insert[5] = now);
			this.jdbc.getJdbcTemplate().batchUpdate("insert into wf_payment (project_id, paid_on, amount, reference, source, created_at,"
					+ " created_by) values (?, ?, ?, ?, ?, ?, ?)", inserts, new int[] { Types.BIGINT, Types.DATE,
							Types.NUMERIC, Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE, Types.VARCHAR });
			return touched;
		});
	}

}
