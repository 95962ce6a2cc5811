package th.go.cdd.fastdata.womenfund.mediation;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The checklist of "Finished Within 2 Days" (Appendix 29) and what of it is done for a case. */
@Repository
class MediationTasks {

	record Task(String code, int day, String path, String actor, String label, String source) {

		boolean on(MediationPath casePath) {
			return "BOTH".equals(this.path) || casePath.name().equals(this.path);
		}

	}

	record Done(String doneBy, Instant doneAt, String note) {
	}

	private final JdbcTemplate jdbc;

	MediationTasks(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	List<Task> of(MediationPath path) {
		return this.jdbc
			.query("select code, on_day, path, actor_th, label_th, source from wf_mediation_task order by on_day, position",
					(rs, n) -> new Task(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
							rs.getString(6)))
			.stream()
			.filter(t -> t.on(path))
			.toList();
	}

	Map<String, Done> doneFor(Long caseId) {
		Map<String, Done> done = new HashMap<>();
		this.jdbc.query("select task, done_by, done_at, note from wf_mediation_task_done where case_id = ?",
				(rs, n) -> done.put(rs.getString(1),
						new Done(rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getString(4))),
				caseId);
		return done;
	}

	void markDone(Long caseId, String task, String username, String note) {
		this.jdbc.update("insert into wf_mediation_task_done (case_id, task, done_by, done_at, note) values (?, ?, ?, ?, ?)",
				caseId, task, username, java.sql.Timestamp.from(Instant.now()), note);
	}

	void undo(Long caseId, String task) {
		this.jdbc.update("delete from wf_mediation_task_done where case_id = ? and task = ?", caseId, task);
	}

}
