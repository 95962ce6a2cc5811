package th.go.cdd.fastdata.womenfund.lmimport;

import java.math.BigDecimal;
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

import org.springframework.jdbc.core.JdbcTemplate;
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

	static final String UNKNOWN_PROJECT = "ไม่พบโครงการรหัสนี้ในพื้นที่ที่คุณรับผิดชอบ (นำเข้าข้อมูลโครงการก่อน)";

	private record Line(int rowNo, String code, LocalDate paidOn, BigDecimal amount, String reference) {

		String key() {
			return this.code + "|" + this.paidOn + "|" + this.amount.toPlainString() + "|" + this.reference;
		}

	}

	private final RegistryReads reads;

	private final JdbcTemplate jdbc;

	private final ProjectStatuses statuses;

	PaymentRowsReader(RegistryReads reads, JdbcTemplate jdbc, ProjectStatuses statuses) {
		this.reads = reads;
		this.jdbc = jdbc;
		this.statuses = statuses;
	}

	@Override
	public ImportKind kind() {
		return ImportKind.PAYMENTS;
	}

	@Override
	public ImportPreview preview(List<SheetRow> rows, ImportContext context, ImportProblems problems) {
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
		Set<String> codes = new LinkedHashSet<>();
		lines.forEach(line -> codes.add(line.code()));
		Map<String, ProjectRef> projects = this.reads.projects(codes);
		Set<String> stored = new HashSet<>();
		Map<Long, String> codeOf = new HashMap<>();
		projects.forEach((code, project) -> codeOf.put(project.id(), code));
		this.reads.query("select project_id, paid_on, amount, reference from wf_payment where project_id in (:keys)",
				codeOf.keySet(), rs -> stored.add(codeOf.get(rs.getLong(1)) + "|" + rs.getObject(2, LocalDate.class) + "|"
						+ rs.getBigDecimal(3).setScale(2).toPlainString() + "|" + rs.getString(4)));
		List<Object[]> inserts = new ArrayList<>();
		Set<Long> touched = new HashSet<>();
		int unchanged = 0;
		OffsetDateTime now = Instant.now().atOffset(ZoneOffset.UTC);
		for (Line line : lines) {
			ProjectRef project = projects.get(line.code());
			if (project == null || !context.scope().covers(project.districtId())) {
				problems.add(line.rowNo(), "project_code", line.code(), UNKNOWN_PROJECT);
			}
			else if (stored.contains(line.key())) {
				unchanged++;
			}
			else {
				inserts.add(new Object[] { project.id(), line.paidOn(), line.amount(), line.reference(), "LM", now,
						context.username() });
				touched.add(project.id());
			}
		}
		ImportCounts counts = new ImportCounts(inserts.size(), 0, unchanged);
		return new ImportPreview(counts, () -> {
			this.jdbc.batchUpdate("insert into wf_payment (project_id, paid_on, amount, reference, source, created_at,"
					+ " created_by) values (?, ?, ?, ?, ?, ?, ?)", inserts, new int[] { Types.BIGINT, Types.DATE,
							Types.NUMERIC, Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE, Types.VARCHAR });
			return touched;
		});
	}

}
