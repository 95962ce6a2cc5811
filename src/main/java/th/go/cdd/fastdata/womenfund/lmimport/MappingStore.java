package th.go.cdd.fastdata.womenfund.lmimport;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * {@code wf_import_mapping} and its columns. Every read names the province, so a mapping of
 * another province is never found.
 */
@Component
class MappingStore {

	private static final String COLUMNS = "id, name, kind, updated_by, updated_at";

	private final JdbcTemplate jdbc;

	MappingStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	List<ColumnMapping> list(long provinceId) {
		Map<Long, Map<String, String>> headers = new HashMap<>();
		this.jdbc.query("select c.mapping_id, c.column_key, c.header from wf_import_mapping_column c"
				+ " join wf_import_mapping m on m.id = c.mapping_id where m.province_id = ?", rs -> {
					headers.computeIfAbsent(rs.getLong(1), id -> new LinkedHashMap<>()).put(rs.getString(2), rs.getString(3));
				}, provinceId);
		List<ColumnMapping> mappings = new ArrayList<>();
		this.jdbc.query("select " + COLUMNS + " from wf_import_mapping where province_id = ? order by kind, name",
				rs -> {
					mappings.add(map(rs, headers.getOrDefault(rs.getLong(1), Map.of())));
				}, provinceId);
		return mappings;
	}

	Optional<ColumnMapping> find(long provinceId, long id) {
		return one("id = ?", provinceId, id);
	}

	/** By name, Latin letters in any case (names are kept unique that way). */
	Optional<ColumnMapping> findByName(long provinceId, String name) {
		return one("lower(name) = lower(?)", provinceId, name);
	}

	long insert(long provinceId, ColumnMapping mapping, String username) {
		KeyHolder key = new GeneratedKeyHolder();
		OffsetDateTime now = now();
		this.jdbc.update(connection -> {
			PreparedStatement statement = connection.prepareStatement("insert into wf_import_mapping (province_id, name,"
					+ " kind, created_by, created_at, updated_by, updated_at) values (?, ?, ?, ?, ?, ?, ?)",
					new String[] { "id" });
			statement.setLong(1, provinceId);
			statement.setString(2, mapping.name());
			statement.setString(3, mapping.kind().name());
			statement.setString(4, username);
			statement.setObject(5, now, Types.TIMESTAMP_WITH_TIMEZONE);
			statement.setString(6, username);
			statement.setObject(7, now, Types.TIMESTAMP_WITH_TIMEZONE);
			return statement;
		}, key);
		long id = key.getKey().longValue();
		insertColumns(id, mapping);
		return id;
	}

	void update(long id, ColumnMapping mapping, String username) {
		this.jdbc.update("update wf_import_mapping set name = ?, updated_by = ?, updated_at = ? where id = ?",
				mapping.name(), username, now(), id);
		this.jdbc.update("delete from wf_import_mapping_column where mapping_id = ?", id);
		insertColumns(id, mapping);
	}

	void delete(long id) {
		this.jdbc.update("delete from wf_import_mapping where id = ?", id);
	}

	private void insertColumns(long id, ColumnMapping mapping) {
		this.jdbc.batchUpdate("insert into wf_import_mapping_column (mapping_id, column_key, header) values (?, ?, ?)",
				mapping.headers().entrySet().stream().map(e -> new Object[] { id, e.getKey(), e.getValue() }).toList());
	}

	private Optional<ColumnMapping> one(String condition, long provinceId, Object value) {
		List<Long> ids = this.jdbc.queryForList("select id from wf_import_mapping where province_id = ? and " + condition,
				Long.class, provinceId, value);
		if (ids.isEmpty()) {
			return Optional.empty();
		}
		Map<String, String> headers = new LinkedHashMap<>();
		this.jdbc.query("select column_key, header from wf_import_mapping_column where mapping_id = ?",
				rs -> {
					headers.put(rs.getString(1), rs.getString(2));
				}, ids.get(0));
		return this.jdbc.query("select " + COLUMNS + " from wf_import_mapping where id = ?", (rs, i) -> map(rs, headers),
				ids.get(0)).stream().findFirst();
	}

	private static ColumnMapping map(ResultSet rs, Map<String, String> headers) throws SQLException {
		return new ColumnMapping(rs.getLong(1), rs.getString(2), ImportKind.valueOf(rs.getString(3)), headers,
				rs.getString(4), rs.getObject(5, OffsetDateTime.class).toInstant());
	}

	private static OffsetDateTime now() {
		return Instant.now().atOffset(ZoneOffset.UTC);
	}

}
