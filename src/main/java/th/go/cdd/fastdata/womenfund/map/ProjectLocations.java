package th.go.cdd.fastdata.womenfund.map;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.go.cdd.fastdata.audit.AuditLog;
import th.go.cdd.fastdata.organisation.CurrentUsers;
import th.go.cdd.fastdata.organisation.NotFoundInScope;
import th.go.cdd.fastdata.organisation.Scope;

/**
 * Where each project's debtor is found, and every location set before. A new location supersedes
 * the current one (kept as history) and, when it is the borrower's house, becomes her person
 * record's coordinates too, so the person page and the map agree. Every change and every view
 * of a history is audited under record type {@value #RECORD_TYPE} with the project's id.
 */
@Service("projectLocations")
public class ProjectLocations {

	static final String RECORD_TYPE = "ProjectLocation";

	static final int NOTE_LENGTH = 500;

	private final NamedParameterJdbcTemplate jdbc;

	private final CurrentUsers currentUsers;

	private final AuditLog audit;

	ProjectLocations(NamedParameterJdbcTemplate jdbc, CurrentUsers currentUsers, AuditLog audit) {
		this.jdbc = jdbc;
		this.currentUsers = currentUsers;
		this.audit = audit;
	}

	/** The project as the location pages head it: code, name, group. */
	public record ProjectHeading(long id, String code, String name, String groupName, long districtId) {
	}

	@Transactional(readOnly = true)
	public ProjectHeading project(Scope scope, long projectId) {
		return this.jdbc.query("""
				select id, code, name, group_name, district_id from wf_project
				where id = :id and district_id in (:districtIds)""",
				Map.of("id", projectId, "districtIds", scope.queryIds()),
				(rs, i) -> new ProjectHeading(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getLong(5)))
			.stream()
			.findFirst()
			.orElseThrow(NotFoundInScope::new);
	}

	/**
	 * The current location of a project of the signed-in user's scope, for the project page (whose
	 * opening is audited already); empty outside the scope or where none was set.
	 */
	@Transactional(readOnly = true)
	public Optional<ProjectLocation> current(long projectId) {
		return this.jdbc.query(SELECT + """
				 where l.project_id = :id and l.superseded_at is null
				   and exists (select 1 from wf_project p where p.id = l.project_id and p.district_id in (:districtIds))""",
				Map.of("id", projectId, "districtIds", this.currentUsers.scope().queryIds()), ProjectLocations::location)
			.stream()
			.findFirst();
	}

	/** Every location of the project, newest first; the view is audited (locations are personal data). */
	@Transactional
	public List<ProjectLocation> history(Scope scope, long projectId) {
		ProjectHeading project = project(scope, projectId);
		List<ProjectLocation> history = this.jdbc.query(SELECT + " where l.project_id = :id order by l.recorded_at desc, l.id desc",
				Map.of("id", projectId), ProjectLocations::location);
		this.audit.viewed(RECORD_TYPE, projectId,
				"เปิดดูประวัติตำแหน่งบ้านลูกหนี้ โครงการ " + project.code() + " (" + history.size() + " รายการ)");
		return history;
	}

	/**
	 * Sets the project's location: the current one becomes history. The project row is locked first,
	 * so two officers saving at once leave one current location, not two.
	 */
	@Transactional
	public ProjectLocation record(Scope scope, long projectId, Coordinates point, Integer accuracyMetres,
			LocationMethod method, String note, String username) {
		Long locked = this.jdbc.query("select id from wf_project where id = :id and district_id in (:districtIds) for update",
				Map.of("id", projectId, "districtIds", scope.queryIds()), (rs, i) -> rs.getLong(1))
			.stream()
			.findFirst()
			.orElseThrow(NotFoundInScope::new);
		return store(locked, point, accuracyMetres, method, note, username, Instant.now());
	}

	/** Stores a location of a project already checked against the scope and locked; the borrower's record follows. */
	ProjectLocation store(long projectId, Coordinates point, Integer accuracyMetres, LocationMethod method, String note,
			String username, Instant now) {
		return store(projectId, point, accuracyMetres, method, note, username, now, true);
	}

