package th.go.cdd.fastdata.womenfund.lmimport;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
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
import th.go.cdd.fastdata.organisation.SignedInUser;

/**
 * The import pages: past imports and the upload form, the preview with every problem and the
 * Apply button, and the Excel forms. A district officer may import too; the check of every row
 * against her districts keeps her to them.
 */
@Controller
@PreAuthorize(ImportController.IMPORTERS)
class ImportController {

	static final String IMPORTERS = "hasAnyRole('ADMIN','PROVINCE_OFFICER','DISTRICT_OFFICER')";

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final LmImports imports;

	private final ImportMappings mappings;

	private final CurrentUsers currentUsers;

	ImportController(LmImports imports, ImportMappings mappings, CurrentUsers currentUsers) {
		this.imports = imports;
		this.mappings = mappings;
		this.currentUsers = currentUsers;
	}

	@GetMapping("/womenfund/imports")
	String list(Model model) {
		model.addAttribute("imports", this.imports.latest(me()));
		model.addAttribute("kinds", ImportKind.values());
		model.addAttribute("mappings", this.mappings.list(me()));
		return "womenfund/imports";
	}

	@PostMapping("/womenfund/imports")
	String upload(@RequestParam(required = false) String kind, @RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) String mapping, Model model) throws IOException {
		try {
			ImportKind chosen = ImportKind.of(kind).orElseThrow(() -> ImportRefused.badFile("กรุณาเลือกประเภทข้อมูล"));
			if (file == null || file.isEmpty()) {
				throw ImportRefused.badFile("กรุณาเลือกไฟล์ที่จะนำเข้า");
			}
			if (mapping != null && !mapping.isBlank()) {
				ColumnMapping saved = this.mappings.named(mapping, chosen, me());
				return "redirect:/womenfund/imports/"
						+ this.imports.upload(chosen, file.getOriginalFilename(), file.getBytes(), saved, me()).id();
			}
			LmImports.Uploaded uploaded = this.imports.uploadOrAskForMapping(chosen, file.getOriginalFilename(),
					file.getBytes(), me());
			if (uploaded.pending() != null) {
				// her own report's headers: let her say which is which rather than only refuse the file
				return ImportMappingController.mappingScreen(uploaded.pending(), model);
			}
			return "redirect:/womenfund/imports/" + uploaded.lmImport().id();
		}
		catch (ImportRefused | MappingRefused ex) {
			model.addAttribute("uploadError", ex.getMessage());
			model.addAttribute("chosenKind", kind);
			model.addAttribute("chosenMapping", mapping);
			return list(model);
		}
	}

	@GetMapping("/womenfund/imports/{id}")
	String show(@PathVariable long id, Model model) {
		LmImport found = this.imports.find(id, me());
		model.addAttribute("lmImport", found);
		model.addAttribute("problems", this.imports.problems(found));
		return "womenfund/importDetails";
	}

	/** Polled by htmx every 2 s while the import runs; when it is done the page reloads itself. */
	@GetMapping("/womenfund/imports/{id}/progress")
	String progress(@PathVariable long id, Model model, HttpServletResponse response) {
		LmImport found = this.imports.find(id, me());
		if (!found.running()) {
			response.setHeader("HX-Refresh", "true");
		}
		model.addAttribute("lmImport", found);
		return "womenfund/importDetails :: progress";
	}

	@PostMapping("/womenfund/imports/{id}/apply")
	String apply(@PathVariable long id, RedirectAttributes redirect) {
		try {
			LmImport applied = this.imports.apply(id, me());
			redirect.addFlashAttribute("message", applied.running() ? "กำลังนำเข้าข้อมูล หน้านี้จะแสดงผลเมื่อเสร็จ"
					: "นำเข้าข้อมูลแล้ว และคำนวณกลุ่มสถานะของโครงการที่เกี่ยวข้องใหม่แล้ว");
		}
		catch (ImportRefused ex) {
			redirect.addFlashAttribute("applyError", ex.getMessage());
		}
		return "redirect:/womenfund/imports/" + id;
	}

	@GetMapping("/womenfund/imports/templates/{kind}.xlsx")
	ResponseEntity<byte[]> template(@PathVariable String kind) {
		ImportKind chosen = ImportKind.of(kind).orElseThrow(NotFoundInScope::new);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(XLSX))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("lm-import-" + chosen.param() + ".xlsx").build().toString())
			.body(ImportTemplates.workbook(chosen));
	}

	private SignedInUser me() {
		return this.currentUsers.current().orElseThrow(NotFoundInScope::new);
	}

}
