package th.go.cdd.fastdata.notify;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * {@code notify_message}, {@code notify_delivery} and {@code notify_attempt}: the messages, who
 * receives each on which channel with its retries, and every attempt.
 */
@Component
class Outbox {

	/** A message as stored. */
	record Message(long id, Topic topic, Long districtId, Set<String> usernames, String text, String link,
			Instant createdAt, boolean expanded) {
	}

	/** A delivery due for an attempt, with what to send. */
	record Due(long id, Channel channel, String target, String retryKey, int tries, Instant nextAttemptAt,
			Topic topic, String text, String link) {
	}

	/** A delivery as the log shows it. */
	record DeliveryLine(long id, long messageId, Channel channel, String target, String targetLabel, String state,
			int tries, Instant nextAttemptAt, String lastError, Instant sentAt) {

		public String stateLabel() {
			return switch (this.state) {
				case "SENT" -> "ส่งแล้ว";
				case "GAVE_UP" -> "ส่งไม่สำเร็จ (หยุดลองแล้ว)";
				default -> this.tries == 0 ? "รอส่ง" : "รอส่งใหม่";
			};
		}

		public boolean retryable() {
			return "GAVE_UP".equals(this.state) || ("PENDING".equals(this.state) && this.tries > 0);
		}

	}

	/** One attempt of a delivery. */
	record Attempt(long deliveryId, Instant attemptedAt, Channel channel, String target, boolean succeeded,
			String error) {
	}

	static final String PENDING = "PENDING";

	static final String SENT = "SENT";

	static final String GAVE_UP = "GAVE_UP";

	private final JdbcClient jdbc;

	Outbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Adds a message; a message with a key already stored is not added again (answers -1). */
	long add(Notice notice) {
		if (notice.dedupKey() != null && this.jdbc.sql("select count(*) from notify_message where dedup_key = ?")
			.param(notice.dedupKey())
			.query(Long.class)
			.single() > 0) {
			return -1;
		}
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("insert into notify_message (topic, district_id, usernames, text, link, dedup_key, created_at)"
				+ " values (?, ?, ?, ?, ?, ?, ?)")
			.params(notice.topic().name(), notice.districtId(),
					notice.usernames().isEmpty() ? null : String.join(",", notice.usernames().stream().sorted().toList()),
					notice.text(), notice.link(), notice.dedupKey(), utc(Instant.now()))
			.update(key, "id");
		return key.getKey().longValue();
	}

	List<Message> unexpanded(int limit) {
		return this.jdbc.sql("select id, topic, district_id, usernames, text, link, created_at, expanded_at from notify_message"
				+ " where expanded_at is null order by id limit ?").param(limit).query(Outbox::message).list();
	}

	/** Marks a message worked out, if no other instance did first; answers whether this one did. */
	boolean claimExpansion(long messageId) {
		return this.jdbc.sql("update notify_message set expanded_at = ? where id = ? and expanded_at is null")
			.params(utc(Instant.now()), messageId)
			.update() == 1;
	}

	void addDelivery(long messageId, Channel channel, String target, String targetLabel) {
		Instant now = Instant.now();
		this.jdbc.sql("insert into notify_delivery (message_id, channel, target, target_label, state, tries,"
				+ " next_attempt_at, retry_key, created_at) values (?, ?, ?, ?, ?, 0, ?, ?, ?)")
			.params(messageId, channel.name(), target, targetLabel, PENDING, utc(now), UUID.randomUUID().toString(),
					utc(now))
			.update();
	}

