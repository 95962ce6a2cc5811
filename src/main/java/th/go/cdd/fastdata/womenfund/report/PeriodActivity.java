package th.go.cdd.fastdata.womenfund.report;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.go.cdd.fastdata.organisation.OrganisationDirectory;
import th.go.cdd.fastdata.thai.ThaiDates;
import th.go.cdd.fastdata.womenfund.status.StatusGroup;

/**
 * Counts what districts did over a period from the records the work leaves behind: visit
 * records, payments, changes of status group, the steps of measure applications, mediation
 * outcomes and lawsuits. Nobody types these figures: a report is a by-product of the work.
 * <p>
 * Days are the office's days: a step stored at 23:30 Bangkok time on the last day of a period
 * belongs to that period, whatever the server's zone. One grouped query per kind of record,
 * each reading the period's rows of the asked districts only.
 */
@Service
@Transactional(readOnly = true)
public class PeriodActivity {

	private static final String VISITS = """
			select district_id, count(*) as visits, count(distinct project_id) as debtors,
			  sum(case when outcome = 'PROMISED_TO_PAY' then 1 else 0 end) as promises,
			  coalesce(sum(case when outcome = 'PROMISED_TO_PAY' then promise_amount end), 0) as promised,
			  sum(case when outcome in ('MOVED', 'UNTRACEABLE') then 1 else 0 end) as untraceable
			from wf_visit_record
			where district_id in (:districts) and visited_on between :from and :to
			group by district_id""";

	private static final String PAYMENTS = """
			select p.district_id, count(*) as payments, sum(m.amount) as collected
			from wf_payment m join wf_project p on p.id = m.project_id
			where p.district_id in (:districts) and m.paid_on between :from and :to
			group by p.district_id""";

	private static final String MOVES = """
			select p.district_id, h.status_group, count(*) as moves
			from wf_project_status_history h join wf_project p on p.id = h.project_id
			where p.district_id in (:districts) and h.since between :from and :to
			group by p.district_id, h.status_group""";

	// an application returned and submitted again counts once; each kind of step likewise
	private static final String STEPS = """
			select a.district_id, s.action, count(distinct a.id) as applications
			from wf_measure_application_step s join wf_measure_application a on a.id = s.application_id
			where a.district_id in (:districts) and s.action in ('SUBMIT', 'ENDORSE', 'APPROVE', 'REJECT')
			  and s.at >= :start and s.at < :end
			group by a.district_id, s.action""";

	private static final String MEDIATION = """
			select district_id,
			  sum(case when opened_at >= :start and opened_at < :end then 1 else 0 end) as opened,
			  sum(case when outcome = 'COMPROMISE' and outcome_on between :from and :to then 1 else 0 end) as compromises,
			  sum(case when outcome in ('NO_AGREEMENT', 'NO_SHOW') and outcome_on between :from and :to then 1 else 0 end) as failed
			from wf_mediation_case
			where district_id in (:districts)
			  and ((opened_at >= :start and opened_at < :end) or outcome_on between :from and :to)
			group by district_id""";

	private static final String SUITS = """
			select district_id,
			  sum(case when filed_on between :from and :to then 1 else 0 end) as filed,
			  sum(case when judged_on between :from and :to then 1 else 0 end) as judged
			from wf_litigation_case
			where district_id in (:districts) and (filed_on between :from and :to or judged_on between :from and :to)
			group by district_id""";

	private final JdbcClient jdbc;

	private final OrganisationDirectory directory;

	PeriodActivity(JdbcClient jdbc, OrganisationDirectory directory) {
		this.jdbc = jdbc;
		this.directory = directory;
	}

