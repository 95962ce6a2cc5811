package th.go.cdd.fastdata.womenfund.map;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import th.go.cdd.fastdata.organisation.OrganisationDirectory;
import th.go.cdd.fastdata.womenfund.status.StatusGroup;

/**
 * The projects with a current location in a filter, in one statement: the project, its stored
 * classification and its current location joined, no query per point. A province's 10,000
 * points come back as one result set.
 */
@Component
class MapPoints {

	private final NamedParameterJdbcTemplate jdbc;

	private final OrganisationDirectory directory;

	MapPoints(NamedParameterJdbcTemplate jdbc, OrganisationDirectory directory) {
		this.jdbc = jdbc;
		this.directory = directory;
	}

	@Transactional(readOnly = true)
	List<MapPoint> find(MapFilter filter) {
		return find(filter, Integer.MAX_VALUE);
	}

	/** The first points by project, at most {@code limit}. */
	@Transactional(readOnly = true)
	List<MapPoint> find(MapFilter filter, int limit) {
		// the optional filters are bound as values that mean "any" (0, ''), so the statement is one
		// fixed text whatever is asked
		MapSqlParameterSource params = new MapSqlParameterSource("districtIds", filter.districtIds(this.directory))
			.addValue("subdistrictId", filter.subdistrictId(this.directory))
			.addValue("fiscalYear", filter.fiscalYear() == null ? 0 : filter.fiscalYear())
			.addValue("statusGroup", filter.group() == null ? "" : filter.group().name())
			.addValue("limit", limit);
		return this.jdbc.query("""
				select p.id, p.code, p.name, p.group_name, p.district_id, p.subdistrict_id, p.fiscal_year,
				  s.status_group, s.overdue_amount, s.outstanding_amount,
				  l.latitude, l.longitude, l.accuracy_m, l.method, l.note, l.recorded_at
				from wf_project p
				join wf_project_location l on l.project_id = p.id and l.superseded_at is null
				left join wf_project_status s on s.project_id = p.id
				where p.district_id in (:districtIds)
				  and (:subdistrictId = 0 or p.subdistrict_id = :subdistrictId)
				  and (:fiscalYear = 0 or p.fiscal_year = :fiscalYear)
				  and (:statusGroup = '' or s.status_group = :statusGroup)
				order by p.id
				limit :limit""", params, (rs, i) -> {
			long subdistrict = rs.getLong(6);
			Long subdistrictId = rs.wasNull() ? null : subdistrict;
			String group = rs.getString(8);
			int accuracy = rs.getInt(13);
			Integer accuracyMetres = rs.wasNull() ? null : accuracy;
			return new MapPoint(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
					subdistrictId, rs.getInt(7), group == null ? null : StatusGroup.valueOf(group), rs.getBigDecimal(9),
					rs.getBigDecimal(10), rs.getBigDecimal(11), rs.getBigDecimal(12), accuracyMetres,
					LocationMethod.valueOf(rs.getString(14)), rs.getString(15), rs.getTimestamp(16).toInstant());
		});
	}

	/** The first recommended action of each group in force on the day (the handbook's table after §5.2.7). */
	@Transactional(readOnly = true)
	Map<StatusGroup, String> nextActions(LocalDate day) {
		Map<StatusGroup, String> actions = new EnumMap<>(StatusGroup.class);
		this.jdbc.query("""
				select status_group, action_th from wf_status_action
				where effective_from <= :day and (effective_to is null or effective_to >= :day)
				order by status_group, position""", Map.of("day", day), rs -> {
			StatusGroup group = StatusGroup.valueOf(rs.getString(1));
			actions.putIfAbsent(group, rs.getString(2));
		});
		return actions;
	}

}
