package th.go.cdd.fastdata.notify;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import th.go.cdd.fastdata.organisation.UserContacts;
import th.go.cdd.fastdata.organisation.UserContacts.UserContact;

/**
 * Who receives a message on which channel: the users of its district and those named, each as
 * she chose (e-mail to her address, LINE to the LINE user linked to her account), and the LINE
 * groups registered for its topic and district. Only channels that are switched on.
 */
@Component
class Recipients {

	record Recipient(Channel channel, String target, String label) {
	}

	private final UserContacts contacts;

	private final Preferences preferences;

	private final LineTargets lineTargets;

	Recipients(UserContacts contacts, Preferences preferences, LineTargets lineTargets) {
		this.contacts = contacts;
		this.preferences = preferences;
		this.lineTargets = lineTargets;
	}

	List<Recipient> of(Outbox.Message message, boolean mailOn, boolean lineOn) {
		Map<Long, UserContact> users = new LinkedHashMap<>();
		if (message.districtId() != null) {
			this.contacts.coveringDistrict(message.districtId()).forEach(u -> users.put(u.id(), u));
		}
		this.contacts.named(message.usernames()).forEach(u -> users.put(u.id(), u));
		List<LineTargets.LineTarget> targets = lineOn ? this.lineTargets.enabled() : List.of();

		// one delivery per channel and address, however many reasons there are to send it
		Map<String, Recipient> recipients = new LinkedHashMap<>();
		for (UserContact user : users.values()) {
			if (mailOn && user.email() != null
					&& this.preferences.wants(user.id(), user.role(), message.topic(), Channel.EMAIL)) {
				add(recipients, new Recipient(Channel.EMAIL, user.email(), user.displayName()));
			}
			if (lineOn && this.preferences.wants(user.id(), user.role(), message.topic(), Channel.LINE)) {
				targets.stream()
					.filter(t -> user.id().equals(t.userId()))
					.forEach(t -> add(recipients, new Recipient(Channel.LINE, t.lineId(), t.label())));
			}
		}
		targets.stream()
			.filter(t -> t.userId() == null && t.receives(message.topic()))
			.filter(t -> t.districtId() == null || t.districtId().equals(message.districtId()))
			.forEach(t -> add(recipients, new Recipient(Channel.LINE, t.lineId(), t.label())));
		return List.copyOf(recipients.values());
	}

	private static void add(Map<String, Recipient> recipients, Recipient recipient) {
		recipients.putIfAbsent(recipient.channel() + " " + recipient.target(), recipient);
	}

}
