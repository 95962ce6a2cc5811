package th.go.cdd.fastdata.womenfund;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

import th.go.cdd.fastdata.thai.NationalId;
import th.go.cdd.fastdata.thai.ThaiDates;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Phuket demo registry: its size and shape, and that it exercises every status group. The
 * status rule is re-computed here in a few lines (the real classifier lives elsewhere).
 */
@SpringBootTest
@ActiveProfiles("test")
class DemoWomenFundTests {

	private static final List<String> TABLES = List.of("wf_project", "wf_person", "wf_project_member", "wf_contract",
			"wf_schedule", "wf_installment", "wf_payment", "wf_acknowledgment");

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DemoWomenFund demo;

	// --- shape ---------------------------------------------------------------------------------

	@Test
	void about300ProjectsOverTheThreeDistrictsEverySubdistrictAndEveryVillage() {
		Map<String, Long> perDistrict = new TreeMap<>();
		this.jdbc.query("""
				select d.code, count(*) from wf_project p join district d on d.id = p.district_id
				group by d.code""", (rs) -> {
			perDistrict.put(rs.getString(1), rs.getLong(2));
		});
		assertThat(perDistrict).containsOnlyKeys("8301", "8302", "8303");
		assertThat(perDistrict.values().stream().mapToLong(Long::longValue).sum()).isBetween(280L, 320L);
		assertThat(perDistrict.get("8301")).isBetween(115L, 145L);
		assertThat(perDistrict.get("8302")).isBetween(65L, 95L);
		assertThat(perDistrict.get("8303")).isBetween(75L, 105L);
		assertThat(count("""
				select count(*) from subdistrict s join district d on d.id = s.district_id
				where d.code in ('8301', '8302', '8303')
				  and not exists (select 1 from wf_project p where p.subdistrict_id = s.id)""")).isZero();
		assertThat(count("""
				select count(*) from village v join subdistrict s on s.id = v.subdistrict_id
				join district d on d.id = s.district_id
				where d.code in ('8301', '8302', '8303')
				  and not exists (select 1 from wf_project p where p.village_id = v.id)""")).isZero();
		assertThat(count("""
				select count(*) from wf_project p join subdistrict s on s.id = p.subdistrict_id
				left join village v on v.id = p.village_id
				where s.district_id <> p.district_id or (v.id is not null and v.subdistrict_id <> s.id)""")).isZero();
	}

	@Test
	void projectsCarryCodesFiscalYearsAndTheFundGenerationOfTheirContract() {
		List<Map<String, Object>> rows = this.jdbc.queryForList("""
				select p.code, p.fiscal_year, p.fund_generation, p.approved_amount, p.group_name, c.signed_on,
				  c.amount, c.contract_number, c.default_interest_rate
				from wf_project p join wf_contract c on c.project_id = p.id""");
		assertThat(rows).hasSize((int) count("select count(*) from wf_project"));
		for (Map<String, Object> row : rows) {
			LocalDate signed = ((java.sql.Date) row.get("signed_on")).toLocalDate();
			int fiscalYear = (Integer) row.get("fiscal_year");
			assertThat(fiscalYear).isEqualTo(signed.getYear() + 543 + (signed.getMonthValue() >= 10 ? 1 : 0));
			assertThat((String) row.get("code")).matches("LM-83-" + fiscalYear + "-\\d{4}");
			assertThat((String) row.get("contract_number")).matches("สัญญาที่ \\d+/" + fiscalYear);
			assertThat(row.get("fund_generation")).isEqualTo(signed.getYear() >= 2017 ? "NEW" : "OLD");
			BigDecimal amount = (BigDecimal) row.get("approved_amount");
			assertThat(amount).isBetween(new BigDecimal("30000"), new BigDecimal("200000"));
			assertThat(amount.remainder(new BigDecimal("5000")).signum()).isZero();
			assertThat((BigDecimal) row.get("amount")).isEqualByComparingTo(amount);
			assertThat((String) row.get("group_name")).startsWith("กลุ่มสตรี");
		}
		assertThat(rows).extracting((row) -> row.get("fund_generation")).contains("OLD", "NEW");
	}

