package th.go.cdd.fastdata.womenfund.lmimport;

import java.math.BigDecimal;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import th.go.cdd.fastdata.womenfund.lmimport.RegistryReads.ProjectRef;

/**
 * Installments from LM: together, a project's rows are its first repayment schedule, in force
 * from the day the contract was signed. A project that has a schedule already keeps it: the
 * same installments are "unchanged", different ones are refused, since changing a schedule is
 * a restructuring (a new schedule with its own date and reason), not an import.
 */
@Component
class InstallmentRowsReader implements KindReader {

	static final String RESTRUCTURING = "โครงการนี้มีตารางผ่อนชำระแล้วและไม่ตรงกับไฟล์"
			+ " การเปลี่ยนตารางต้องทำโดยการปรับโครงสร้างหนี้ ไม่ใช่การนำเข้า";

	private record Line(int rowNo, String code, LocalDate dueOn, BigDecimal amount) {
	}

	/** An installment as stored or as in the file, compared by date and amount. */
	private record Due(LocalDate dueOn, BigDecimal amount) {
	}

	private final RegistryReads reads;

	private final JdbcTemplate jdbc;

	InstallmentRowsReader(RegistryReads reads, JdbcTemplate jdbc) {
		this.reads = reads;
		this.jdbc = jdbc;
	}

	@Override
	public ImportKind kind() {
		return ImportKind.INSTALLMENTS;
	}

	@Override
	public ImportPreview preview(List<SheetRow> rows, ImportContext context, ImportProblems problems) {
		Map<String, List<Line>> byProject = new LinkedHashMap<>();
		Map<String, Integer> seen = new HashMap<>();
		int checked = 0;
		for (SheetRow row : rows) {
			RowCheck check = new RowCheck(row, problems);
			String code = check.text("project_code", true, 30);
			LocalDate dueOn = check.date("due_on");
			BigDecimal amount = check.amount("amount");
			if (check.ok()) {
				Integer first = seen.putIfAbsent(code + "|" + dueOn, row.rowNo());
				if (first != null) {
					check.problem("due_on", "วันครบกำหนดซ้ำกับแถวที่ " + first + " ของโครงการเดียวกัน");
				}
				else {
					byProject.computeIfAbsent(code, c -> new ArrayList<>()).add(new Line(row.rowNo(), code, dueOn, amount));
				}
			}
			context.checked(++checked);
		}
		Map<String, ProjectRef> projects = this.reads.projects(byProject.keySet());
		Map<Long, List<Due>> current = currentSchedules(projects.values());
		List<Object[]> schedules = new ArrayList<>();
		Map<Long, List<Line>> installments = new LinkedHashMap<>();
		int added = 0;
		int unchanged = 0;
		for (Map.Entry<String, List<Line>> entry : byProject.entrySet()) {
			List<Line> lines = entry.getValue();
			lines.sort(Comparator.comparing(Line::dueOn));
			ProjectRef project = projects.get(entry.getKey());
			if (project == null || !context.scope().covers(project.districtId())) {
				lines.forEach(l -> problems.add(l.rowNo(), "project_code", l.code(), PaymentRowsReader.UNKNOWN_PROJECT));
			}
			else if (project.contractId() == null) {
				lines.forEach(l -> problems.add(l.rowNo(), "project_code", l.code(),
						"โครงการนี้ยังไม่มีสัญญา นำเข้าข้อมูลโครงการพร้อมสัญญาก่อน"));
			}
			else if (current.containsKey(project.contractId())) {
				List<Due> stored = current.get(project.contractId());
				List<Due> file = lines.stream().map(l -> new Due(l.dueOn(), l.amount())).toList();
				if (stored.equals(file)) {
					unchanged += lines.size();
				}
				else {
					refuse(lines, stored, problems);
				}
			}
			else {
				schedules.add(new Object[] { project.contractId(), project.signedOn(), "นำเข้าจาก LM", now() });
				installments.put(project.contractId(), lines);
				added += lines.size();
			}
		}
		Set<Long> touched = new HashSet<>();
		projects.values().stream().filter(p -> installments.containsKey(p.contractId())).forEach(p -> touched.add(p.id()));
		return new ImportPreview(new ImportCounts(added, 0, unchanged), () -> write(schedules, installments, touched));
	}

	/** Names the rows that differ from the stored schedule, or the first row when only the stored one has more. */
	private static void refuse(List<Line> lines, List<Due> stored, ImportProblems problems) {
		boolean named = false;
		for (Line line : lines) {
			if (!stored.contains(new Due(line.dueOn(), line.amount()))) {
				problems.add(line.rowNo(), "due_on", line.dueOn().toString(), RESTRUCTURING);
				named = true;
			}
		}
		if (!named) {
			problems.add(lines.get(0).rowNo(), "due_on", lines.get(0).dueOn().toString(),
					RESTRUCTURING + " (ตารางเดิมมี " + stored.size() + " งวด ไฟล์มี " + lines.size() + " งวด)");
		}
	}

	/** The installments of the latest schedule of each contract, by due date. */
	private Map<Long, List<Due>> currentSchedules(java.util.Collection<ProjectRef> projects) {
		Set<Long> contracts = new HashSet<>();
		projects.forEach(p -> {
			if (p.contractId() != null) {
				contracts.add(p.contractId());
			}
		});
		Map<Long, LocalDate> latest = new HashMap<>();
		Map<String, List<Due>> bySchedule = new HashMap<>();
		this.reads.query("""
				select s.contract_id, s.effective_from, i.due_on, i.amount
				from wf_schedule s join wf_installment i on i.schedule_id = s.id
				where s.contract_id in (:keys) order by i.due_on""", contracts, rs -> {
			long contract = rs.getLong(1);
			LocalDate effective = rs.getObject(2, LocalDate.class);
			latest.merge(contract, effective, (a, b) -> a.isAfter(b) ? a : b);
			bySchedule.computeIfAbsent(contract + "/" + effective, k -> new ArrayList<>())
				.add(new Due(rs.getObject(3, LocalDate.class), rs.getBigDecimal(4).setScale(2)));
		});
		Map<Long, List<Due>> current = new HashMap<>();
		latest.forEach((contract, effective) -> current.put(contract, bySchedule.get(contract + "/" + effective)));
		return current;
	}

	private Set<Long> write(List<Object[]> schedules, Map<Long, List<Line>> installments, Set<Long> touched) {
		this.jdbc.batchUpdate("insert into wf_schedule (contract_id, effective_from, reason, created_at) values (?, ?, ?, ?)",
				schedules, new int[] { Types.BIGINT, Types.DATE, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE });
		Map<Long, Long> scheduleIds = new HashMap<>();
		this.reads.query("select contract_id, id from wf_schedule where contract_id in (:keys)", installments.keySet(),
				rs -> scheduleIds.put(rs.getLong(1), rs.getLong(2)));
		List<Object[]> rows = new ArrayList<>();
		installments.forEach((contract, lines) -> {
			for (int i = 0; i < lines.size(); i++) {
				rows.add(new Object[] { scheduleIds.get(contract), i + 1, lines.get(i).dueOn(), lines.get(i).amount() });
			}
		});
		this.jdbc.batchUpdate("insert into wf_installment (schedule_id, seq, due_on, amount) values (?, ?, ?, ?)", rows,
				new int[] { Types.BIGINT, Types.INTEGER, Types.DATE, Types.NUMERIC });
		return touched;
	}

	private static OffsetDateTime now() {
		return Instant.now().atOffset(ZoneOffset.UTC);
	}

}
