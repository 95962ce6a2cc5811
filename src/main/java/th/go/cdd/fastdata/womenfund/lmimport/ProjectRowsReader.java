package th.go.cdd.fastdata.womenfund.lmimport;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Component;

import th.go.cdd.fastdata.organisation.OrganisationDirectory;
import th.go.cdd.fastdata.thai.NationalId;
import th.go.cdd.fastdata.womenfund.lmimport.ProjectLines.MemberLine;
import th.go.cdd.fastdata.womenfund.lmimport.ProjectLines.PersonLine;
import th.go.cdd.fastdata.womenfund.lmimport.ProjectLines.ProjectLine;
import th.go.cdd.fastdata.womenfund.project.MemberRole;

/**
 * The project file of LM: one row per person on a project, the project's own values repeated
 * on each of its rows. Checks every cell, that the repeated values agree, that a person's name
 * is the same wherever she appears and that no row is there twice; {@link ProjectChanges}
 * then compares with the registry.
 */
@Component
class ProjectRowsReader implements KindReader {

	/** The columns that belong to the project, not the person, and must agree on all its rows. */
	private static final List<String> PROJECT_COLUMNS = List.of("project_name", "district_code", "subdistrict_code",
			"village", "fiscal_year", "contract_number", "signed_on", "amount", "annual_interest_rate");

	private record Seen(int rowNo, Map<String, Object> values) {
	}

	private final OrganisationDirectory directory;

	private final ProjectChanges changes;

	ProjectRowsReader(OrganisationDirectory directory, ProjectChanges changes) {
		this.directory = directory;
		this.changes = changes;
	}

	@Override
	public ImportKind kind() {
		return ImportKind.PROJECTS;
	}

	@Override
	public ImportPreview preview(List<SheetRow> rows, ImportContext context, ImportProblems problems) {
		AreaCodes areas = new AreaCodes(this.directory, context.scope());
		ProjectLines lines = new ProjectLines();
		Map<String, Seen> projectRows = new HashMap<>();
		Map<String, Seen> personRows = new HashMap<>();
		Map<String, Integer> memberRows = new HashMap<>();
		int checked = 0;
		for (SheetRow row : rows) {
			RowCheck check = new RowCheck(row, problems);
			String code = check.text("project_code", true, 30);
			ProjectLine project = project(check, code, areas);
			if (code != null) {
				Seen first = projectRows.putIfAbsent(code, new Seen(row.rowNo(), projectValues(project, check)));
				if (first != null) {
					agree(check, first, projectValues(project, check), "ของโครงการเดียวกัน");
				}
				else if (project != null) {
					lines.projects.put(code, project);
				}
			}
			NationalId id = check.nationalId("national_id");
			PersonLine person = new PersonLine(id == null ? null : id.digits(), check.text("title", false, 50),
					check.text("first_name", true, 100), check.text("last_name", true, 100),
					check.text("phone", false, 30));
			MemberRole role = check.role("role");
			if (id != null) {
				Map<String, Object> values = personValues(person);
				Seen first = personRows.putIfAbsent(id.digits(), new Seen(row.rowNo(), values));
				if (first != null) {
					agree(check, first, values, "ของบุคคลเดียวกัน (เลขประจำตัวประชาชนเดียวกัน)");
				}
				else {
					lines.people.put(id.digits(), person);
				}
				if (code != null && role != null) {
					Integer duplicate = memberRows.putIfAbsent(code + "|" + id.digits() + "|" + role, row.rowNo());
					if (duplicate != null) {
						check.problem("national_id", "แถวซ้ำกับแถวที่ " + duplicate + " (โครงการ บุคคล และบทบาทเดียวกัน)");
					}
					else {
						lines.members.add(new MemberLine(code, id.digits(), role));
					}
				}
			}
			context.checked(++checked);
		}
		return this.changes.compare(lines, context, problems);
	}

	private static ProjectLine project(RowCheck check, String code, AreaCodes areas) {
		String name = check.text("project_name", true, 300);
		Long district = areas.district(check, "district_code", check.code("district_code", true, 4, "รหัสอำเภอ"));
		Long subdistrict = areas.subdistrict(check, "subdistrict_code", district,
				check.code("subdistrict_code", false, 6, "รหัสตำบล"));
		Integer moo = check.number("village", false, 1, 99, "หมู่ที่");
		Integer year = check.number("fiscal_year", true, 2400, 2700, "ปีงบประมาณ (พ.ศ.) ");
		String contract = check.text("contract_number", true, 50);
		LocalDate signedOn = check.date("signed_on");
		BigDecimal amount = check.amount("amount");
		BigDecimal rate = check.rate("annual_interest_rate");
		if (code == null || name == null || district == null || year == null || contract == null || signedOn == null
				|| amount == null || rate == null || check.failed("subdistrict_code") || check.failed("village")) {
			return null;
		}
		return new ProjectLine(check.rowNo(), code, name, district, subdistrict, areas.village(subdistrict, moo), year,
				contract, signedOn, amount, rate);
	}

	/** The project's values of this row as read (cells with a problem are left out of the comparison). */
	private static Map<String, Object> projectValues(ProjectLine project, RowCheck check) {
		Map<String, Object> values = new LinkedHashMap<>();
		for (String column : PROJECT_COLUMNS) {
			if (!check.failed(column)) {
				values.put(column, cell(check, column));
			}
		}
		return values;
	}

	// compared as read: "50,000" and "50000.00" are the same amount, "15/1/2568" and "2025-01-15" the same day
	private static Object cell(RowCheck check, String column) {
		return switch (column) {
			case "signed_on" -> check.date(column);
			case "amount" -> check.amount(column);
			case "annual_interest_rate" -> check.rate(column);
			default -> check.text(column, false, 300);
		};
	}

	private static Map<String, Object> personValues(PersonLine person) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("title", person.title());
		values.put("first_name", person.firstName());
		values.put("last_name", person.lastName());
		values.put("phone", person.phone());
		return values;
	}

	private static void agree(RowCheck check, Seen first, Map<String, Object> values, String whose) {
		values.forEach((column, value) -> {
			if (first.values().containsKey(column) && !Objects.equals(first.values().get(column), value)) {
				check.problem(column, "ไม่ตรงกับแถวที่ " + first.rowNo() + " " + whose);
			}
		});
	}

}
