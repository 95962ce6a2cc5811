package th.go.cdd.fastdata.womenfund.map;

import java.io.IOException;

import jakarta.servlet.http.HttpSession;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import th.go.cdd.fastdata.organisation.CurrentUsers;

/**
 * Pins of an old Google My Maps map brought in from its KML/KMZ export: upload, look at the preview
 * (kept in the session until applied), apply all matched pins or none.
 */
@Controller
@PreAuthorize(LocationController.RECORDERS)
class KmlImportController {

	static final String SESSION_KEY = KmlImportController.class.getName() + ".preview";

	static final long MAX_BYTES = 20L * 1024 * 1024;

	private final CurrentUsers currentUsers;

	private final KmlImport imports;

	KmlImportController(CurrentUsers currentUsers, KmlImport imports) {
		this.currentUsers = currentUsers;
		this.imports = imports;
	}

	@GetMapping("/womenfund/map/import")
	String form(HttpSession session, Model model) {
		if (session.getAttribute(SESSION_KEY) instanceof KmlImport.Preview preview) {
			model.addAttribute("preview", preview);
			model.addAttribute("outcomes", KmlImport.Outcome.values());
		}
		return "womenfund/map/kmlImport";
	}

	@PostMapping("/womenfund/map/import")
	String upload(@RequestParam(required = false) MultipartFile file, HttpSession session, RedirectAttributes redirect)
			throws IOException {
		session.removeAttribute(SESSION_KEY);
		if (file == null || file.isEmpty()) {
			redirect.addFlashAttribute("problem", "กรุณาเลือกไฟล์ KML หรือ KMZ");
			return "redirect:/womenfund/map/import";
		}
		if (file.getSize() > MAX_BYTES) {
			redirect.addFlashAttribute("problem", "ไฟล์ใหญ่เกิน 20 MB");
			return "redirect:/womenfund/map/import";
		}
		try {
			java.util.List<KmlPins.Pin> pins = KmlPins.read(file.getBytes());
			if (pins.isEmpty()) {
				redirect.addFlashAttribute("problem", "ไม่พบหมุดในไฟล์นี้");
				return "redirect:/womenfund/map/import";
			}
			session.setAttribute(SESSION_KEY, this.imports.preview(this.currentUsers.scope(), displayName(file), pins));
		}
		catch (KmlPins.NotKml ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/womenfund/map/import";
	}

	@PostMapping("/womenfund/map/import/apply")
	String apply(@RequestParam String token, HttpSession session, Authentication user, RedirectAttributes redirect) {
		if (!(session.getAttribute(SESSION_KEY) instanceof KmlImport.Preview preview) || !preview.token().equals(token)) {
			redirect.addFlashAttribute("problem", "ไม่พบรายการตรวจสอบนี้แล้ว กรุณาอัปโหลดไฟล์อีกครั้ง");
			return "redirect:/womenfund/map/import";
		}
		if (preview.matched().isEmpty()) {
			redirect.addFlashAttribute("problem", "ไม่มีหมุดที่ตรงกับโครงการ จึงไม่ได้บันทึก");
			return "redirect:/womenfund/map/import";
		}
		int stored = this.imports.apply(this.currentUsers.scope(), preview, user.getName());
		session.removeAttribute(SESSION_KEY);
		redirect.addFlashAttribute("message", "บันทึกตำแหน่งจากหมุดเดิมแล้ว " + stored + " โครงการ (ตำแหน่งก่อนหน้าเก็บไว้ในประวัติ)");
		return "redirect:/womenfund/map";
	}

	@PostMapping("/womenfund/map/import/cancel")
	String cancel(HttpSession session, RedirectAttributes redirect) {
		session.removeAttribute(SESSION_KEY);
		redirect.addFlashAttribute("message", "ยกเลิกการนำเข้าแล้ว ไม่ได้บันทึกสิ่งใด");
		return "redirect:/womenfund/map/import";
	}

	/** The uploaded name for the page and the audit log only, never a path: its last part, shortened. */
	private static String displayName(MultipartFile file) {
		String name = file.getOriginalFilename() == null ? "ไฟล์" : file.getOriginalFilename();
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		return name.length() > 100 ? name.substring(0, 100) : name;
	}

}
