package th.go.cdd.fastdata.womenfund.lmimport;

import java.math.BigDecimal;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import th.go.cdd.fastdata.womenfund.lmimport.ProjectLines.MemberLine;
import th.go.cdd.fastdata.womenfund.lmimport.ProjectLines.PersonLine;
import th.go.cdd.fastdata.womenfund.lmimport.ProjectLines.ProjectLine;
import th.go.cdd.fastdata.womenfund.project.Contract;
import th.go.cdd.fastdata.womenfund.project.FundGeneration;

/** Writes what {@link ProjectChanges} found, each table in one JDBC batch, never a statement per row. */
@Component
class ProjectWrites {

	static final class Plan {

		final List<PersonLine> newPeople = new ArrayList<>();

		final List<PersonLine> changedPeople = new ArrayList<>();

		final List<ProjectLine> newProjects = new ArrayList<>();

		final List<ProjectLine> changedProjects = new ArrayList<>();

		final List<ProjectLine> newContracts = new ArrayList<>();

		final List<ProjectLine> changedContracts = new ArrayList<>();

		final List<MemberLine> newMembers = new ArrayList<>();

	}

	private static final int[] PERSON = { Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
			Types.TIMESTAMP_WITH_TIMEZONE, Types.VARCHAR };

	private static final int[] PROJECT = { Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.BIGINT, Types.BIGINT,
			Types.INTEGER, Types.NUMERIC, Types.TIMESTAMP_WITH_TIMEZONE, Types.VARCHAR };

	private static final int[] CONTRACT = { Types.VARCHAR, Types.DATE, Types.NUMERIC, Types.NUMERIC, Types.BIGINT };

	private final JdbcTemplate jdbc;

	private final RegistryReads reads;

	ProjectWrites(JdbcTemplate jdbc, RegistryReads reads) {
		this.jdbc = jdbc;
		this.reads = reads;
	}

	/** Writes the plan and answers the ids of the projects added or changed that have a schedule to classify. */
	Set<Long> write(Plan plan, String username) {
		OffsetDateTime now = Instant.now().atOffset(ZoneOffset.UTC);
		// the same parameter order for insert and update, so one row shape serves both
		this.jdbc.batchUpdate("insert into wf_person (title, first_name, last_name, phone, created_at, updated_at,"
				+ " national_id) values (?, ?, ?, ?, ?, ?, ?)",
				plan.newPeople.stream().map(p -> new Object[] { p.title(), p.firstName(), p.lastName(), p.phone(), now,
						now, p.nationalId() }).toList(),
				new int[] { Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE,
						Types.TIMESTAMP_WITH_TIMEZONE, Types.VARCHAR });
		this.jdbc.batchUpdate("update wf_person set title = ?, first_name = ?, last_name = ?, phone = ?, updated_at = ?,"
				+ " version = version + 1 where national_id = ?", plan.changedPeople.stream()
					.map(p -> new Object[] { p.title(), p.firstName(), p.lastName(), p.phone(), now, p.nationalId() })
					.toList(), PERSON);
		this.jdbc.batchUpdate("insert into wf_project (name, fund_generation, district_id, subdistrict_id, village_id,"
				+ " fiscal_year, approved_amount, created_at, code, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				plan.newProjects.stream().map(p -> {
					Object[] row = project(p, now);
					return new Object[] { row[0], row[1], row[2], row[3], row[4], row[5], row[6], now, p.code(), now };
				}).toList(), new int[] { Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.BIGINT, Types.BIGINT,
						Types.INTEGER, Types.NUMERIC, Types.TIMESTAMP_WITH_TIMEZONE, Types.VARCHAR,
						Types.TIMESTAMP_WITH_TIMEZONE });
		this.jdbc.batchUpdate("update wf_project set name = ?, fund_generation = ?, district_id = ?, subdistrict_id = ?,"
				+ " village_id = ?, fiscal_year = ?, approved_amount = ?, updated_at = ?, version = version + 1"
				+ " where code = ?", plan.changedProjects.stream().map(p -> project(p, now)).toList(), PROJECT);
		Set<String> codes = new HashSet<>();
		plan.newProjects.forEach(p -> codes.add(p.code()));
		plan.changedProjects.forEach(p -> codes.add(p.code()));
		plan.newContracts.forEach(p -> codes.add(p.code()));
		plan.changedContracts.forEach(p -> codes.add(p.code()));
		plan.newMembers.forEach(m -> codes.add(m.code()));
		Map<String, Long> projectIds = new HashMap<>();
		this.reads.query("select code, id from wf_project where code in (:keys)", codes,
				rs -> projectIds.put(rs.getString(1), rs.getLong(2)));
		this.jdbc.batchUpdate("insert into wf_contract (contract_number, signed_on, amount, annual_interest_rate,"
				+ " project_id, default_interest_rate) values (?, ?, ?, ?, ?, ?)", plan.newContracts.stream()
					.map(p -> new Object[] { p.contractNumber(), p.signedOn(), p.amount(), p.rate(),
							projectIds.get(p.code()), Contract.USUAL_DEFAULT_INTEREST })
					.toList(),
				new int[] { Types.VARCHAR, Types.DATE, Types.NUMERIC, Types.NUMERIC, Types.BIGINT, Types.NUMERIC });
		this.jdbc.batchUpdate("update wf_contract set contract_number = ?, signed_on = ?, amount = ?,"
				+ " annual_interest_rate = ? where project_id = ?", plan.changedContracts.stream()
					.map(p -> new Object[] { p.contractNumber(), p.signedOn(), p.amount(), p.rate(), projectIds.get(p.code()) })
					.toList(), CONTRACT);
		Set<String> nationalIds = new HashSet<>();
		plan.newMembers.forEach(m -> nationalIds.add(m.nationalId()));
		Map<String, Long> personIds = new HashMap<>();
		this.reads.query("select national_id, id from wf_person where national_id in (:keys)", nationalIds,
				rs -> personIds.put(rs.getString(1), rs.getLong(2)));
		this.jdbc.batchUpdate("insert into wf_project_member (project_id, person_id, member_role) values (?, ?, ?)",
				plan.newMembers.stream()
					.map(m -> new Object[] { projectIds.get(m.code()), personIds.get(m.nationalId()), m.role().name() })
					.toList(), new int[] { Types.BIGINT, Types.BIGINT, Types.VARCHAR });
		// only a project with a schedule has a status group; the others would be read for nothing
		Set<Long> classifiable = new HashSet<>();
		this.reads.query("select distinct c.project_id from wf_contract c join wf_schedule s on s.contract_id = c.id"
				+ " where c.project_id in (:keys)", projectIds.values(), rs -> classifiable.add(rs.getLong(1)));
		return classifiable;
	}

	private static Object[] project(ProjectLine p, OffsetDateTime now) {
		String generation = FundGeneration.ofContractSignedOn(p.signedOn()).name();
		return new Object[] { p.name(), generation, p.districtId(), p.subdistrictId(), p.villageId(), p.fiscalYear(),
				p.amount(), now, p.code() };
	}

}
