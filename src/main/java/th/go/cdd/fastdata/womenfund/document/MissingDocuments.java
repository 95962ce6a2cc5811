package th.go.cdd.fastdata.womenfund.document;

import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import th.go.cdd.fastdata.womenfund.status.StatusGroup;

/**
 * The projects that lack a kind of document ("โครงการที่ยังไม่มีสัญญาค้ำประกัน"), within the
 * user's districts, with optional filters. One fixed statement each; filters are parameters.
 */
@Repository
class MissingDocuments {

	/** A project without the document. */
	record Line(Long projectId, String code, String name, Long districtId, Long subdistrictId, int fiscalYear,
			StatusGroup group) {
	}

	/** Per district: projects (within the filters) and how many of them lack the document. */
	record DistrictCount(Long districtId, long projects, long missing) {
	}

	record Filter(Collection<Long> districtIds, String type, Long districtId, Integer fiscalYear, StatusGroup group) {
	}

	private static final String WHERE = """
			 from wf_project p left join wf_project_status s on s.project_id = p.id
			 where p.district_id in (:districtIds)
			   and (cast(:districtId as bigint) is null or p.district_id = :districtId)
			   and (cast(:fiscalYear as integer) is null or p.fiscal_year = :fiscalYear)
			   and (cast(:statusGroup as varchar(20)) is null or s.status_group = :statusGroup)
			""";

	private static final String LACKS = """
			   and not exists (select 1 from wf_document d where d.project_id = p.id and d.type_code = :type)
			""";

	private final NamedParameterJdbcTemplate jdbc;

	MissingDocuments(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	long count(Filter filter) {
		Long count = this.jdbc.queryForObject("select count(*)" + WHERE + LACKS, parameters(filter), Long.class);
		return count == null ? 0 : count;
	}

	/** A page in the order of district, newest fiscal year, code. */
	List<Line> page(Filter filter, int offset, int limit) {
		MapSqlParameterSource parameters = parameters(filter).addValue("offset", offset).addValue("limit", limit);
		return this.jdbc.query("select p.id, p.code, p.name, p.district_id, p.subdistrict_id, p.fiscal_year, s.status_group"
				+ WHERE + LACKS + " order by p.district_id, p.fiscal_year desc, p.code, p.id limit :limit offset :offset",
				parameters,
				(rs, i) -> new Line(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
						rs.getObject(5) == null ? null : rs.getLong(5), rs.getInt(6),
						rs.getString(7) == null ? null : StatusGroup.valueOf(rs.getString(7))));
	}

	List<DistrictCount> byDistrict(Filter filter) {
		return this.jdbc.query("select p.district_id, count(*), sum(case when not exists (select 1 from wf_document d"
				+ " where d.project_id = p.id and d.type_code = :type) then 1 else 0 end)" + WHERE
				+ " group by p.district_id order by p.district_id", parameters(filter),
				(rs, i) -> new DistrictCount(rs.getLong(1), rs.getLong(2), rs.getLong(3)));
	}

	private static MapSqlParameterSource parameters(Filter filter) {
		return new MapSqlParameterSource().addValue("districtIds", filter.districtIds())
			.addValue("type", filter.type())
			.addValue("districtId", filter.districtId(), java.sql.Types.BIGINT)
			.addValue("fiscalYear", filter.fiscalYear(), java.sql.Types.INTEGER)
			.addValue("statusGroup", filter.group() == null ? null : filter.group().name(), java.sql.Types.VARCHAR);
	}

}
