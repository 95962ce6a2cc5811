package th.go.cdd.fastdata.womenfund.project;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import th.go.cdd.fastdata.womenfund.dashboard.MonthlyFigures;
import th.go.cdd.fastdata.womenfund.status.StatusGroup;

/**
 * Projects, outstanding and overdue amounts per district and status group (สรุปสถานะลูกหนี้รายอำเภอ),
 * kept in {@code wf_district_status_summary} so the overview and the API read a few rows instead of
 * grouping every stored classification of a country on each request.
 * <p>
 * Counted again from {@code wf_project_status}, never adjusted by differences, so it cannot drift: a
 * transaction that changed classifications first locks the summary rows of its districts (in one order,
 * so two never wait for each other), then counts them. The lock makes the count a new statement that
 * sees every change committed before it, and whoever commits a change later counts again after it.
 */
@Component
public class DistrictStatusSummaries {

	/** One row of the summary. */
	public record GroupTotal(Long districtId, StatusGroup group, long projects, BigDecimal outstanding,
			BigDecimal overdue) {
	}

	private final NamedParameterJdbcTemplate jdbc;

	private final MonthlyFigures months;

	DistrictStatusSummaries(NamedParameterJdbcTemplate jdbc, MonthlyFigures months) {
		this.jdbc = jdbc;
		this.months = months;
	}

	/** The groups with projects in the given districts. */
	@Transactional(readOnly = true)
	public List<GroupTotal> in(Collection<Long> districtIds) {
		if (districtIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.query("select district_id, status_group, projects, outstanding_amount, overdue_amount"
				+ " from wf_district_status_summary where district_id in (:ids) and projects > 0",
				Map.of("ids", districtIds),
				(rs, i) -> new GroupTotal(rs.getLong(1), StatusGroup.valueOf(rs.getString(2)), rs.getLong(3),
						rs.getBigDecimal(4), rs.getBigDecimal(5)));
	}

	/**
	 * Counts the given districts again, inside the transaction that changed their classifications
	 * (flushed before: these are plain SQL statements).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void recount(Collection<Long> districtIds) {
		if (districtIds.isEmpty()) {
			return;
		}
		TreeSet<Long> ids = new TreeSet<>(districtIds);
		Map<String, Object> params = Map.of("ids", ids);
		String lock = "select district_id from wf_district_status_summary where district_id in (:ids)"
				+ " order by district_id, status_group for update";
		if (this.jdbc.queryForList(lock, params, Long.class).size() < ids.size() * StatusGroup.values().length) {
			// a district added after the summary was made (areas are loaded once, so hardly ever)
			for (Long id : ids) {
				for (StatusGroup group : StatusGroup.values()) {
					this.jdbc.update("insert into wf_district_status_summary (district_id, status_group, projects,"
							+ " outstanding_amount, overdue_amount) values (:district, :group, 0, 0, 0) on conflict do nothing",
							Map.of("district", id, "group", group.name()));
				}
			}
			this.jdbc.queryForList(lock, params, Long.class);
		}
		this.jdbc.update(RECOUNT + " where t.district_id in (:ids)", params);
		// the dashboards' month of these districts, under the same locks
		this.months.recount(ids);
	}

	/** Counts every district again: after a run over all projects, whose batches do not count. */
	@Transactional
	public void recountAll() {
		this.jdbc.queryForList("select district_id from wf_district_status_summary order by district_id, status_group"
				+ " for update", Map.of(), Long.class);
		this.jdbc.update(RECOUNT, Map.of());
		this.months.recountAll();
	}

	private static final String RECOUNT = "update wf_district_status_summary t"
			+ " set (projects, outstanding_amount, overdue_amount) = (select count(*), coalesce(sum(s.outstanding_amount), 0),"
			+ " coalesce(sum(s.overdue_amount), 0) from wf_project_status s"
			+ " where s.district_id = t.district_id and s.status_group = t.status_group)";

}