	/** What happened in these districts from {@code from} to {@code to}, both days included. */
	public PeriodFigures of(Collection<Long> districtIds, LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("period ends before it starts: " + from + " – " + to);
		}
		List<Long> ids = List.copyOf(new LinkedHashSet<>(districtIds));
		Map<Long, String> names = ids.isEmpty() ? Map.of() : this.directory.districtLabels(ids);
		Map<Long, Counts> counts = new HashMap<>();
		if (!ids.isEmpty()) {
			count(ids, from, to, counts);
		}
		List<DistrictFigures> rows = new ArrayList<>();
		for (Long id : ids) {
			rows.add(counts.getOrDefault(id, new Counts()).figures(id, names.getOrDefault(id, "")));
		}
		rows.sort(Comparator.comparing(DistrictFigures::district));
		DistrictFigures total = DistrictFigures.empty(null, "รวม");
		for (DistrictFigures row : rows) {
			total = total.plus(row, null, "รวม");
		}
		return new PeriodFigures(from, to, List.copyOf(rows), total);
	}

	private void count(List<Long> ids, LocalDate from, LocalDate to, Map<Long, Counts> counts) {
		OffsetDateTime start = from.atStartOfDay(ThaiDates.BANGKOK).toOffsetDateTime();
		OffsetDateTime end = to.plusDays(1).atStartOfDay(ThaiDates.BANGKOK).toOffsetDateTime();
		Function<Long, Counts> row = (id) -> counts.computeIfAbsent(id, (key) -> new Counts());
		query(VISITS, ids, from, to, start, end, (rs) -> {
			Counts c = row.apply(rs.getLong("district_id"));
			c.visits = rs.getLong("visits");
			c.debtorsVisited = rs.getLong("debtors");
			c.promises = rs.getLong("promises");
			c.promisedAmount = rs.getBigDecimal("promised");
			c.untraceable = rs.getLong("untraceable");
		});
		query(PAYMENTS, ids, from, to, start, end, (rs) -> {
			Counts c = row.apply(rs.getLong("district_id"));
			c.payments = rs.getLong("payments");
			c.collected = rs.getBigDecimal("collected");
		});
		query(MOVES, ids, from, to, start, end, (rs) -> row.apply(rs.getLong("district_id")).movedInto
			.put(StatusGroup.valueOf(rs.getString("status_group")), rs.getLong("moves")));
		query(STEPS, ids, from, to, start, end, (rs) -> {
			Counts c = row.apply(rs.getLong("district_id"));
			long applications = rs.getLong("applications");
			switch (rs.getString("action")) {
				case "SUBMIT" -> c.applied = applications;
				case "ENDORSE" -> c.endorsed = applications;
				case "APPROVE" -> c.approved = applications;
				case "REJECT" -> c.rejected = applications;
				default -> throw new IllegalStateException(rs.getString("action"));
			}
		});
		query(MEDIATION, ids, from, to, start, end, (rs) -> {
			Counts c = row.apply(rs.getLong("district_id"));
			c.mediationOpened = rs.getLong("opened");
			c.compromises = rs.getLong("compromises");
			c.mediationFailed = rs.getLong("failed");
		});
		query(SUITS, ids, from, to, start, end, (rs) -> {
			Counts c = row.apply(rs.getLong("district_id"));
			c.suitsFiled = rs.getLong("filed");
			c.suitsJudged = rs.getLong("judged");
		});
	}

	private void query(String sql, List<Long> ids, LocalDate from, LocalDate to, OffsetDateTime start,
			OffsetDateTime end, RowReader reader) {
		this.jdbc.sql(sql)
			.param("districts", ids)
			.param("from", from)
			.param("to", to)
			.param("start", start)
			.param("end", end)
			.query((rs) -> {
				reader.read(rs);
			});
	}

	@FunctionalInterface
	private interface RowReader {

		void read(ResultSet rs) throws SQLException;

	}

	/** The figures of one district while they are being counted. */
	private static final class Counts {

		long visits;

		long debtorsVisited;

		long promises;

		BigDecimal promisedAmount = BigDecimal.ZERO;

		long untraceable;

		long payments;

		BigDecimal collected = BigDecimal.ZERO;

		final Map<StatusGroup, Long> movedInto = new EnumMap<>(StatusGroup.class);

		long applied;

		long endorsed;

		long approved;

		long rejected;

		long mediationOpened;

		long compromises;

		long mediationFailed;

		long suitsFiled;

		long suitsJudged;

		DistrictFigures figures(Long districtId, String district) {
			return new DistrictFigures(districtId, district, this.visits, this.debtorsVisited, this.promises,
					this.promisedAmount, this.untraceable, this.payments, this.collected, java.util.Collections.unmodifiableMap(new EnumMap<>(this.movedInto)),
					this.applied, this.endorsed, this.approved, this.rejected, this.mediationOpened, this.compromises,
					this.mediationFailed, this.suitsFiled, this.suitsJudged);
		}

	}

}
