package th.go.cdd.fastdata.womenfund.lmimport;

import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import th.go.cdd.fastdata.organisation.CurrentUsers;
import th.go.cdd.fastdata.organisation.NotFoundInScope;
import th.go.cdd.fastdata.organisation.SignedInUser;

/**
 * The column mappings of the LM import: the mapping screen shown when an uploaded file's header
 * has not our columns (map, optionally save by name, then preview), and the list, edit and delete
 * of her province's saved mappings.
 */
@Controller
@PreAuthorize(ImportController.IMPORTERS)
class ImportMappingController {

	static final String VIEW = "womenfund/importMapping";

	private final LmImports imports;

	private final ImportMappings mappings;

	private final CurrentUsers currentUsers;

	ImportMappingController(LmImports imports, ImportMappings mappings, CurrentUsers currentUsers) {
		this.imports = imports;
		this.mappings = mappings;
		this.currentUsers = currentUsers;
	}

	/** The mapping screen for a file just uploaded; each select starts at the header that is the column's label or key. */
	static String mappingScreen(PendingFile pending, Model model) {
		MappingForm form = new MappingForm();
		form.setKind(pending.kind().param());
		form.setSha256(pending.sha256());
		form.setFileName(pending.fileName());
		form.setColumns(pending.templateHeaders());
		return screen(pending, form, Map.of(), model);
	}

	private static String screen(PendingFile pending, MappingForm form, Map<String, String> errors, Model model) {
		model.addAttribute("pending", pending);
		model.addAttribute("kind", pending.kind());
		model.addAttribute("form", form);
		model.addAttribute("fields", ColumnMapping.unnamed(pending.kind(), form.getColumns()).fields());
		model.addAttribute("errors", errors);
		return VIEW;
	}

	@PostMapping("/womenfund/imports/mapped")
	String previewMapped(@ModelAttribute("form") MappingForm form, Model model, RedirectAttributes redirect) {
		ImportKind kind = ImportKind.of(form.getKind()).orElseThrow(NotFoundInScope::new);
		PendingFile pending;
		try {
			pending = this.imports.pending(form.getSha256(), form.getFileName(), kind);
		}
		catch (ImportRefused ex) {
			redirect.addFlashAttribute("uploadError", ex.getMessage());
			return "redirect:/womenfund/imports";
		}
		try {
			boolean save = form.getName() != null && !form.getName().isBlank();
			ColumnMapping mapping = save ? this.mappings.create(form.getName(), kind, form.getColumns(), me())
					: this.mappings.unnamed(kind, form.getColumns());
			LmImport created = this.imports.uploadPending(pending, mapping, me());
			return "redirect:/womenfund/imports/" + created.id();
		}
		catch (MappingRefused ex) {
			return screen(pending, form, ex.byField(), model);
		}
	}

	@GetMapping("/womenfund/imports/mappings")
	String list(Model model) {
		model.addAttribute("mappings", this.mappings.list(me()));
		model.addAttribute("kinds", ImportKind.values());
		return "womenfund/importMappings";
	}

	@GetMapping("/womenfund/imports/mappings/new")
	String initCreate(@RequestParam(defaultValue = "projects") String kind, Model model) {
		ImportKind chosen = ImportKind.of(kind).orElseThrow(NotFoundInScope::new);
		MappingForm form = new MappingForm();
		form.setKind(chosen.param());
		return edit(null, chosen, form, Map.of(), model);
	}

	@PostMapping("/womenfund/imports/mappings")
	String processCreate(@ModelAttribute("form") MappingForm form, Model model, RedirectAttributes redirect) {
		ImportKind kind = ImportKind.of(form.getKind()).orElseThrow(NotFoundInScope::new);
		try {
			ColumnMapping saved = this.mappings.create(form.getName(), kind, form.getColumns(), me());
			redirect.addFlashAttribute("message", "บันทึกการจับคู่คอลัมน์ \"" + saved.name() + "\" แล้ว");
			return "redirect:/womenfund/imports/mappings";
		}
		catch (MappingRefused ex) {
			return edit(null, kind, form, ex.byField(), model);
		}
	}

	@GetMapping("/womenfund/imports/mappings/{id}")
	String initUpdate(@PathVariable long id, Model model) {
		ColumnMapping found = this.mappings.find(id, me());
		MappingForm form = new MappingForm();
		form.setName(found.name());
		form.setKind(found.kind().param());
		form.setColumns(found.headers());
		return edit(found, found.kind(), form, Map.of(), model);
	}

	@PostMapping("/womenfund/imports/mappings/{id}")
	String processUpdate(@PathVariable long id, @ModelAttribute("form") MappingForm form, Model model,
			RedirectAttributes redirect) {
		ColumnMapping found = this.mappings.find(id, me());
		try {
			ColumnMapping saved = this.mappings.update(id, form.getName(), form.getColumns(), me());
			redirect.addFlashAttribute("message", "บันทึกการจับคู่คอลัมน์ \"" + saved.name() + "\" แล้ว");
			return "redirect:/womenfund/imports/mappings";
		}
		catch (MappingRefused ex) {
			return edit(found, found.kind(), form, ex.byField(), model);
		}
	}

	@PostMapping("/womenfund/imports/mappings/{id}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		ColumnMapping found = this.mappings.find(id, me());
		this.mappings.delete(id, me());
		redirect.addFlashAttribute("message", "ลบการจับคู่คอลัมน์ \"" + found.name() + "\" แล้ว");
		return "redirect:/womenfund/imports/mappings";
	}

	private static String edit(ColumnMapping mapping, ImportKind kind, MappingForm form, Map<String, String> errors,
			Model model) {
		model.addAttribute("mapping", mapping);
		model.addAttribute("kind", kind);
		model.addAttribute("form", form);
		model.addAttribute("fields", ColumnMapping.unnamed(kind, form.getColumns()).fields());
		model.addAttribute("errors", errors);
		return VIEW;
	}

	private SignedInUser me() {
		return this.currentUsers.current().orElseThrow(NotFoundInScope::new);
	}

}
