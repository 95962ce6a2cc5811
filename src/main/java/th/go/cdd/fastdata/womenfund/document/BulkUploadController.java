package th.go.cdd.fastdata.womenfund.document;

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

/** ZIP uploads from the old Drive folders: upload, preview, then apply or discard. */
@Controller
@PreAuthorize(DocumentController.RECORDERS)
class BulkUploadController {

	private final CurrentUsers currentUsers;

	private final BulkUpload bulk;

	private final DocumentSettings settings;

	BulkUploadController(CurrentUsers currentUsers, BulkUpload bulk, DocumentSettings settings) {
		this.currentUsers = currentUsers;
		this.bulk = bulk;
		this.settings = settings;
	}

	@GetMapping("/womenfund/documents/bulk")
	String form(Authentication user, Model model) {
		model.addAttribute("batches", this.bulk.recent(user.getName()));
		model.addAttribute("settings", this.settings);
		return "womenfund/document/bulk";
	}

	@PostMapping("/womenfund/documents/bulk")
	String upload(@RequestParam(name = "file", required = false) MultipartFile file, Authentication user,
			RedirectAttributes redirect) {
		if (file == null || file.isEmpty()) {
			redirect.addFlashAttribute("problem", "กรุณาเลือกไฟล์ ZIP");
			return "redirect:/womenfund/documents/bulk";
		}
		try {
			DocumentBatch batch = this.bulk.stage(Incoming.of(file), user.getName());
			return "redirect:/womenfund/documents/bulk/" + batch.getId();
		}
		catch (FileRefused refused) {
			redirect.addFlashAttribute("problem", refused.getMessage());
			return "redirect:/womenfund/documents/bulk";
		}
	}

	@GetMapping("/womenfund/documents/bulk/{id}")
	String preview(@PathVariable Long id, Authentication user, Model model) {
		DocumentBatch batch = this.bulk.batch(id, user.getName());
		model.addAttribute("batch", batch);
		if (batch.isPending()) {
			try {
				model.addAttribute("preview", this.bulk.preview(this.currentUsers.scope(), id, user.getName()));
			}
			catch (FileRefused refused) {
				model.addAttribute("problem", refused.getMessage());
			}
		}
		return "womenfund/document/bulkPreview";
	}

	@PostMapping("/womenfund/documents/bulk/{id}/apply")
	String apply(@PathVariable Long id, Authentication user, RedirectAttributes redirect) {
		try {
			int stored = this.bulk.apply(this.currentUsers.scope(), id, user.getName());
			redirect.addFlashAttribute("message", "นำเข้าเอกสาร " + stored + " ไฟล์เข้าแฟ้มโครงการแล้ว");
		}
		catch (FileRefused refused) {
			redirect.addFlashAttribute("problem", refused.getMessage());
		}
		return "redirect:/womenfund/documents/bulk/" + id;
	}

	@PostMapping("/womenfund/documents/bulk/{id}/discard")
	String discard(@PathVariable Long id, Authentication user, RedirectAttributes redirect) {
		this.bulk.discard(id, user.getName());
		redirect.addFlashAttribute("message", "ยกเลิกแล้ว ไม่มีเอกสารใดถูกนำเข้า");
		return "redirect:/womenfund/documents/bulk";
	}

}
