package th.go.cdd.fastdata.notify;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import th.go.cdd.fastdata.organisation.CurrentUsers;
import th.go.cdd.fastdata.organisation.SignedInUser;
import th.go.cdd.fastdata.organisation.UserContacts;

/** "การแจ้งเตือนของฉัน": the signed-in user ticks which topics she receives on which channel. */
@Controller
class PreferenceController {

	private final CurrentUsers currentUsers;

	private final Preferences preferences;

	private final UserContacts contacts;

	private final LineTargets lineTargets;

	private final List<Sender> senders;

	PreferenceController(CurrentUsers currentUsers, Preferences preferences, UserContacts contacts,
			LineTargets lineTargets, List<Sender> senders) {
		this.currentUsers = currentUsers;
		this.preferences = preferences;
		this.contacts = contacts;
		this.lineTargets = lineTargets;
		this.senders = senders;
	}

	@GetMapping("/notifications")
	String show(Model model) {
		SignedInUser me = this.currentUsers.current().orElseThrow();
		model.addAttribute("topics", Topic.values());
		model.addAttribute("channels", Channel.values());
		model.addAttribute("choices", this.preferences.of(me.id(), me.role()));
		model.addAttribute("email", this.contacts.byId(me.id()).map(UserContacts.UserContact::email).orElse(null));
		model.addAttribute("line", this.lineTargets.ofUser(me.id()).orElse(null));
		model.addAttribute("mailOn", on(Channel.EMAIL));
		model.addAttribute("lineOn", on(Channel.LINE));
		return "notify/preferences";
	}

	/** @param choice every ticked box, as {@code TOPIC:CHANNEL}; an unticked box sends nothing */
	@PostMapping("/notifications")
	String save(@RequestParam(name = "choice", required = false) Set<String> choice, RedirectAttributes redirect) {
		SignedInUser me = this.currentUsers.current().orElseThrow();
		Set<String> ticked = choice == null ? Set.of() : choice;
		Map<Topic, Map<Channel, Boolean>> choices = new EnumMap<>(Topic.class);
		for (Topic topic : Topic.values()) {
			Map<Channel, Boolean> channels = new EnumMap<>(Channel.class);
			for (Channel channel : Channel.values()) {
				channels.put(channel, ticked.contains(topic.name() + ":" + channel.name()));
			}
			choices.put(topic, channels);
		}
		this.preferences.save(me.id(), choices);
		redirect.addFlashAttribute("message", "บันทึกการเลือกรับการแจ้งเตือนแล้ว");
		return "redirect:/notifications";
	}

	private boolean on(Channel channel) {
		return this.senders.stream().anyMatch(s -> s.channel() == channel && s.enabled());
	}

}
