package th.go.cdd.fastdata.womenfund.project;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import th.go.cdd.fastdata.womenfund.status.StatusGroup;

/**
 * The classifications of a run over many projects, read and written by plain JDBC batches: the same
 * rows and columns as {@link ProjectStatus} and {@link ProjectStatusHistory} through JPA, without a
 * managed entity per project (persisting 300,000 of them, then dirty-checking them at each flush, was
 * most of the run's time in the application). The values come from {@link ProjectStatus#update}, the one
 * place that turns a classification into columns. Only for a transaction that wrote nothing through JPA
 * (a batch of {@link ProjectStatuses}' runs): the entities of another transaction's persistence context
 * would not see these rows change.
 */
@Component
class StatusWrites {

	private static final String INSERT = "insert into wf_project_status (district_id, status_group, as_of, term_ends_on,"
			+ " last_payment_on, limitation_ends_on, overdue_amount, outstanding_amount, reasons, urgency_rank,"
			+ " computed_at, project_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

	private static final String UPDATE = "update wf_project_status set district_id = ?, status_group = ?, as_of = ?,"
			+ " term_ends_on = ?, last_payment_on = ?, limitation_ends_on = ?, overdue_amount = ?,"
			+ " outstanding_amount = ?, reasons = ?, urgency_rank = ?, computed_at = ? where project_id = ?";

	private static final String INSERT_HISTORY = "insert into wf_project_status_history (id, project_id, status_group,"
			+ " since, recorded_at) values (?, ?, ?, ?, ?)";

	/**
	 * The history's ids come from the sequence JPA uses ({@link ProjectStatusHistory}), in the same blocks:
	 * a value {@code v} of the sequence reserves the ids {@code v - 49} to {@code v}, as Hibernate's pooled
	 * optimizer takes them, so ids written here and by JPA never meet.
	 */
	private static final int HISTORY_ID_BLOCK = 50;

	private final NamedParameterJdbcTemplate named;

	private final JdbcTemplate jdbc;

	StatusWrites(NamedParameterJdbcTemplate named) {
		this.named = named;
		this.jdbc = named.getJdbcTemplate();
	}

	/**
	 * A classification of each project of the batch to be {@link ProjectStatus#update}d: the stored one (its
	 * group, to tell a change; in the project's district, should it have moved) or a new one. A range read
	 * also finds projects outside the batch, which are left out. Two statements: as one (a left join) the run
	 * took longer on the national data.
	 */
	List<ProjectStatus> statuses(ProjectBatch batch) {
		Map<Long, StatusGroup> stored = new HashMap<>();
		this.named.query("select project_id, status_group from wf_project_status where " + batch.where("project_id"),
				batch.params(), (RowCallbackHandler) rs -> stored.put(rs.getLong(1), StatusGroup.valueOf(rs.getString(2))));
		List<ProjectStatus> statuses = new ArrayList<>(batch.size());
		this.named.query("select id, district_id from wf_project where " + batch.where("id"), batch.params(),
				(RowCallbackHandler) rs -> {
					long id = rs.getLong(1);
					if (batch.contains(id)) {
						StatusGroup group = stored.get(id);
						statuses.add((group != null) ? ProjectStatus.read(id, rs.getLong(2), group)
								: new ProjectStatus(id, rs.getLong(2)));
					}
				});
		return statuses;
	}

	/**
	 * Writes the classifications (each {@link ProjectStatus#update}d) in JDBC batches: inserts of the new,
	 * updates of the stored, then a history row for each project whose group changed.
	 */
	void write(List<ProjectStatus> added, List<ProjectStatus> changed, List<ProjectStatusHistory> history) {
		if (!added.isEmpty()) {
			this.jdbc.batchUpdate(INSERT, new Statuses(added));
		}
		if (!changed.isEmpty()) {
			this.jdbc.batchUpdate(UPDATE, new Statuses(changed));
		}
		if (!history.isEmpty()) {
			long[] ids = historyIds(history.size());
			this.jdbc.batchUpdate(INSERT_HISTORY, new BatchPreparedStatementSetter() {

				@Override
				public void setValues(PreparedStatement ps, int i) throws SQLException {
					ProjectStatusHistory row = history.get(i);
					ps.setLong(1, ids[i]);
					ps.setLong(2, row.getProjectId());
					ps.setString(3, row.getStatusGroup().name());
					ps.setObject(4, row.getSince());
					ps.setObject(5, utc(row.getRecordedAt()));
				}

				@Override
				public int getBatchSize() {
					return history.size();
				}

			});
		}
	}

	// every block the rows need in one statement (one per block was a tenth of a run's round trips); the
	// counting CTE is written the same in H2 and PostgreSQL
	private long[] historyIds(int count) {
		int blocks = (count + HISTORY_ID_BLOCK - 1) / HISTORY_ID_BLOCK;
		List<Long> tops = this.jdbc.queryForList("with recursive n (i) as (select 1 union all select i + 1 from n"
				+ " where i < ?) select nextval('wf_project_status_history_seq') from n", Long.class, blocks);
		long[] ids = new long[count];
		for (int i = 0; i < count; i++) {
			ids[i] = tops.get(i / HISTORY_ID_BLOCK) - HISTORY_ID_BLOCK + 1 + i % HISTORY_ID_BLOCK;
		}
		return ids;
	}

	// as Hibernate writes an Instant to "timestamp with time zone" (hibernate.jdbc.time_zone=UTC)
	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	/** The columns of INSERT and UPDATE, in the same order (the project id last). */
	private static final class Statuses implements BatchPreparedStatementSetter {

		private final List<ProjectStatus> rows;

		Statuses(List<ProjectStatus> rows) {
			this.rows = rows;
		}

		@Override
		public void setValues(PreparedStatement ps, int i) throws SQLException {
			ProjectStatus status = this.rows.get(i);
			ps.setLong(1, status.getDistrictId());
			ps.setString(2, status.getStatusGroup().name());
			ps.setObject(3, status.getAsOf());
			date(ps, 4, status.getTermEndsOn());
			date(ps, 5, status.getLastPaymentOn());
			date(ps, 6, status.getLimitationEndsOn());
			ps.setBigDecimal(7, status.getOverdueAmount());
			ps.setBigDecimal(8, status.getOutstandingAmount());
			ps.setString(9, status.getReasons());
			ps.setInt(10, status.getUrgencyRank());
			ps.setObject(11, utc(status.getComputedAt()));
			ps.setLong(12, status.getProjectId());
		}

		// a typed null: an untyped one makes Spring ask the driver for the statement's parameter types
		private static void date(PreparedStatement ps, int index, LocalDate date) throws SQLException {
			if (date == null) {
				ps.setNull(index, Types.DATE);
			}
			else {
				ps.setObject(index, date);
			}
		}

		@Override
		public int getBatchSize() {
			return this.rows.size();
		}

	}

}
