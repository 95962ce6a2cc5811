package th.go.cdd.fastdata.womenfund.dashboard;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import th.go.cdd.fastdata.thai.ThaiDates;

/**
 * Keeps the dashboards' monthly tables in step with the registry (สถิติรายเดือน): this month's
 * status groups per district ({@code wf_status_month}, a copy of the district summary) and the
 * payments of the last {@value #MONTHS} months per district ({@code wf_collection_month}, counted
 * again from {@code wf_payment}). Called by the registry right after it counts a district's
 * classifications again, in the same transaction and under the same row locks, so two changes to one
 * district cannot interleave here either. Counted again, never adjusted by differences, so it cannot
 * drift.
 */
@Component
public class MonthlyFigures {

	/** How many months (this one included) the tables are kept for: the dashboards show up to 24. */
	public static final int MONTHS = 24;

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	MonthlyFigures(NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** This month in Bangkok, by the application's clock (the one classifications are dated by). */
	public YearMonth thisMonth() {
		return YearMonth.from(LocalDate.now(this.clock.withZone(ThaiDates.BANGKOK)));
	}

	/** The given districts again, after their summary rows were counted again and locked. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void recount(Collection<Long> districtIds) {
		if (districtIds.isEmpty()) {
			return;
		}
		YearMonth month = thisMonth();
		Map<String, Object> params = Map.of("ids", districtIds, "month", month.atDay(1));
		this.jdbc.update("delete from wf_status_month where month_start = :month and district_id in (:ids)", params);
		this.jdbc.update(COPY_SUMMARY + " where district_id in (:ids)", params);
		YearMonth first = month.minusMonths(MONTHS - 1);
		this.jdbc.update("delete from wf_collection_month where month_start >= :first and district_id in (:ids)",
				Map.of("first", first.atDay(1), "ids", districtIds));
		// a district's projects, each by its payments index: a few hundred short index ranges
		insertCollections(this.jdbc.query("select p.district_id, pay.paid_on, pay.amount from wf_payment pay"
				+ " join wf_project p on p.id = pay.project_id where p.district_id in (:ids) and pay.paid_on >= :first",
				Map.of("ids", districtIds, "first", first.atDay(1)), (rs, i) -> new Paid(rs.getLong(1),
						rs.getObject(2, LocalDate.class), rs.getBigDecimal(3))));
		// two officers of one province recording payments at once both write its rows: one waits for the other
		// (after the district locks, which two such transactions do not share)
		this.jdbc.queryForList("select id from province where id in (select x.province_id from district x"
				+ " where x.id in (:ids)) order by id for update", Map.of("ids", districtIds), Long.class);
		rollUp(districtIds, month.atDay(1), month.atDay(1), first.atDay(1));
	}

	/** Every district again: after a run over all projects (the nightly one, a large import). */
	@Transactional(propagation = Propagation.MANDATORY)
	public void recountAll() {
		YearMonth month = thisMonth();
		Map<String, Object> params = Map.of("month", month.atDay(1));
		this.jdbc.update("delete from wf_status_month where month_start = :month", params);
		this.jdbc.update(COPY_SUMMARY, params);
		YearMonth first = month.minusMonths(MONTHS - 1);
		this.jdbc.update("delete from wf_collection_month where month_start >= :first", Map.of("first", first.atDay(1)));
		// the last 24 months of the country's payments, read by date (ix_wf_payment_paid_on), summed here
		insertCollections(this.jdbc.query("select p.district_id, pay.paid_on, pay.amount from wf_payment pay"
				+ " join wf_project p on p.id = pay.project_id where pay.paid_on >= :first",
				Map.of("first", first.atDay(1)), (rs, i) -> new Paid(rs.getLong(1), rs.getObject(2, LocalDate.class),
						rs.getBigDecimal(3))));
		this.jdbc.queryForList("select id from province order by id for update", Map.of(), Long.class);
		rollUp(null, month.atDay(1), month.atDay(1), first.atDay(1));
	}

	/**
	 * Sums the district rows of the provinces of the given districts (all, if {@code null}) into the province
	 * rows: status months from {@code statusFrom} to {@code statusTo}, collections from {@code collectionsFrom}
	 * (none if {@code null}).
	 */
	void rollUp(Collection<Long> districtIds, LocalDate statusFrom, LocalDate statusTo, LocalDate collectionsFrom) {
		MapSqlParameterSource params = new MapSqlParameterSource().addValue("from", statusFrom)
			.addValue("to", statusTo)
			.addValue("collectionsFrom", collectionsFrom)
			.addValue("ids", districtIds);
		String provinces = districtIds == null ? ""
				: " and province_id in (select x.province_id from district x where x.id in (:ids))";
		String ofProvinces = districtIds == null ? ""
				: " and d.province_id in (select x.province_id from district x where x.id in (:ids))";
		this.jdbc.update("delete from wf_status_month_province where month_start >= :from and month_start <= :to"
				+ provinces, params);
		this.jdbc.update("insert into wf_status_month_province (province_id, month_start, status_group, projects,"
				+ " outstanding_amount, overdue_amount) select d.province_id, m.month_start, m.status_group, sum(m.projects),"
				+ " sum(m.outstanding_amount), sum(m.overdue_amount) from wf_status_month m join district d on d.id = m.district_id"
				+ " where m.month_start >= :from and m.month_start <= :to" + ofProvinces
				+ " group by d.province_id, m.month_start, m.status_group", params);
		if (collectionsFrom == null) {
			return;
		}
		this.jdbc.update("delete from wf_collection_month_province where month_start >= :collectionsFrom" + provinces,
				params);
		this.jdbc.update("insert into wf_collection_month_province (province_id, month_start, payments, amount)"
				+ " select d.province_id, c.month_start, sum(c.payments), sum(c.amount) from wf_collection_month c"
				+ " join district d on d.id = c.district_id where c.month_start >= :collectionsFrom"
				+ ofProvinces + " group by d.province_id, c.month_start", params);
	}

	private record Paid(long districtId, LocalDate paidOn, BigDecimal amount) {
	}

	private record Key(long districtId, YearMonth month) {
	}

	private static final class Sum {

		long payments;

		BigDecimal amount = BigDecimal.ZERO;

	}

	// summed here rather than by GROUP BY: the month of a date is written differently in H2 and PostgreSQL
	private void insertCollections(List<Paid> paid) {
		Map<Key, Sum> sums = new java.util.HashMap<>();
		for (Paid p : paid) {
			Sum sum = sums.computeIfAbsent(new Key(p.districtId(), YearMonth.from(p.paidOn())), k -> new Sum());
			sum.payments++;
			sum.amount = sum.amount.add(p.amount());
		}
		List<SqlParameterSource> rows = new ArrayList<>();
		sums.forEach((key, sum) -> rows.add(new MapSqlParameterSource().addValue("district", key.districtId())
			.addValue("month", key.month().atDay(1))
			.addValue("payments", sum.payments)
			.addValue("amount", sum.amount)));
		if (!rows.isEmpty()) {
			this.jdbc.batchUpdate("insert into wf_collection_month (district_id, month_start, payments, amount)"
					+ " values (:district, :month, :payments, :amount)", rows.toArray(SqlParameterSource[]::new));
		}
	}

	private static final String COPY_SUMMARY = "insert into wf_status_month (district_id, month_start, status_group,"
			+ " projects, outstanding_amount, overdue_amount) select district_id, :month, status_group, projects,"
			+ " outstanding_amount, overdue_amount from wf_district_status_summary";

}
