package th.go.cdd.fastdata.notify;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import th.go.cdd.fastdata.audit.AuditAction;
import th.go.cdd.fastdata.audit.AuditLog;
import th.go.cdd.fastdata.organisation.AreaOption;
import th.go.cdd.fastdata.organisation.NotFoundInScope;
import th.go.cdd.fastdata.organisation.OrganisationDirectory;
import th.go.cdd.fastdata.organisation.UserContacts;

/** Administrators (ADMIN only, /admin/**): the delivery log with "send again", and the LINE groups and users. */
@Controller
class NotifyAdminController {

	private static final int PAGE_SIZE = 30;

	private final Outbox outbox;

	private final LineTargets lineTargets;

	private final UserContacts contacts;

	private final OrganisationDirectory directory;

	private final List<Sender> senders;

	private final AuditLog audit;

	private final NotifySettings settings;

	NotifyAdminController(Outbox outbox, LineTargets lineTargets, UserContacts contacts, OrganisationDirectory directory,
			List<Sender> senders, AuditLog audit, NotifySettings settings) {
		this.settings = settings;
		this.outbox = outbox;
		this.lineTargets = lineTargets;
		this.contacts = contacts;
		this.directory = directory;
		this.senders = senders;
		this.audit = audit;
	}

	@InitBinder("lineTargetForm")
	void binder(WebDataBinder binder) {
		binder.setAllowedFields("lineId", "label", "userId", "districtId", "topics");
	}

	@GetMapping("/admin/notifications")
	String log(@RequestParam(defaultValue = "false") boolean failed, @RequestParam(defaultValue = "0") int page,
			Model model) {
		int from = Math.max(page, 0);
		List<Outbox.Message> messages = this.outbox.latest(failed, from * PAGE_SIZE, PAGE_SIZE + 1);
		boolean more = messages.size() > PAGE_SIZE;
		messages = messages.subList(0, Math.min(messages.size(), PAGE_SIZE));
		List<Outbox.DeliveryLine> deliveries = this.outbox.deliveriesOf(messages.stream().map(Outbox.Message::id).toList());
		model.addAttribute("messages", messages);
		model.addAttribute("deliveries", deliveries.stream().collect(Collectors.groupingBy(Outbox.DeliveryLine::messageId)));
		model.addAttribute("attempts", this.outbox.attemptsOf(deliveries.stream().map(Outbox.DeliveryLine::id).toList())
			.stream()
			.collect(Collectors.groupingBy(Outbox.Attempt::deliveryId)));
		model.addAttribute("districts", districtNames());
		model.addAttribute("failed", failed);
		model.addAttribute("page", from);
		model.addAttribute("more", more);
		model.addAttribute("mailOn", on(Channel.EMAIL));
		model.addAttribute("lineOn", on(Channel.LINE));
		return "notify/deliveryLog";
	}

	@PostMapping("/admin/notifications/deliveries/{id}/retry")
	String retry(@PathVariable long id, RedirectAttributes redirect) {
		if (this.outbox.retryNow(id)) {
			this.audit.updated("NotifyDelivery", id, "สั่งส่งการแจ้งเตือนใหม่", null, null);
			redirect.addFlashAttribute("message", "จะส่งใหม่ในรอบถัดไป (ภายในไม่กี่วินาที)");
		}
		else {
			redirect.addFlashAttribute("problem", "รายการนี้ส่งสำเร็จแล้วหรือกำลังรอส่งอยู่ จึงไม่ต้องสั่งส่งใหม่");
		}
		return "redirect:/admin/notifications?failed=true";
	}

	@GetMapping("/admin/notifications/line")
	String targets(Model model) {
		if (!model.containsAttribute("lineTargetForm")) {
			model.addAttribute("lineTargetForm", new LineTargetForm());
		}
		model.addAttribute("targets", this.lineTargets.all());
		model.addAttribute("users", this.contacts.all());
		model.addAttribute("userNames", this.contacts.all()
			.stream()
			.collect(Collectors.toMap(UserContacts.UserContact::id, u -> u.displayName() + " (" + u.username() + ")")));
		model.addAttribute("districtOptions", districts());
		model.addAttribute("districts", districtNames());
		model.addAttribute("topics", Topic.values());
		model.addAttribute("lineOn", on(Channel.LINE));
		return "notify/lineTargets";
	}

