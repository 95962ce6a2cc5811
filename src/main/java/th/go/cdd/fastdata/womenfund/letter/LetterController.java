package th.go.cdd.fastdata.womenfund.letter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import th.go.cdd.fastdata.audit.AuditAction;
import th.go.cdd.fastdata.audit.AuditLog;
import th.go.cdd.fastdata.organisation.CurrentUsers;
import th.go.cdd.fastdata.organisation.NotFoundInScope;
import th.go.cdd.fastdata.thai.ThaiDateParseException;
import th.go.cdd.fastdata.thai.ThaiDates;
import th.go.cdd.fastdata.womenfund.document.ProjectDocument;
import th.go.cdd.fastdata.womenfund.project.ProjectStatuses;

/**
 * Letters: generated on the project page (stored in the project file, then downloaded from it), and
 * the templates page where an administrator or the province officer uploads a new version.
 */
@Controller
class LetterController {

	static final String WRITERS = "hasAnyRole('PROVINCE_OFFICER','DISTRICT_OFFICER')";

	static final String TEMPLATE_KEEPERS = "hasAnyRole('ADMIN','PROVINCE_OFFICER')";

	private final ProjectLetters letters;

	private final LetterTemplates templates;

	private final CurrentUsers currentUsers;

	private final ProjectStatuses statuses;

	private final AuditLog audit;

	LetterController(ProjectLetters letters, LetterTemplates templates, CurrentUsers currentUsers,
			ProjectStatuses statuses, AuditLog audit) {
		this.letters = letters;
		this.templates = templates;
		this.currentUsers = currentUsers;
		this.statuses = statuses;
		this.audit = audit;
	}

	@PostMapping("/womenfund/projects/{id}/letters")
	@PreAuthorize(WRITERS)
	String generate(@PathVariable Long id, @RequestParam(required = false) String kind,
			@RequestParam(required = false) Long memberId, Authentication user, RedirectAttributes redirect) {
		try {
			ProjectDocument letter = this.letters.generate(this.currentUsers.scope(), id, kind, memberId, user.getName());
			redirect.addFlashAttribute("message", "สร้างหนังสือและเก็บเข้าแฟ้มโครงการแล้ว: " + letter.getFileName());
			redirect.addFlashAttribute("letterDocumentId", letter.getId());
			redirect.addFlashAttribute("letterFileName", letter.getFileName());
		}
		catch (LetterRefused refused) {
			redirect.addFlashAttribute("letterProblem", refused.getMessage());
		}
		return "redirect:/womenfund/projects/" + id + "#letters";
	}

	@GetMapping("/womenfund/letters/templates")
	@PreAuthorize(TEMPLATE_KEEPERS)
	String templates(Model model) {
		LocalDate today = this.statuses.today();
		model.addAttribute("kinds", this.templates.overview(today));
		model.addAttribute("today", today);
		return "womenfund/letter/templates";
	}

	@PostMapping("/womenfund/letters/templates")
	@PreAuthorize(TEMPLATE_KEEPERS)
	String upload(@RequestParam(required = false) String kind, @RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) String effectiveFrom, @RequestParam(required = false) String note,
			Authentication user, RedirectAttributes redirect) throws IOException {
		try {
			LocalDate from = effectiveFrom == null || effectiveFrom.isBlank() ? this.statuses.today()
					: ThaiDates.parse(effectiveFrom);
			LetterTemplate saved = this.templates.upload(kind, file == null ? null : file.getOriginalFilename(),
					file == null ? null : file.getBytes(), from, note, user.getName());
			redirect.addFlashAttribute("message", "เก็บแม่แบบฉบับที่ " + saved.getVersion() + " แล้ว ใช้ตั้งแต่ "
					+ ThaiDates.longDate(saved.getEffectiveFrom()));
		}
		catch (LetterRefused | ThaiDateParseException refused) {
			redirect.addFlashAttribute("templateProblem", refused.getMessage());
			redirect.addFlashAttribute("templateKind", kind);
		}
		return "redirect:/womenfund/letters/templates";
	}

	/** An uploaded version, to check or edit and upload again. */
	@GetMapping("/womenfund/letters/templates/{id}")
	@PreAuthorize(TEMPLATE_KEEPERS)
	void version(@PathVariable Long id, HttpServletResponse response) throws IOException {
		LetterTemplate t = this.templates.version(id).orElseThrow(NotFoundInScope::new);
		this.audit.record(AuditAction.EXPORT, "LetterTemplate", id, "ดาวน์โหลดแม่แบบ " + t.getFileName(), null, null);
		send(t.getContent(), t.getFileName(), response);
	}

	/** The default shipped with the application, as a starting point for the office's own. */
	@GetMapping("/womenfund/letters/templates/default/{kind}")
	@PreAuthorize(TEMPLATE_KEEPERS)
	void shipped(@PathVariable String kind, HttpServletResponse response) throws IOException {
		LetterKind k;
		try {
			k = this.templates.kind(kind);
		}
		catch (LetterRefused unknown) {
			throw new NotFoundInScope();
		}
		send(this.templates.shipped(k), "แม่แบบ " + k.getNameTh().replace('/', '-') + ".docx", response);
	}

	private static void send(byte[] content, String fileName, HttpServletResponse response) throws IOException {
		response.setContentType(ProjectLetters.DOCX);
		response.setContentLengthLong(content.length);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.getOutputStream().write(content);
	}

}