	/** Deliveries on these channels whose next attempt is due. */
	List<Due> due(List<Channel> channels, Instant now, int limit) {
		if (channels.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("select d.id, d.channel, d.target, d.retry_key, d.tries, d.next_attempt_at, m.topic, m.text,"
				+ " m.link from notify_delivery d join notify_message m on m.id = d.message_id"
				+ " where d.state = :pending and d.next_attempt_at <= :now and d.channel in (:channels)"
				+ " order by d.next_attempt_at, d.id limit :limit")
			.param("pending", PENDING)
			.param("now", utc(now))
			.param("channels", channels.stream().map(Channel::name).toList())
			.param("limit", limit)
			.query((rs, i) -> new Due(rs.getLong(1), Channel.valueOf(rs.getString(2)), rs.getString(3),
					rs.getString(4), rs.getInt(5), instant(rs, 6), Topic.valueOf(rs.getString(7)), rs.getString(8),
					rs.getString(9)))
			.list();
	}

	/**
	 * Takes a delivery for one attempt by moving its next attempt to after the lease, if it is still
	 * as read: with several instances only one sends it, and a crash mid-send retries after the lease.
	 */
	boolean claim(Due due, Instant leaseUntil) {
		return this.jdbc.sql("update notify_delivery set next_attempt_at = ? where id = ? and state = ?"
				+ " and next_attempt_at = ?")
			.params(utc(leaseUntil), due.id(), PENDING, utc(due.nextAttemptAt()))
			.update() == 1;
	}

	void succeeded(Due due) {
		Instant now = Instant.now();
		attempt(due, now, true, null);
		this.jdbc.sql("update notify_delivery set state = ?, tries = ?, sent_at = ?, last_error = null where id = ?")
			.params(SENT, due.tries() + 1, utc(now), due.id())
			.update();
	}

	/** Records a failed attempt; the delivery waits until {@code retryAt}, or gives up if that is null. */
	void failed(Due due, String error, Instant retryAt) {
		Instant now = Instant.now();
		String shortError = error == null ? "ไม่ทราบสาเหตุ" : error.length() > 500 ? error.substring(0, 500) : error;
		attempt(due, now, false, shortError);
		this.jdbc.sql("update notify_delivery set state = ?, tries = ?, next_attempt_at = ?, last_error = ? where id = ?")
			.params(retryAt == null ? GAVE_UP : PENDING, due.tries() + 1, utc(retryAt == null ? now : retryAt),
					shortError, due.id())
			.update();
	}

	private void attempt(Due due, Instant at, boolean succeeded, String error) {
		this.jdbc.sql("insert into notify_attempt (delivery_id, attempted_at, channel, target, succeeded, error)"
				+ " values (?, ?, ?, ?, ?, ?)")
			.params(due.id(), utc(at), due.channel().name(), due.target(), succeeded, error)
			.update();
	}

	/** An administrator's "send again now": a new round of attempts for a failed delivery. */
	boolean retryNow(long deliveryId) {
		return this.jdbc.sql("update notify_delivery set state = ?, tries = 0, next_attempt_at = ? where id = ?"
				+ " and (state = ? or (state = ? and tries > 0))")
			.params(PENDING, utc(Instant.now()), deliveryId, GAVE_UP, PENDING)
			.update() == 1;
	}

	/** The latest messages, newest first; with {@code failedOnly} those with a delivery that failed. */
	List<Message> latest(boolean failedOnly, int offset, int limit) {
		String where = failedOnly ? " where exists (select 1 from notify_delivery d where d.message_id = m.id"
				+ " and (d.state = 'GAVE_UP' or (d.state = 'PENDING' and d.tries > 0)))" : "";
		return this.jdbc.sql("select id, topic, district_id, usernames, text, link, created_at, expanded_at from notify_message m"
				+ where + " order by id desc limit ? offset ?").params(limit, offset).query(Outbox::message).list();
	}

	List<DeliveryLine> deliveriesOf(List<Long> messageIds) {
		if (messageIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("select id, message_id, channel, target, target_label, state, tries, next_attempt_at,"
				+ " last_error, sent_at from notify_delivery where message_id in (:ids) order by id")
			.param("ids", messageIds)
			.query((rs, i) -> new DeliveryLine(rs.getLong(1), rs.getLong(2), Channel.valueOf(rs.getString(3)),
					rs.getString(4), rs.getString(5), rs.getString(6), rs.getInt(7), instant(rs, 8), rs.getString(9),
					instant(rs, 10)))
			.list();
	}

	List<Attempt> attemptsOf(List<Long> deliveryIds) {
		if (deliveryIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("select delivery_id, attempted_at, channel, target, succeeded, error from notify_attempt"
				+ " where delivery_id in (:ids) order by id")
			.param("ids", deliveryIds)
			.query((rs, i) -> new Attempt(rs.getLong(1), instant(rs, 2), Channel.valueOf(rs.getString(3)),
					rs.getString(4), rs.getBoolean(5), rs.getString(6)))
			.list();
	}

	private static Message message(ResultSet rs, int row) throws SQLException {
		String names = rs.getString(4);
		Set<String> usernames = names == null ? Set.of()
				: Arrays.stream(names.split(",")).filter(n -> !n.isBlank()).collect(Collectors.toUnmodifiableSet());
		long district = rs.getLong(3);
		return new Message(rs.getLong(1), Topic.valueOf(rs.getString(2)), rs.wasNull() ? null : district, usernames,
				rs.getString(5), rs.getString(6), instant(rs, 7), rs.getObject(8) != null);
	}

	static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	static Instant instant(ResultSet rs, int column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

}
