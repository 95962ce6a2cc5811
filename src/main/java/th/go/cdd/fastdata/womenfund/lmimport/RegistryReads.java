package th.go.cdd.fastdata.womenfund.lmimport;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the registry already holds for the keys of a file, read in chunks of {@value #CHUNK}
 * keys per query (an {@code in} list of 10,000 is slow to plan and some drivers refuse it).
 */
@Component
class RegistryReads {

	static final int CHUNK = 1_000;

	/** A project as the installment and payment files need it. */
	record ProjectRef(long id, long districtId, Long contractId, LocalDate signedOn) {
	}

	private final NamedParameterJdbcTemplate jdbc;

	RegistryReads(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The projects with these codes, with their contract if any: one statement, the codes bound as one
	 * array (PostgreSQL and H2 both read {@code = any(?)} by the index), not a statement per chunk of them.
	 */
	Map<String, ProjectRef> projects(Collection<String> codes) {
		return projects(codes, """
				select p.code, p.id, p.district_id, c.id, c.signed_on
				from wf_project p left join wf_contract c on c.project_id = p.id
				where p.code = any(?)""");
	}

	/** The projects with these codes, without their contracts (null), as payments need them. */
	Map<String, ProjectRef> projectsWithoutContracts(Collection<String> codes) {
		return projects(codes, "select p.code, p.id, p.district_id, null, null from wf_project p where p.code = any(?)");
	}

	private Map<String, ProjectRef> projects(Collection<String> codes, String sql) {
		Map<String, ProjectRef> projects = new HashMap<>();
		if (codes.isEmpty()) {
			return projects;
		}
		this.jdbc.getJdbcTemplate().query(connection -> {
			PreparedStatement select = connection.prepareStatement(sql);
			select.setArray(1, connection.createArrayOf("varchar", codes.toArray()));
			return select;
		}, (RowCallbackHandler) rs -> projects.put(rs.getString(1), new ProjectRef(rs.getLong(2), rs.getLong(3),
				longOrNull(rs, 4), rs.getObject(5, LocalDate.class))));
		return projects;
	}

	/** Runs {@code sql} with {@code :keys} bound to each chunk of the keys. */
	void query(String sql, Collection<?> keys, RowCallbackHandler handler) {
		inChunks(keys, chunk -> this.jdbc.query(sql, Map.of("keys", chunk), handler));
	}

	static <T> void inChunks(Collection<T> values, Consumer<List<T>> action) {
		List<T> all = new ArrayList<>(values);
		for (int from = 0; from < all.size(); from += CHUNK) {
			action.accept(all.subList(from, Math.min(all.size(), from + CHUNK)));
		}
	}

	static Long longOrNull(ResultSet rs, int column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

}