	/**
	 * Coordinates typed on a borrower's record become the current location of each project she is the
	 * borrower of (in the same transaction as the person's change; her record is not written again).
	 */
	@org.springframework.context.event.EventListener
	void on(th.go.cdd.fastdata.womenfund.project.PersonHomeMoved moved) {
		Coordinates point;
		try {
			point = new Coordinates(moved.latitude(), moved.longitude());
		}
		catch (Coordinates.OutsideThailand ex) {
			return;
		}
		List<Long> projects = this.jdbc.queryForList("""
				select m.project_id from wf_project_member m
				where m.person_id = :person and m.member_role = 'BORROWER'
				  and m.person_id = (select min(m2.person_id) from wf_project_member m2
				                     where m2.project_id = m.project_id and m2.member_role = 'BORROWER')
				order by m.project_id""", Map.of("person", moved.personId()), Long.class);
		Instant now = Instant.now();
		for (Long project : projects) {
			this.jdbc.query("select id from wf_project where id = :id for update", Map.of("id", project), rs -> {
			});
			store(project, point, null, LocationMethod.PERSON_RECORD, null, moved.movedBy(), now, false);
		}
	}

	private ProjectLocation store(long projectId, Coordinates point, Integer accuracyMetres, LocationMethod method,
			String note, String username, Instant now, boolean syncPerson) {
		String cleanNote = note == null || note.isBlank() ? null : note.strip();
		if (cleanNote != null && cleanNote.length() > NOTE_LENGTH) {
			cleanNote = cleanNote.substring(0, NOTE_LENGTH);
		}
		Optional<ProjectLocation> before = this.jdbc
			.query(SELECT + " where l.project_id = :id and l.superseded_at is null", Map.of("id", projectId),
					ProjectLocations::location)
			.stream()
			.findFirst();
		Long borrower = this.jdbc.query("""
				select min(person_id) from wf_project_member where project_id = :id and member_role = 'BORROWER'""",
				Map.of("id", projectId), (rs, i) -> {
					long id = rs.getLong(1);
					return rs.wasNull() ? null : id;
				}).stream().findFirst().orElse(null);
		Timestamp at = Timestamp.from(now);
		this.jdbc.update("update wf_project_location set superseded_at = :at where project_id = :id and superseded_at is null",
				new MapSqlParameterSource("at", at).addValue("id", projectId));
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.update("""
				insert into wf_project_location (project_id, person_id, latitude, longitude, accuracy_m, method, note,
				  recorded_at, recorded_by)
				values (:project, :person, :lat, :lon, :accuracy, :method, :note, :at, :by)""",
				new MapSqlParameterSource("project", projectId).addValue("person", borrower)
					.addValue("lat", point.latitude())
					.addValue("lon", point.longitude())
					.addValue("accuracy", accuracyMetres)
					.addValue("method", method.name())
					.addValue("note", cleanNote)
					.addValue("at", at)
					.addValue("by", username),
				key, new String[] { "id" });
		if (borrower != null && syncPerson) {
			// the borrower's record shows the same house as the map
			this.jdbc.update("""
					update wf_person set latitude = :lat, longitude = :lon, updated_at = :at, version = version + 1
					where id = :id""", new MapSqlParameterSource("lat", point.latitude()).addValue("lon", point.longitude())
				.addValue("at", at)
				.addValue("id", borrower));
		}
		ProjectLocation stored = new ProjectLocation(key.getKey().longValue(), projectId, borrower, point.latitude(),
				point.longitude(), accuracyMetres, method, cleanNote, now, username, null);
		String after = state(stored);
		if (before.isPresent()) {
			this.audit.updated(RECORD_TYPE, projectId, "เปลี่ยนตำแหน่งบ้านลูกหนี้ (" + method.label() + ")",
					state(before.get()), after);
		}
		else {
			this.audit.created(RECORD_TYPE, projectId, "ระบุตำแหน่งบ้านลูกหนี้ (" + method.label() + ")", after);
		}
		return stored;
	}

	private static String state(ProjectLocation location) {
		return "latitude=" + location.latitude().toPlainString() + "; longitude=" + location.longitude().toPlainString()
				+ "; accuracy=" + location.accuracyMetres() + "; method=" + location.method() + "; note="
				+ location.note();
	}

	private static final String SELECT = """
			select l.id, l.project_id, l.person_id, l.latitude, l.longitude, l.accuracy_m, l.method, l.note,
			  l.recorded_at, l.recorded_by, l.superseded_at
			from wf_project_location l
			""";

	private static ProjectLocation location(ResultSet rs, int row) throws SQLException {
		long person = rs.getLong(3);
		Long personId = rs.wasNull() ? null : person;
		int accuracy = rs.getInt(6);
		Integer accuracyMetres = rs.wasNull() ? null : accuracy;
		Timestamp superseded = rs.getTimestamp(11);
		return new ProjectLocation(rs.getLong(1), rs.getLong(2), personId, rs.getBigDecimal(4), rs.getBigDecimal(5),
				accuracyMetres, LocationMethod.valueOf(rs.getString(7)), rs.getString(8),
				rs.getTimestamp(9).toInstant(), rs.getString(10), superseded == null ? null : superseded.toInstant());
	}

}
