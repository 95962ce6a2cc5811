package th.go.cdd.fastdata.womenfund.forms;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

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

import th.go.cdd.fastdata.organisation.CurrentUsers;
import th.go.cdd.fastdata.organisation.NotFoundInScope;
import th.go.cdd.fastdata.organisation.Role;
import th.go.cdd.fastdata.organisation.ServedProvinces;
import th.go.cdd.fastdata.organisation.SignedInUser;

/**
 * The forms library of the user's province: everyone signed in lists and downloads; the provincial
 * fund officers (and the administrator) add forms, new versions of them, and the announcement file
 * of a measure version.
 */
@Controller
class FormController {

	static final String EDITORS = "hasAnyRole('PROVINCE_OFFICER','ADMIN')";

	private final CurrentUsers currentUsers;

	private final ServedProvinces provinces;

	private final FormsLibrary library;

	private final AnnouncementFiles announcements;

	FormController(CurrentUsers currentUsers, ServedProvinces provinces, FormsLibrary library,
			AnnouncementFiles announcements) {
		this.currentUsers = currentUsers;
		this.provinces = provinces;
		this.library = library;
		this.announcements = announcements;
	}

	@GetMapping("/womenfund/forms")
	String library(Model model) {
		model.addAttribute("groups", this.library.groups(provinceId()));
		model.addAttribute("categories", this.library.categories());
		model.addAttribute("today", this.library.today());
		model.addAttribute("canEdit", canEdit());
		return "womenfund/forms/library";
	}

	@PostMapping("/womenfund/forms")
	@PreAuthorize(EDITORS)
	String addForm(@RequestParam(required = false) String category, @RequestParam(required = false) String title,
			@RequestParam(required = false) String effectiveFrom,
			@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(required = false) String note, Authentication user, RedirectAttributes redirect) {
		try {
			FormsLibrary.Form form = this.library.addForm(provinceId(), category, title, effectiveFrom, name(file),
					chosen(file), note, user.getName());
			redirect.addFlashAttribute("message", "เพิ่มแบบฟอร์ม " + form.title() + " แล้ว");
			return "redirect:/womenfund/forms#form-" + form.id();
		}
		catch (FormRefused refused) {
			redirect.addFlashAttribute("formProblem", refused.getMessage());
			redirect.addFlashAttribute("formTitle", title);
			redirect.addFlashAttribute("formCategory", category);
			return "redirect:/womenfund/forms#new";
		}
	}

	@PostMapping("/womenfund/forms/{id}/versions")
	@PreAuthorize(EDITORS)
	String addVersion(@PathVariable Long id, @RequestParam(required = false) String effectiveFrom,
			@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(required = false) String note, Authentication user, RedirectAttributes redirect) {
		try {
			FormsLibrary.Version version = this.library.addVersion(provinceId(), id, effectiveFrom, name(file),
					chosen(file), note, user.getName());
			redirect.addFlashAttribute("message", "เก็บแบบฟอร์มฉบับที่ " + version.version() + " แล้ว ฉบับก่อนเก็บไว้เป็นประวัติ");
		}
		catch (FormRefused refused) {
			redirect.addFlashAttribute("versionProblem", refused.getMessage());
			redirect.addFlashAttribute("versionFormId", id);
		}
		return "redirect:/womenfund/forms#form-" + id;
	}

	@GetMapping("/womenfund/forms/files/{versionId}")
	void download(@PathVariable Long versionId, HttpServletResponse response) throws IOException {
		FormsLibrary.Version version = this.library.version(provinceId(), versionId).orElseThrow(NotFoundInScope::new);
		send(response, version.contentType(), version.fileName(), version.size(), this.library.open(version.storageKey()),
				false);
	}

	@PostMapping("/womenfund/measures/versions/{versionId}/announcement")
	@PreAuthorize(EDITORS)
	String attachAnnouncement(@PathVariable Long versionId,
			@RequestParam(name = "file", required = false) MultipartFile file, Authentication user,
			RedirectAttributes redirect) {
		try {
			AnnouncementFiles.AnnouncementFile attached = this.announcements.attach(versionId, name(file), chosen(file),
					user.getName());
			redirect.addFlashAttribute("message", "แนบไฟล์ประกาศ " + attached.fileName() + " แล้ว");
		}
		catch (FormRefused refused) {
			redirect.addFlashAttribute("problem", refused.getMessage());
		}
		return "redirect:/womenfund/measures";
	}

	/** The file chosen, or null when the field was left empty. */
	private static MultipartFile chosen(MultipartFile file) {
		return file == null || (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()))
				? null : file;
	}

	private static String name(MultipartFile file) {
		return file == null ? null : file.getOriginalFilename();
	}

	/** The home province for a user without one (the administrator). */
	private Long provinceId() {
		return this.currentUsers.current()
			.map(SignedInUser::provinceId)
			.orElseGet(() -> this.provinces.home().getId());
	}

	private boolean canEdit() {
		return this.currentUsers.current().map(u -> u.is(Role.PROVINCE_OFFICER) || u.is(Role.ADMIN)).orElse(false);
	}

	static void send(HttpServletResponse response, String contentType, String fileName, long size, InputStream content,
			boolean cacheable) throws IOException {
		response.setContentType(contentType);
		response.setContentLengthLong(size);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
		response.setHeader("X-Content-Type-Options", "nosniff");
		if (cacheable) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=3600");
		}
		try (InputStream in = content) {
			in.transferTo(response.getOutputStream());
		}
	}

}