	@PostMapping("/admin/notifications/line")
	String add(@Valid @ModelAttribute LineTargetForm lineTargetForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		String lineId = lineTargetForm.getLineId() == null ? "" : lineTargetForm.getLineId().strip();
		if (!result.hasFieldErrors("lineId") && this.lineTargets.lineIdTaken(lineId)) {
			result.rejectValue("lineId", "taken", "รหัส LINE นี้ลงทะเบียนไว้แล้ว");
		}
		if (lineTargetForm.getUserId() != null && this.contacts.byId(lineTargetForm.getUserId()).isEmpty()) {
			result.rejectValue("userId", "unknown", "ไม่พบผู้ใช้นี้");
		}
		if (lineTargetForm.getDistrictId() != null
				&& !districtNames().containsKey(lineTargetForm.getDistrictId())) {
			result.rejectValue("districtId", "unknown", "อำเภอนี้ไม่อยู่ในจังหวัดที่ให้บริการ");
		}
		if (lineTargetForm.getUserId() == null && lineTargetForm.getTopics().isEmpty()) {
			result.rejectValue("topics", "none", "กลุ่มที่ไม่ได้ผูกกับผู้ใช้ต้องเลือกอย่างน้อยหนึ่งเรื่อง");
		}
		if (result.hasErrors()) {
			return targets(model);
		}
		String label = lineTargetForm.getLabel().strip();
		this.lineTargets.add(lineId, label, lineTargetForm.getUserId(), lineTargetForm.getDistrictId(),
				lineTargetForm.getTopics());
		this.audit.created("NotifyLineTarget", lineId, "ลงทะเบียนผู้รับทาง LINE: " + label,
				"user=" + lineTargetForm.getUserId() + "; district=" + lineTargetForm.getDistrictId() + "; topics="
						+ lineTargetForm.getTopics());
		redirect.addFlashAttribute("message", "ลงทะเบียน " + label + " แล้ว");
		return "redirect:/admin/notifications/line";
	}

	@PostMapping("/admin/notifications/line/{id}/enabled")
	String enable(@PathVariable long id, @RequestParam boolean enabled, RedirectAttributes redirect) {
		this.lineTargets.setEnabled(id, enabled);
		this.audit.updated("NotifyLineTarget", id, enabled ? "เปิดการส่ง LINE" : "ปิดการส่ง LINE", null,
				"enabled=" + enabled);
		redirect.addFlashAttribute("message", enabled ? "เปิดการส่งแล้ว" : "ปิดการส่งแล้ว");
		return "redirect:/admin/notifications/line";
	}

	/**
	 * Sends a test message to one group or user at once, so a mistyped id or a wrong token shows
	 * while the administrator is still on the page. Not a message of the office: not in the outbox.
	 */
	@PostMapping("/admin/notifications/line/{id}/test")
	String test(@PathVariable long id, RedirectAttributes redirect) {
		LineTargets.LineTarget target = this.lineTargets.find(id).orElseThrow(NotFoundInScope::new);
		Sender line = this.senders.stream().filter(s -> s.channel() == Channel.LINE).findFirst().orElseThrow();
		if (!line.enabled()) {
			redirect.addFlashAttribute("problem", "ยังไม่ได้ตั้งค่า LINE Messaging API จึงยังส่งไม่ได้");
			return "redirect:/admin/notifications/line";
		}
		try {
			line.send(target.lineId(), java.util.UUID.randomUUID().toString(), null,
					"ทดสอบการแจ้งเตือนจาก Fast Data ถึง " + target.label(), this.settings.baseUrl() + "/");
			redirect.addFlashAttribute("message", "ส่งข้อความทดสอบถึง " + target.label() + " แล้ว");
		}
		catch (Exception ex) {
			redirect.addFlashAttribute("problem", "ส่งข้อความทดสอบไม่สำเร็จ: " + ex.getMessage());
		}
		this.audit.record(AuditAction.EXPORT, "NotifyLineTarget", id,
				"ส่งข้อความทดสอบทาง LINE ถึง " + target.label(), null, null);
		return "redirect:/admin/notifications/line";
	}

	private List<AreaOption> districts() {
		return this.directory.servedProvinces()
			.stream()
			.flatMap(p -> this.directory.districtsOf(p.id()).stream())
			.toList();
	}

	private Map<Long, String> districtNames() {
		return districts().stream().collect(Collectors.toMap(AreaOption::id, AreaOption::label, (a, b) -> a));
	}

	private boolean on(Channel channel) {
		return this.senders.stream().anyMatch(s -> s.channel() == channel && s.enabled());
	}

}
