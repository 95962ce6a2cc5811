package th.go.cdd.fastdata.notify;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * One message to send (ข้อความแจ้งเตือน): a topic, whom it concerns, a short Thai text and a link
 * to a page of Fast Data. Publish it with {@link Notifications#publish(Notice)} or as an
 * application event, inside the transaction of the change it reports.
 * <p>
 * It is refused on creation if its text holds anything like a 13-digit national ID: messages leave
 * the office's network (LINE, e-mail), so they say what happened and link to the page that shows
 * the person, to those allowed to see her. Amounts are left out for the same reason.
 *
 * @param districtId the district it is about: its officers and its LINE groups receive it; null for none
 * @param usernames users addressed by name (e.g. the one who uploaded an import), may be empty
 * @param text at most 400 characters of Thai text
 * @param link a path inside Fast Data such as {@code /womenfund/warnings}, or null; the configured
 * base address is put in front of it
 * @param dedupKey the same key twice is one message (a daily job run on two instances), or null
 */
public record Notice(Topic topic, Long districtId, Set<String> usernames, String text, String link, String dedupKey) {

	/** 13 digits in a row, or written with spaces or dashes (1-2345-67890-12-3). */
	private static final Pattern NATIONAL_ID = Pattern.compile("(?<!\\d)\\d(?:[\\s-]?\\d){12}(?!\\d)");

	public Notice {
		if (topic == null) {
			throw new IllegalArgumentException("A notice needs a topic");
		}
		usernames = usernames == null ? Set.of() : Set.copyOf(usernames);
		if (text == null || text.isBlank() || text.length() > 400) {
			throw new IllegalArgumentException("A notice needs a text of 1 to 400 characters");
		}
		if (NATIONAL_ID.matcher(text).find()) {
			throw new IllegalArgumentException("A notice must not carry a national ID (13 digits)");
		}
		if (link != null && (!link.startsWith("/") || link.startsWith("//") || link.length() > 300)) {
			throw new IllegalArgumentException("A notice links to a path inside Fast Data, such as /womenfund/warnings");
		}
	}

	/** A message about a district, for its officers and LINE groups. */
	public static Notice toDistrict(Topic topic, Long districtId, String text, String link) {
		return new Notice(topic, districtId, Set.of(), text, link, null);
	}

	/** A message for users named. */
	public static Notice toUsers(Topic topic, Set<String> usernames, String text, String link) {
		return new Notice(topic, null, usernames, text, link, null);
	}

	/** The same notice, sent once however often it is published with this key. */
	public Notice once(String key) {
		return new Notice(this.topic, this.districtId, this.usernames, this.text, this.link, key);
	}

}
