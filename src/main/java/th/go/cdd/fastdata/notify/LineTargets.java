package th.go.cdd.fastdata.notify;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@code notify_line_target}: the LINE groups and users an administrator registered. */
@Component
class LineTargets {

	/**
	 * A LINE group or user. Linked to a user account ({@code userId}) it follows her choices;
	 * otherwise it receives {@code topics}, for one district or, with none, for all.
	 */
	record LineTarget(long id, String lineId, String label, Long userId, Long districtId, Set<Topic> topics,
			boolean enabled) {

		public boolean receives(Topic topic) {
			return this.topics.contains(topic);
		}

	}

	private final JdbcClient jdbc;

	LineTargets(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<LineTarget> all() {
		return this.jdbc.sql("select id, line_id, label, user_id, district_id, topics, enabled from notify_line_target"
				+ " order by label, id").query((rs, i) -> {
					long user = rs.getLong(4);
					Long userId = rs.wasNull() ? null : user;
					long district = rs.getLong(5);
					Long districtId = rs.wasNull() ? null : district;
					return new LineTarget(rs.getLong(1), rs.getString(2), rs.getString(3), userId, districtId,
							topics(rs.getString(6)), rs.getBoolean(7));
				}).list();
	}

	List<LineTarget> enabled() {
		return all().stream().filter(LineTarget::enabled).toList();
	}

	Optional<LineTarget> find(long id) {
		return all().stream().filter(t -> t.id() == id).findFirst();
	}

	Optional<LineTarget> ofUser(Long userId) {
		return enabled().stream().filter(t -> userId.equals(t.userId())).findFirst();
	}

	boolean lineIdTaken(String lineId) {
		return this.jdbc.sql("select count(*) from notify_line_target where line_id = ?")
			.param(lineId)
			.query(Long.class)
			.single() > 0;
	}

	void add(String lineId, String label, Long userId, Long districtId, Set<Topic> topics) {
		this.jdbc.sql("insert into notify_line_target (line_id, label, user_id, district_id, topics, enabled, created_at)"
				+ " values (?, ?, ?, ?, ?, true, ?)")
			.params(lineId, label, userId, districtId,
					topics.stream().map(Topic::name).sorted().collect(Collectors.joining(",")),
					Outbox.utc(Instant.now()))
			.update();
	}

	void setEnabled(long id, boolean enabled) {
		this.jdbc.sql("update notify_line_target set enabled = ? where id = ?").params(enabled, id).update();
	}

	private static Set<Topic> topics(String names) {
		Set<Topic> topics = EnumSet.noneOf(Topic.class);
		Arrays.stream(names.split(",")).filter(n -> !n.isBlank()).forEach(n -> topics.add(Topic.valueOf(n)));
		return topics;
	}

}
