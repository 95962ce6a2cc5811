package th.go.cdd.fastdata.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import th.go.cdd.fastdata.thai.ThaiDateParseException;
import th.go.cdd.fastdata.thai.ThaiDates;

/** Administrators search the audit log by user, record, action and date (ADMIN only). */
@Controller
class AuditController {

	private static final int PAGE_SIZE = 50;

	private final AuditEntryRepository entries;

	AuditController(AuditEntryRepository entries) {
		this.entries = entries;
	}

	@GetMapping("/admin/audit")
	String search(@RequestParam(required = false) String username, @RequestParam(required = false) String recordType,
			@RequestParam(required = false) String recordId, @RequestParam(required = false) AuditAction action,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(defaultValue = "0") int page, Model model) {
		List<String> problems = new ArrayList<>();
		LocalDate fromDate = date(from, problems, LocalDate.of(2000, 1, 1));
		LocalDate toDate = date(to, problems, LocalDate.now(ThaiDates.BANGKOK));
		Instant fromInstant = fromDate.atStartOfDay(ThaiDates.BANGKOK).toInstant();
		Instant toInstant = toDate.plusDays(1).atStartOfDay(ThaiDates.BANGKOK).toInstant();
		Page<AuditEntry> result = this.entries.search(blank(username), blank(recordType), blank(recordId), action,
				fromInstant, toInstant, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
		model.addAttribute("entries", result);
		model.addAttribute("actions", AuditAction.values());
		model.addAttribute("problems", problems);
		model.addAttribute("username", username);
		model.addAttribute("recordType", recordType);
		model.addAttribute("recordId", recordId);
		model.addAttribute("action", action);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		return "audit/auditLog";
	}

	private static LocalDate date(String text, List<String> problems, LocalDate otherwise) {
		if (text == null || text.isBlank()) {
			return otherwise;
		}
		try {
			return ThaiDates.parse(text);
		}
		catch (ThaiDateParseException ex) {
			problems.add(ex.getMessage());
			return otherwise;
		}
	}

	private static String blank(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