	@Test
	void everyProjectHasOneBorrowerCoBorrowersAndGuarantors() {
		assertThat(count("""
				select count(*) from wf_project p where
				  (select count(*) from wf_project_member m where m.project_id = p.id and m.member_role = 'BORROWER') <> 1
				  or (select count(*) from wf_project_member m where m.project_id = p.id and m.member_role = 'CO_BORROWER')
				    not between 1 and 3
				  or (select count(*) from wf_project_member m where m.project_id = p.id and m.member_role = 'GUARANTOR')
				    not between 1 and 2""")).isZero();
		// a few people sit on two projects
		assertThat(count("""
				select count(*) from (select person_id from wf_project_member group by person_id
				  having count(distinct project_id) > 1) shared""")).isBetween(5L, 15L);
		assertThat(count("select count(*) from wf_person p where not exists "
				+ "(select 1 from wf_project_member m where m.person_id = p.id)")).isZero();
		assertThat(count("select count(*) from wf_person where title not in ('นาง', 'นางสาว', 'นาย')")).isZero();
		assertThat(count("""
				select count(*) from wf_project_member m join wf_person p on p.id = m.person_id
				where m.member_role <> 'GUARANTOR' and p.title = 'นาย'""")).isZero();
	}

	@Test
	void peopleHaveValidNationalIdsPhonesAddressesAndBirthDates() {
		List<String> ids = this.jdbc.queryForList("select national_id from wf_person", String.class);
		assertThat(ids).hasSizeGreaterThan(1000).doesNotHaveDuplicates().allSatisfy((id) -> {
			assertThat(NationalId.isValid(id)).as(id).isTrue();
			assertThat(id).matches("[13]\\d{12}");
		});
		assertThat(count("""
				select count(*) from wf_person where phone not like '08_-___-____'
				  or address not like '% ต.% อ.% จ.ภูเก็ต'
				  or birth_date < date '1955-01-01' or birth_date > date '1990-12-31'""")).isZero();
	}

	@Test
	void housesLieInTheBoxOfTheirProjectsDistrict() {
		assertThat(count("""
				select count(*) from wf_project_member m
				join wf_person p on p.id = m.person_id
				join wf_project j on j.id = m.project_id
				join district d on d.id = j.district_id
				where p.latitude is null or p.longitude is null
				  or (d.code = '8301' and not (p.latitude between 7.80 and 7.92 and p.longitude between 98.33 and 98.40))
				  or (d.code = '8302' and not (p.latitude between 7.89 and 7.94 and p.longitude between 98.29 and 98.34))
				  or (d.code = '8303' and not (p.latitude between 7.98 and 8.10 and p.longitude between 98.28 and 98.38))
				""")).isZero();
	}

