package th.go.cdd.fastdata.womenfund.lmimport;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/** {@code wf_import} and {@code wf_import_problem}: the imports, their state, counts and kept problems. */
@Component
class ImportStore {

	private static final String COLUMNS = "id, kind, file_name, sha256, size_bytes, uploaded_by, uploaded_at, state,"
			+ " total_rows, processed_rows, new_count, changed_count, unchanged_count, problem_count, problem_summary,"
			+ " failure, applied_at, mapping_name, column_headers";

	private final JdbcTemplate jdbc;

	ImportStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** @param mapping the mapping the file is read with, kept with the import; null for the template's headers */
	long create(ImportKind kind, String fileName, String sha256, long size, String username, int totalRows,
			ColumnMapping mapping) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.update(connection -> {
			PreparedStatement statement = connection.prepareStatement("insert into wf_import (kind, file_name, sha256,"
					+ " size_bytes, uploaded_by, uploaded_at, state, total_rows, mapping_name, column_headers, heartbeat_at)"
					+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
					new String[] { "id" });
			statement.setString(1, kind.name());
			statement.setString(2, fileName);
			statement.setString(3, sha256);
			statement.setLong(4, size);
			statement.setString(5, username);
			statement.setObject(6, now(), Types.TIMESTAMP_WITH_TIMEZONE);
			statement.setString(7, ImportState.PREVIEWING.name());
			statement.setInt(8, totalRows);
			// an unnamed mapping (made on the mapping screen and not saved) is shown as such
			statement.setString(9, mapping == null ? null : mapping.name() == null ? "ไม่ได้บันทึกชื่อ" : mapping.name());
			statement.setString(10, mapping == null ? null : mapping.encoded());
			statement.setObject(11, now(), Types.TIMESTAMP_WITH_TIMEZONE);
			return statement;
		}, key);
		return key.getKey().longValue();
	}

	Optional<LmImport> find(long id) {
		return this.jdbc.query("select " + COLUMNS + " from wf_import where id = ?", ImportStore::map, id).stream().findFirst();
	}

	/** The latest imports, all of them or those one user uploaded. */
	List<LmImport> latest(String uploadedBy, int limit) {
		return uploadedBy == null
				? this.jdbc.query("select " + COLUMNS + " from wf_import order by id desc limit ?", ImportStore::map, limit)
				: this.jdbc.query("select " + COLUMNS + " from wf_import where uploaded_by = ? order by id desc limit ?",
						ImportStore::map, uploadedBy, limit);
	}

	List<ImportProblem> problems(long id) {
		return this.jdbc.query("select row_no, column_name, cell_value, message from wf_import_problem"
				+ " where import_id = ? order by row_no, id", (rs, i) -> new ImportProblem(rs.getInt(1), rs.getString(2),
						rs.getString(3), rs.getString(4)), id);
	}

	/** Stores a finished check: the counts, the kept problems (replacing earlier ones) and the state. */
	void previewed(long id, ImportCounts counts, ImportProblems problems) {
		this.jdbc.update("delete from wf_import_problem where import_id = ?", id);
		this.jdbc.batchUpdate("insert into wf_import_problem (import_id, row_no, column_name, cell_value, message)"
				+ " values (?, ?, ?, ?, ?)", problems.kept().stream()
					.map(p -> new Object[] { id, p.row(), p.column(), p.value(), p.message() })
					.toList(), new int[] { Types.BIGINT, Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR });
		this.jdbc.update("update wf_import set state = ?, processed_rows = total_rows, new_count = ?, changed_count = ?,"
				+ " unchanged_count = ?, problem_count = ?, problem_summary = ? where id = ?", ImportState.PREVIEWED.name(),
				counts.added(), counts.changed(), counts.unchanged(), problems.total(), problems.summary(), id);
	}

	/** Moves a clean preview to APPLYING; false when it is not one (already applying, applied, or with problems). */
	boolean startApplying(long id) {
		return this.jdbc.update("update wf_import set state = ?, processed_rows = 0, failure = null, heartbeat_at = ?"
				+ " where id = ? and state = ? and problem_count = 0", ImportState.APPLYING.name(), now(), id,
				ImportState.PREVIEWED.name()) == 1;
	}

	void applied(long id, ImportCounts counts) {
		this.jdbc.update("update wf_import set state = ?, processed_rows = total_rows, new_count = ?, changed_count = ?,"
				+ " unchanged_count = ?, applied_at = ? where id = ?", ImportState.APPLIED.name(), counts.added(),
				counts.changed(), counts.unchanged(), now(), id);
	}

	/** Whether the import's projects are still to be classified after it committed (see V39). */
	void classifyPending(long id, boolean pending) {
		this.jdbc.update("update wf_import set classify_pending = ? where id = ?", pending, id);
	}

	/** Applied imports whose classification after commit a restart cut short. */
	List<LmImport> classificationPending() {
		return this.jdbc.query("select " + COLUMNS + " from wf_import where classify_pending = ? order by id",
				ImportStore::map, true);
	}

	void progress(long id, int processed) {
		this.jdbc.update("update wf_import set processed_rows = ?, heartbeat_at = ? where id = ?", processed, now(), id);
	}

	/**
	 * Imports left running with no sign of life since {@code silentSince}: a restart ended the
	 * worker. An interrupted apply wrote nothing (one transaction), so it goes back to its clean
	 * preview and may be applied again; an interrupted check ends, to be uploaded again.
	 * @return how many were recovered
	 */
	int recoverInterrupted(OffsetDateTime silentSince) {
		int applies = this.jdbc.update("update wf_import set state = ?, failure = ? where state = ?"
				+ " and (heartbeat_at is null or heartbeat_at < ?)", ImportState.PREVIEWED.name(),
				"การนำเข้าครั้งก่อนถูกขัดจังหวะเพราะระบบเริ่มทำงานใหม่ ไม่มีข้อมูลใดถูกบันทึก กด \"นำเข้า\" อีกครั้งได้",
				ImportState.APPLYING.name(), silentSince);
		int checks = this.jdbc.update("update wf_import set state = ?, failure = ? where state = ?"
				+ " and (heartbeat_at is null or heartbeat_at < ?)", ImportState.FAILED.name(),
				"การตรวจสอบไฟล์ถูกขัดจังหวะเพราะระบบเริ่มทำงานใหม่ กรุณาอัปโหลดไฟล์อีกครั้ง (ไฟล์เดิมยังเก็บไว้)",
				ImportState.PREVIEWING.name(), silentSince);
		return applies + checks;
	}

	void failed(long id, String message) {
		this.jdbc.update("update wf_import set state = ?, failure = ? where id = ?", ImportState.FAILED.name(), message, id);
	}

	private static OffsetDateTime now() {
		return Instant.now().atOffset(ZoneOffset.UTC);
	}

	private static LmImport map(ResultSet rs, int row) throws SQLException {
		OffsetDateTime applied = rs.getObject(17, OffsetDateTime.class);
		return new LmImport(rs.getLong(1), ImportKind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
				rs.getLong(5), rs.getString(6), rs.getObject(7, OffsetDateTime.class).toInstant(),
				ImportState.valueOf(rs.getString(8)), rs.getInt(9), rs.getInt(10),
				new ImportCounts(rs.getInt(11), rs.getInt(12), rs.getInt(13)), rs.getInt(14), rs.getString(15),
				rs.getString(16), applied == null ? null : applied.toInstant(), rs.getString(18), rs.getString(19));
	}

}
