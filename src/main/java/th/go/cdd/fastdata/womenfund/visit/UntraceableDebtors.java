package th.go.cdd.fastdata.womenfund.visit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.go.cdd.fastdata.organisation.NotFoundInScope;
import th.go.cdd.fastdata.organisation.OrganisationDirectory;
import th.go.cdd.fastdata.organisation.Scope;
import th.go.cdd.fastdata.womenfund.status.StatusGroup;

/**
 * Debtors who cannot be traced (ลูกหนี้ที่ติดตามตัวไม่ได้, handbook §5.3): the list the provincial
 * secretariat hands to the public prosecutor, read from the latest visit of each project.
 */
@Service
@Transactional(readOnly = true)
public class UntraceableDebtors {

	public record Untraceable(Long projectId, String code, String name, Long districtId, String district,
			Long subdistrictId, Long villageId, String place, String borrower, StatusGroup group,
			BigDecimal outstanding, LocalDate limitationEndsOn, LocalDate lastVisitOn, VisitOutcome outcome,
			int attempts, String notes, String recordedBy) {
	}

	private final NamedParameterJdbcTemplate jdbc;

	private final VisitPlans plans;

	private final OrganisationDirectory directory;

	UntraceableDebtors(NamedParameterJdbcTemplate jdbc, VisitPlans plans, OrganisationDirectory directory) {
		this.jdbc = jdbc;
		this.plans = plans;
		this.directory = directory;
	}

	/**
	 * Debtors who cannot be traced (handbook §5.3): the latest visit of the project found that she
	 * moved or could not be found. A later visit that met her takes her off the list. Ready to be
	 * handed to the public prosecutor; the caller logs the opening or the export.
	 */
	/** How many the page lists: a province's, not the country's thousands (the CSV holds them all). */
	public static final int SHOWN = 500;

	public List<Untraceable> of(Scope scope, Long districtId) {
		return of(scope, districtId, Integer.MAX_VALUE);
	}

	/** The first {@code limit} of them, by district, day of the last visit and project (a page's share). */
	public List<Untraceable> of(Scope scope, Long districtId, int limit) {
		if (districtId != null && !scope.covers(districtId)) {
			throw new NotFoundInScope();
		}
		MapSqlParameterSource params = new MapSqlParameterSource("districtIds",
				districtId == null ? scope.queryIds() : List.of(districtId)).addValue("limit", limit);
		List<Untraceable> rows = this.jdbc.query("""
				with latest as (
				  select r.project_id, r.district_id, r.visited_on, r.outcome, r.notes, r.created_by
				  from wf_visit_record r
				  where r.district_id in (:districtIds) and r.outcome in ('MOVED', 'UNTRACEABLE')
				    and not exists (select 1 from wf_visit_record later where later.project_id = r.project_id
				      and (later.visited_on > r.visited_on or (later.visited_on = r.visited_on and later.id > r.id)))
				  -- the first by the visit's own columns, before any project is read (the country's thousands
				  -- were each joined to their project and status only to be cut to a page)
				  order by r.district_id, r.visited_on, r.project_id
				  limit :limit)
				select p.id, p.code, p.name, p.district_id, p.subdistrict_id, p.village_id, s.status_group,
				  s.outstanding_amount, s.limitation_ends_on, r.visited_on, r.outcome,
				  (select count(*) from wf_visit_record a where a.project_id = p.id and a.outcome in ('MOVED', 'UNTRACEABLE')),
				  r.notes, r.created_by
				from latest r
				join wf_project p on p.id = r.project_id
				left join wf_project_status s on s.project_id = p.id
				order by r.district_id, r.visited_on, p.code""", params,
				(rs, i) -> new Untraceable(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), null,
						rs.getObject(5, Long.class), rs.getObject(6, Long.class), null, null,
						rs.getString(7) == null ? null : StatusGroup.valueOf(rs.getString(7)), rs.getBigDecimal(8),
						rs.getObject(9, LocalDate.class), rs.getObject(10, LocalDate.class),
						VisitOutcome.valueOf(rs.getString(11)), rs.getInt(12), rs.getString(13), rs.getString(14)));
		if (rows.isEmpty()) {
			return rows;
		}
		Map<Long, String> districts = this.directory.districtLabels(rows.stream().map(Untraceable::districtId).toList());
		Map<Long, String> subdistricts = this.directory.subdistrictLabels(
				rows.stream().map(Untraceable::subdistrictId).filter(java.util.Objects::nonNull).toList());
		Map<Long, String> villages = this.directory.villageLabels(
				rows.stream().map(Untraceable::villageId).filter(java.util.Objects::nonNull).toList());
		Map<Long, String[]> borrowers = this.plans.borrowers(rows.stream().map(Untraceable::projectId).toList());
		List<Untraceable> named = new ArrayList<>();
		for (Untraceable u : rows) {
			String place = (u.villageId() == null ? "" : villages.getOrDefault(u.villageId(), "") + " ")
					+ (u.subdistrictId() == null ? "" : subdistricts.getOrDefault(u.subdistrictId(), ""));
			named.add(new Untraceable(u.projectId(), u.code(), u.name(), u.districtId(), districts.get(u.districtId()),
					u.subdistrictId(), u.villageId(), place.strip(), borrowers.getOrDefault(u.projectId(), new String[] { "–" })[0],
					u.group(), u.outstanding(), u.limitationEndsOn(), u.lastVisitOn(), u.outcome(), u.attempts(), u.notes(),
					u.recordedBy()));
		}
		return named;
	}

}
