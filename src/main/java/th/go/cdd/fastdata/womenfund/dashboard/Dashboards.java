package th.go.cdd.fastdata.womenfund.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.go.cdd.fastdata.thai.ThaiDates;
import th.go.cdd.fastdata.womenfund.project.DistrictStatusSummaries;
import th.go.cdd.fastdata.womenfund.project.PaymentSource;
import th.go.cdd.fastdata.womenfund.status.StatusGroup;

/**
 * What the dashboards show (แดชบอร์ด), read from small tables: the months of {@code wf_status_month} and
 * {@code wf_collection_month}, the district summary, and for one district the classifications of its
 * projects by subdistrict. Every method takes the districts to read, already checked against the user's
 * scope.
 */
@Service
@Transactional(readOnly = true)
public class Dashboards {

	private final NamedParameterJdbcTemplate jdbc;

	private final DistrictStatusSummaries summaries;

	Dashboards(NamedParameterJdbcTemplate jdbc, DistrictStatusSummaries summaries) {
		this.jdbc = jdbc;
		this.summaries = summaries;
	}

	/** Projects and their outstanding amount. */
	public record Figure(long projects, BigDecimal outstanding) {

		static final Figure NONE = new Figure(0, BigDecimal.ZERO);

		Figure plus(long moreProjects, BigDecimal moreOutstanding) {
			return new Figure(this.projects + moreProjects, this.outstanding.add(moreOutstanding));
		}

	}

	/** Figures per status group, with totals over the groups that still owe money. */
	public record Groups(Map<StatusGroup, Figure> figures) {

		public Figure of(StatusGroup group) {
			return this.figures.getOrDefault(group, Figure.NONE);
		}

		/** Projects still owing money (every group but SETTLED). */
		public long debtors() {
			return this.figures.entrySet().stream().filter(e -> e.getKey().debtor()).mapToLong(e -> e.getValue().projects()).sum();
		}

		public long projects() {
			return this.figures.values().stream().mapToLong(Figure::projects).sum();
		}

		public BigDecimal outstanding() {
			return this.figures.values().stream().map(Figure::outstanding).reduce(BigDecimal.ZERO, BigDecimal::add);
		}

	}

	/** The groups at the end of a month (this month: as of today). */
	public record StatusMonth(YearMonth month, Groups groups) {

		public String label() {
			return ThaiDates.shortMonth(this.month);
		}

	}

	/** Payments received in a month. */
	public record Collected(YearMonth month, long payments, BigDecimal amount) {

		public String label() {
			return ThaiDates.shortMonth(this.month);
		}

		public String longLabel() {
			return ThaiDates.longMonth(this.month);
		}

	}

	/** A district or subdistrict row: its id and name, its groups. */
	public record AreaRow(Long id, String label, Groups groups) {
	}

	/**
	 * The districts, or whole provinces, whose months are read: a whole province's from the province rows
	 * (one per month and group), which the district rows add up to.
	 */
	public record Within(Collection<Long> ids, boolean provinces) {

		static Within districts(Collection<Long> ids) {
			return new Within(ids, false);
		}

		static Within provinces(Collection<Long> ids) {
			return new Within(ids, true);
		}

		String statusTable() {
			return this.provinces ? "wf_status_month_province where province_id" : "wf_status_month where district_id";
		}

		String collectionTable() {
			return this.provinces ? "wf_collection_month_province where province_id" : "wf_collection_month where district_id";
		}

	}

