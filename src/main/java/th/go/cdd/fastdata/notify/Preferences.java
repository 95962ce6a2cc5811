package th.go.cdd.fastdata.notify;

import java.util.EnumMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import th.go.cdd.fastdata.organisation.Role;

/** {@code notify_preference}: what each user chose to receive; without a choice, her role's default. */
@Component
class Preferences {

	private final JdbcClient jdbc;

	Preferences(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Her choices, the defaults of her role filled in: topic → channel → on. */
	Map<Topic, Map<Channel, Boolean>> of(Long userId, Role role) {
		Map<Topic, Map<Channel, Boolean>> choices = new EnumMap<>(Topic.class);
		for (Topic topic : Topic.values()) {
			Map<Channel, Boolean> channels = new EnumMap<>(Channel.class);
			for (Channel channel : Channel.values()) {
				channels.put(channel, topic.onByDefaultFor(role));
			}
			choices.put(topic, channels);
		}
		this.jdbc.sql("select topic, channel, enabled from notify_preference where user_id = ?")
			.param(userId)
			.query(rs -> {
				choices.get(Topic.valueOf(rs.getString(1))).put(Channel.valueOf(rs.getString(2)), rs.getBoolean(3));
			});
		return choices;
	}

	boolean wants(Long userId, Role role, Topic topic, Channel channel) {
		return this.jdbc.sql("select enabled from notify_preference where user_id = ? and topic = ? and channel = ?")
			.params(userId, topic.name(), channel.name())
			.query(Boolean.class)
			.optional()
			.orElse(topic.onByDefaultFor(role));
	}

	/** Stores every choice of the page at once. */
	@Transactional
	void save(Long userId, Map<Topic, Map<Channel, Boolean>> choices) {
		this.jdbc.sql("delete from notify_preference where user_id = ?").param(userId).update();
		choices.forEach((topic, channels) -> channels.forEach((channel, on) -> this.jdbc
			.sql("insert into notify_preference (user_id, topic, channel, enabled) values (?, ?, ?, ?)")
			.params(userId, topic.name(), channel.name(), on)
			.update()));
	}

}