	@Test
	void schedulesAddUpAndPaymentsStayBetweenSigningAndToday() {
		LocalDate today = LocalDate.now(ThaiDates.BANGKOK);
		// the first schedule: 24 monthly installments from a month after signing, summing to the contract
		assertThat(count("""
				select count(*) from wf_contract c join wf_schedule s on s.contract_id = c.id
				where s.effective_from = c.signed_on and (
				  (select sum(i.amount) from wf_installment i where i.schedule_id = s.id) <> c.amount
				  or (select count(*) from wf_installment i where i.schedule_id = s.id) <> 24
				  or (select min(i.due_on) from wf_installment i where i.schedule_id = s.id) <= c.signed_on)""")).isZero();
		assertThat(count("select count(*) from wf_contract c where not exists "
				+ "(select 1 from wf_schedule s where s.contract_id = c.id and s.effective_from = c.signed_on)")).isZero();
		// a restructuring covers what was still owed on its day
		long restructured = count("select count(*) from wf_schedule where effective_from <> "
				+ "(select c.signed_on from wf_contract c where c.id = contract_id)");
		assertThat(restructured).isBetween(15L, 35L);
		assertThat(count("""
				select count(*) from wf_schedule s join wf_contract c on c.id = s.contract_id
				where s.effective_from > c.signed_on and s.reason not like '%เลขที่%' and (s.reason <> 'ปรับโครงสร้างหนี้'
				  or (select sum(i.amount) from wf_installment i where i.schedule_id = s.id)
				    <> c.amount - (select coalesce(sum(p.amount), 0) from wf_payment p
				                   where p.project_id = c.project_id and p.paid_on < s.effective_from)
				  or (select count(*) from wf_installment i where i.schedule_id = s.id) <> 24)""")).isZero();
		assertThat(this.jdbc.queryForObject("select max(paid_on) from wf_payment", LocalDate.class))
			.isBefore(today.plusDays(1));
		assertThat(count("""
				select count(*) from wf_payment p join wf_contract c on c.project_id = p.project_id
				where p.paid_on <= c.signed_on or p.created_by <> 'demo' or p.source not in ('RECEIPT', 'BILL_PAYMENT')
				  or p.reference not like '__-25__-_____'""")).isZero();
		assertThat(count("""
				select count(*) from (select y.project_id, sum(y.amount) as paid, max(c.amount) as amount
				  from wf_payment y join wf_contract c on c.project_id = y.project_id group by y.project_id) t
				where t.paid > t.amount""")).isZero();
		assertThat(count("select count(*) from wf_acknowledgment where signed_on > current_date or created_by <> 'demo'"))
			.isZero();
	}

	// --- status groups ---------------------------------------------------------------------------

	@Test
	void everyStatusGroupHasMembersTodayAndYesterday() {
		LocalDate today = LocalDate.now(ThaiDates.BANGKOK);
		Registry registry = registry();
		for (LocalDate day : List.of(today, today.minusDays(1))) {
			Map<String, Long> groups = new TreeMap<>();
			registry.projects.forEach((project) -> groups.merge(registry.status(project, day).group, 1L, Long::sum));
			System.out.println("Demo registry as of " + day + ": " + groups);
			assertThat(groups).containsOnlyKeys("TIME_BARRED", "CONTRACT_ENDED", "OVERDUE", "NORMAL", "SETTLED");
			assertThat(groups.values()).allSatisfy((count) -> assertThat(count).isGreaterThanOrEqualTo(10));
		}
		List<Status> ended = registry.projects.stream()
			.map((project) -> registry.status(project, today))
			.filter((status) -> status.group.equals("CONTRACT_ENDED"))
			.toList();
		// the warning list: the limitation runs out within 180 days, some within 30
		assertThat(ended).filteredOn((status) -> !status.limitationEnd.isAfter(today.plusDays(180)))
			.hasSizeGreaterThanOrEqualTo(12);
		assertThat(ended).filteredOn((status) -> !status.limitationEnd.isAfter(today.plusDays(30)))
			.hasSizeGreaterThanOrEqualTo(4);
		// what the acknowledgments do: a DEBT one keeps the limitation open, a LIABILITY one re-opens it
		assertThat(ended).filteredOn((status) -> "DEBT".equals(status.extendedBy)).hasSizeGreaterThanOrEqualTo(3);
		assertThat(ended).filteredOn((status) -> "LIABILITY".equals(status.extendedBy)).hasSizeBetween(2, 3);
	}

	private record Installment(LocalDate dueOn, BigDecimal amount) {
	}

	private record Event(LocalDate on, BigDecimal amount, String kind) {
	}

	private record Status(String group, LocalDate limitationEnd, String extendedBy) {
	}

	/** The registry in memory, and the status rule over it. */
	private static final class Registry {

