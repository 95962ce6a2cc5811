package th.go.cdd.fastdata.womenfund.mediation;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** The courts of a province (ศาล): data, so any province adds its own Kwaeng court. */
@Repository
public class Courts {

	public record Court(Long id, Long provinceId, String name, String address) {
	}

	private final JdbcTemplate jdbc;

	Courts(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public List<Court> ofProvince(Long provinceId) {
		return this.jdbc.query("select id, province_id, name_th, address from wf_court where province_id = ? and active"
				+ " order by name_th", (rs, n) -> new Court(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)),
				provinceId);
	}

	public Optional<Court> find(Long id) {
		return this.jdbc.query("select id, province_id, name_th, address from wf_court where id = ?",
				(rs, n) -> new Court(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)), id)
			.stream()
			.findFirst();
	}

	/** The names of these courts by id, in one query (a national list holds cases of every province's court). */
	public Map<Long, String> names(Collection<Long> ids) {
		Map<Long, String> names = new HashMap<>();
		if (!ids.isEmpty()) {
			new NamedParameterJdbcTemplate(this.jdbc).query("select id, name_th from wf_court where id in (:ids)",
					Map.of("ids", ids), rs -> {
						names.put(rs.getLong(1), rs.getString(2));
					});
		}
		return names;
	}

	public boolean exists(Long provinceId, String name) {
		return this.jdbc.queryForObject("select count(*) from wf_court where province_id = ? and name_th = ?", Long.class,
				provinceId, name) > 0;
	}

	public void add(Long provinceId, String name, String address) {
		this.jdbc.update("insert into wf_court (province_id, name_th, address) values (?, ?, ?)", provinceId, name, address);
	}

}
