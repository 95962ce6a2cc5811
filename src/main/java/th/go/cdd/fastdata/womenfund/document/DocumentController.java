package th.go.cdd.fastdata.womenfund.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import th.go.cdd.fastdata.organisation.CurrentUsers;

/**
 * The documents section of the project page: upload (a file, or several photos made one PDF), and
 * each document opened in the browser or downloaded, within the user's scope and audited.
 */
@Controller
class DocumentController {

	static final String RECORDERS = "hasAnyRole('PROVINCE_OFFICER','DISTRICT_OFFICER')";

	private final CurrentUsers currentUsers;

	private final ProjectDocuments documents;

	DocumentController(CurrentUsers currentUsers, ProjectDocuments documents) {
		this.currentUsers = currentUsers;
		this.documents = documents;
	}

	@PostMapping("/womenfund/projects/{id}/documents")
	@PreAuthorize(RECORDERS)
	String upload(@PathVariable Long id, @RequestParam(required = false) String type,
			@RequestParam(required = false) String note,
			@RequestParam(name = "file", required = false) List<MultipartFile> files, Authentication user,
			RedirectAttributes redirect) {
		List<Incoming> chosen = files == null ? List.of()
				: files.stream().filter(f -> !f.isEmpty() || !isBlank(f.getOriginalFilename())).map(Incoming::of).toList();
		try {
			ProjectDocument document = this.documents.upload(this.currentUsers.scope(), id, type, chosen, note,
					user.getName());
			redirect.addFlashAttribute("message", "เก็บเอกสารเข้าแฟ้มโครงการแล้ว: " + document.getFileName()
					+ " (ฉบับที่ " + document.getVersion() + ")");
		}
		catch (FileRefused refused) {
			redirect.addFlashAttribute("documentProblem", refused.getMessage());
			redirect.addFlashAttribute("documentType", type);
			redirect.addFlashAttribute("documentNote", note);
		}
		return "redirect:/womenfund/projects/" + id + "#documents";
	}

	/** In the browser (PDF viewer, image), logged as a view. */
	@GetMapping("/womenfund/documents/{id}")
	void view(@PathVariable Long id, HttpServletResponse response) throws IOException {
		send(this.documents.open(this.currentUsers.scope(), id, false), false, response);
	}

	/** As a file to keep, logged as an export: the file leaves the system. */
	@GetMapping("/womenfund/documents/{id}/download")
	void download(@PathVariable Long id, HttpServletResponse response) throws IOException {
		send(this.documents.open(this.currentUsers.scope(), id, true), true, response);
	}

	static void send(ProjectDocuments.Opened opened, boolean attachment, HttpServletResponse response)
			throws IOException {
		ProjectDocument document = opened.document();
		try (InputStream in = opened.content()) {
			response.setContentType(document.getContentType());
			response.setContentLengthLong(document.getSizeBytes());
			ContentDisposition disposition = (attachment ? ContentDisposition.attachment() : ContentDisposition.inline())
				.filename(document.getFileName(), StandardCharsets.UTF_8)
				.build();
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION, disposition.toString());
			response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
			response.setHeader("X-Content-Type-Options", "nosniff");
			in.transferTo(response.getOutputStream());
		}
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

}