		final List<Long> projects = new ArrayList<>();

		final Map<Long, BigDecimal> amounts = new HashMap<>();

		/** Schedules by project: effective date to installments. */
		final Map<Long, TreeMap<LocalDate, List<Installment>>> schedules = new HashMap<>();

		final Map<Long, List<Event>> payments = new HashMap<>();

		final Map<Long, List<Event>> acknowledgments = new HashMap<>();

		Status status(long project, LocalDate day) {
			Map.Entry<LocalDate, List<Installment>> schedule = this.schedules.get(project).floorEntry(day);
			if (schedule == null) {
				return new Status("NOT_SIGNED", null, null);
			}
			List<Installment> installments = schedule.getValue();
			BigDecimal amount = this.amounts.get(project);
			// what the schedule in force still has to come is not due; a restructured schedule covers
			// what was owed on its day, so the rest of the contract counts as due
			BigDecimal due = amount.subtract(installments.stream()
				.filter((installment) -> !installment.dueOn().isBefore(day))
				.map(Installment::amount)
				.reduce(BigDecimal.ZERO, BigDecimal::add));
			List<Event> paid = this.payments.getOrDefault(project, List.of())
				.stream()
				.filter((payment) -> !payment.on().isAfter(day))
				.toList();
			BigDecimal paidAmount = paid.stream().map(Event::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
			if (paidAmount.compareTo(amount) >= 0) {
				return new Status("SETTLED", null, null);
			}
			boolean inDefault = paidAmount.compareTo(due) < 0;
			LocalDate lastDue = installments.stream().map(Installment::dueOn).max(Comparator.naturalOrder()).orElseThrow();
			if (!day.isAfter(lastDue)) {
				return new Status(inDefault ? "OVERDUE" : "NORMAL", null, null);
			}
			LocalDate end = paid.stream()
				.map(Event::on)
				.max(Comparator.naturalOrder())
				.orElse(installments.stream().map(Installment::dueOn).min(Comparator.naturalOrder()).orElseThrow())
				.plusYears(5);
			String extendedBy = null;
			for (Event acknowledgment : this.acknowledgments.getOrDefault(project, List.of())) {
				if (acknowledgment.on().isAfter(day)) {
					continue;
				}
				if (acknowledgment.kind().equals("DEBT") && !acknowledgment.on().isAfter(end)
						&& acknowledgment.on().plusYears(5).isAfter(end)) {
					end = acknowledgment.on().plusYears(5);
					extendedBy = "DEBT";
				}
				else if (acknowledgment.kind().equals("LIABILITY") && acknowledgment.on().isAfter(end)) {
					end = acknowledgment.on().plusYears(2);
					extendedBy = "LIABILITY";
				}
			}
			return new Status(day.isAfter(end) ? "TIME_BARRED" : "CONTRACT_ENDED", end, extendedBy);
		}

	}

	private Registry registry() {
		Registry registry = new Registry();
		this.jdbc.query("select project_id, amount from wf_contract order by project_id", (rs) -> {
			registry.projects.add(rs.getLong(1));
			registry.amounts.put(rs.getLong(1), rs.getBigDecimal(2));
		});
		this.jdbc.query("""
				select c.project_id, s.effective_from, i.due_on, i.amount
				from wf_installment i join wf_schedule s on s.id = i.schedule_id join wf_contract c on c.id = s.contract_id
				order by i.due_on""", (rs) -> {
			registry.schedules.computeIfAbsent(rs.getLong(1), (id) -> new TreeMap<>())
				.computeIfAbsent(rs.getObject(2, LocalDate.class), (date) -> new ArrayList<>())
				.add(new Installment(rs.getObject(3, LocalDate.class), rs.getBigDecimal(4)));
		});
		this.jdbc.query("select project_id, paid_on, amount from wf_payment", (rs) -> {
			registry.payments.computeIfAbsent(rs.getLong(1), (id) -> new ArrayList<>())
				.add(new Event(rs.getObject(2, LocalDate.class), rs.getBigDecimal(3), null));
		});
		this.jdbc.query("select project_id, signed_on, kind from wf_acknowledgment order by signed_on", (rs) -> {
			registry.acknowledgments.computeIfAbsent(rs.getLong(1), (id) -> new ArrayList<>())
				.add(new Event(rs.getObject(2, LocalDate.class), null, rs.getString(3)));
		});
		return registry;
	}