	/** The months from {@code first} to {@code last}, each with its groups summed over the area. */
	public List<StatusMonth> statusMonths(Within within, YearMonth first, YearMonth last) {
		Map<YearMonth, Map<StatusGroup, Figure>> byMonth = new LinkedHashMap<>();
		for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
			byMonth.put(m, new EnumMap<>(StatusGroup.class));
		}
		this.jdbc.query("select month_start, status_group, sum(projects), sum(outstanding_amount) from "
				+ within.statusTable() + " in (:ids) and month_start >= :first and month_start <= :last"
				+ " group by month_start, status_group", Map.of("ids", within.ids(), "first", first.atDay(1), "last", last.atDay(1)), rs -> {
					Map<StatusGroup, Figure> groups = byMonth.get(YearMonth.from(rs.getObject(1, LocalDate.class)));
					if (groups != null) {
						groups.put(StatusGroup.valueOf(rs.getString(2)), new Figure(rs.getLong(3), rs.getBigDecimal(4)));
					}
				});
		List<StatusMonth> months = new ArrayList<>();
		byMonth.forEach((month, groups) -> months.add(new StatusMonth(month, new Groups(groups))));
		return months;
	}

	/** Payments per month from {@code first} to {@code last}, summed over the area. */
	public List<Collected> collections(Within within, YearMonth first, YearMonth last) {
		Map<YearMonth, Collected> byMonth = new LinkedHashMap<>();
		for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
			byMonth.put(m, new Collected(m, 0, BigDecimal.ZERO));
		}
		this.jdbc.query("select month_start, sum(payments), sum(amount) from " + within.collectionTable() + " in (:ids)"
				+ " and month_start >= :first and month_start <= :last group by month_start",
				Map.of("ids", within.ids(), "first", first.atDay(1), "last", last.atDay(1)), rs -> {
					YearMonth month = YearMonth.from(rs.getObject(1, LocalDate.class));
					byMonth.computeIfPresent(month, (m, none) -> {
						try {
							return new Collected(m, rs.getLong(2), rs.getBigDecimal(3));
						}
						catch (java.sql.SQLException ex) {
							throw new IllegalStateException(ex);
						}
					});
				});
		return new ArrayList<>(byMonth.values());
	}

	/** Payments from {@code first} to {@code last} per district or province (its total over those months). */
	public Map<Long, Collected> collectionsByArea(Within within, YearMonth first, YearMonth last) {
		Map<Long, Collected> byDistrict = new HashMap<>();
		if (within.ids().isEmpty()) {
			return byDistrict; // a user with no district yet
		}
		String id = within.provinces() ? "province_id" : "district_id";
		this.jdbc.query("select " + id + ", sum(payments), sum(amount) from " + within.collectionTable() + " in (:ids)"
				+ " and month_start >= :first and month_start <= :last group by " + id,
				Map.of("ids", within.ids(), "first", first.atDay(1), "last", last.atDay(1)),
				rs -> {
					byDistrict.put(rs.getLong(1), new Collected(last, rs.getLong(2), rs.getBigDecimal(3)));
				});
		return byDistrict;
	}

	/** Today's groups per district (the registry's summary), in the order of the given names. */
	public List<AreaRow> districts(Map<Long, String> names) {
		Map<Long, Map<StatusGroup, Figure>> byDistrict = new HashMap<>();
		this.summaries.in(names.keySet())
			.forEach(t -> byDistrict.computeIfAbsent(t.districtId(), d -> new EnumMap<>(StatusGroup.class))
				.put(t.group(), new Figure(t.projects(), t.outstanding())));
		List<AreaRow> rows = new ArrayList<>();
		names.forEach((id, label) -> rows.add(new AreaRow(id, label, new Groups(byDistrict.getOrDefault(id, Map.of())))));
		return rows;
	}

	/**
	 * Today's groups per subdistrict of one district, counted from the stored classifications (a district
	 * has a few hundred projects), in the order of the given names; projects with no subdistrict last.
	 */
	public List<AreaRow> subdistricts(Long districtId, Map<Long, String> names) {
		Map<Long, Map<StatusGroup, Figure>> bySubdistrict = new HashMap<>();
		this.jdbc.query("select p.subdistrict_id, s.status_group, count(*), coalesce(sum(s.outstanding_amount), 0)"
				+ " from wf_project_status s join wf_project p on p.id = s.project_id where s.district_id = :district"
				+ " group by p.subdistrict_id, s.status_group", Map.of("district", districtId), rs -> {
					Long subdistrict = rs.getObject(1, Long.class);
					bySubdistrict.computeIfAbsent(subdistrict, d -> new EnumMap<>(StatusGroup.class))
						.merge(StatusGroup.valueOf(rs.getString(2)), new Figure(rs.getLong(3), rs.getBigDecimal(4)),
								(a, b) -> a.plus(b.projects(), b.outstanding()));
				});
		List<AreaRow> rows = new ArrayList<>();
		names.forEach((id, label) -> {
			Map<StatusGroup, Figure> groups = bySubdistrict.get(id);
			if (groups != null) {
				rows.add(new AreaRow(id, label, new Groups(groups)));
			}
		});
		if (bySubdistrict.containsKey(null)) {
			rows.add(new AreaRow(null, "ไม่ระบุตำบล", new Groups(bySubdistrict.get(null))));
		}
		return rows;
	}

	/** A payment as the payments list shows it: no person, only the project. */
	public record PaymentLine(Long id, LocalDate paidOn, BigDecimal amount, String reference, PaymentSource source,
			Long projectId, String projectCode, String projectName, Long districtId) {
	}

	/** The payments of a month in the districts, newest first, a page at a time, with the month's totals. */
	public record PaymentPage(Page<PaymentLine> page, long payments, BigDecimal amount) {
	}

	public PaymentPage payments(Collection<Long> districtIds, YearMonth month, Pageable pageable) {
		Map<String, Object> params = Map.of("ids", districtIds, "from", month.atDay(1), "to",
				month.plusMonths(1).atDay(1), "limit", pageable.getPageSize(), "offset", pageable.getOffset());
		// driven by the month's payments (ix_wf_payment_paid_on), each project's district looked up by its key: a
		// join lets PostgreSQL hash every project of a country's scope (300,000) for a month's few thousand payments
		String ofMonth = " from wf_payment pay where pay.paid_on >= :from and pay.paid_on < :to"
				+ " and (select d.district_id from wf_project d where d.id = pay.project_id) in (:ids)";
		Object[] totals = this.jdbc.queryForObject("select count(*), coalesce(sum(pay.amount), 0)" + ofMonth, params,
				(rs, i) -> new Object[] { rs.getLong(1), rs.getBigDecimal(2) });
		List<PaymentLine> lines = this.jdbc.query("select pay.id, pay.paid_on, pay.amount, pay.reference, pay.source,"
				+ " p.id, p.code, p.name, p.district_id from (select pay.id, pay.project_id, pay.paid_on, pay.amount,"
				+ " pay.reference, pay.source" + ofMonth + " order by pay.paid_on desc, pay.id desc limit :limit offset :offset) pay"
				+ " join wf_project p on p.id = pay.project_id order by pay.paid_on desc, pay.id desc", params,
				(rs, i) -> new PaymentLine(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getBigDecimal(3),
						rs.getString(4), PaymentSource.valueOf(rs.getString(5)), rs.getLong(6), rs.getString(7),
						rs.getString(8), rs.getLong(9)));
		return new PaymentPage(new PageImpl<>(lines, pageable, (Long) totals[0]), (Long) totals[0], (BigDecimal) totals[1]);
	}

}