	// --- running again -----------------------------------------------------------------------------

	@Test
	void aSecondRunAddsNothing() {
		Map<String, Long> before = counts();
		this.demo.run(new DefaultApplicationArguments());
		assertThat(counts()).isEqualTo(before);
	}

	// Rolled back at the end, so the other tests keep the data (and ids) made at start-up.
	@Test
	@Transactional
	void aNewDatabaseGetsTheSameDataQuickly() {
		List<String> before = fingerprint();
		this.jdbc.update("delete from wf_project");
		this.jdbc.update("delete from wf_person");
		assertThat(count("select count(*) from wf_installment")).isZero();

		long started = System.nanoTime();
		this.demo.run(new DefaultApplicationArguments());
		long millis = (System.nanoTime() - started) / 1_000_000;

		assertThat(millis).isLessThan(3000);
		assertThat(fingerprint()).isEqualTo(before);
	}

	/**
	 * Everything the runner stores except ids and creation times, in a fixed order. Schedules made by
	 * an approved application or a compromise (reason "... เลขที่ n", DemoMeasures) are not the
	 * runner's: whether they exist depends on the order of the runners sharing order 40.
	 */
	private List<String> fingerprint() {
		List<String> rows = new ArrayList<>();
		String[] queries = { """
				select p.code, p.name, p.group_name, p.fund_generation, d.code, s.code, v.code, p.fiscal_year,
				  p.approved_amount, c.contract_number, c.signed_on, c.amount, c.annual_interest_rate,
				  c.default_interest_rate
				from wf_project p join district d on d.id = p.district_id join wf_contract c on c.project_id = p.id
				left join subdistrict s on s.id = p.subdistrict_id left join village v on v.id = p.village_id
				order by p.code""", """
				select national_id, title, first_name, last_name, birth_date, phone, address, latitude, longitude
				from wf_person order by national_id""", """
				select p.code, n.national_id, m.member_role from wf_project_member m
				join wf_project p on p.id = m.project_id join wf_person n on n.id = m.person_id
				order by p.code, n.national_id, m.member_role""", """
				select p.code, s.effective_from, s.reason, i.seq, i.due_on, i.amount from wf_installment i
				join wf_schedule s on s.id = i.schedule_id join wf_contract c on c.id = s.contract_id
				join wf_project p on p.id = c.project_id
				where s.reason is null or s.reason not like '%เลขที่%'
				order by p.code, s.effective_from, i.seq""", """
				select p.code, y.paid_on, y.amount, y.reference, y.source from wf_payment y
				join wf_project p on p.id = y.project_id order by y.reference""", """
				select p.code, a.kind, a.signed_on, a.note from wf_acknowledgment a
				join wf_project p on p.id = a.project_id order by p.code, a.signed_on""" };
		for (String query : queries) {
			this.jdbc.query(query, (rs) -> {
				StringBuilder row = new StringBuilder();
				for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
					row.append(rs.getString(i)).append('|');
				}
				rows.add(row.toString());
			});
		}
		return rows;
	}

	private Map<String, Long> counts() {
		Map<String, Long> counts = new TreeMap<>();
		for (String table : TABLES) {
			// table names come from the constant above, never from input
			counts.put(table, count("select count(*) from " + table));
		}
		return counts;
	}

	private long count(String sql) {
		Long count = this.jdbc.queryForObject(sql, Long.class);
		return count == null ? 0 : count;
	}

}
