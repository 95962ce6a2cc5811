package th.go.cdd.fastdata.womenfund.lmimport;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import th.go.cdd.fastdata.organisation.CurrentUsers;
import th.go.cdd.fastdata.organisation.NotFoundInScope;
import th.go.cdd.fastdata.organisation.SignedInUser;

/**
 * The LM import for programmes: the same service as the pages. A refused apply answers 409 as an
 * RFC 9457 problem detail with the Thai reason; a file that is not one answers 400.
 */
@RestController
@RequestMapping("/api/v1/imports")
@PreAuthorize(ImportController.IMPORTERS)
class ImportApiController {

	private final LmImports imports;

	private final ImportMappings mappings;

	private final CurrentUsers currentUsers;

	ImportApiController(LmImports imports, ImportMappings mappings, CurrentUsers currentUsers) {
		this.imports = imports;
		this.mappings = mappings;
		this.currentUsers = currentUsers;
	}

	/** @param mapping the name of one of her province's saved column mappings, for a file in her own LM report's shape */
	@PostMapping
	Map<String, Object> upload(@RequestParam String kind, @RequestParam MultipartFile file,
			@RequestParam(required = false) String mapping) throws IOException {
		ImportKind chosen = ImportKind.of(kind)
			.orElseThrow(() -> ImportRefused.badFile("ประเภทข้อมูลต้องเป็น projects, installments หรือ payments"));
		ColumnMapping saved = mapping == null || mapping.isBlank() ? null : this.mappings.named(mapping, chosen, me());
		return json(this.imports.upload(chosen, file.getOriginalFilename(), file.getBytes(), saved, me()));
	}

	/** Her province's saved column mappings: name, kind and the header of each of our columns. */
	@GetMapping("/mappings")
	List<Map<String, Object>> mappings() {
		return this.mappings.list(me()).stream().map(ImportApiController::json).toList();
	}

	/** Saves a mapping: {@code {"name": …, "kind": "payments", "columns": {"project_code": "รหัส LM", …}}}. */
	@PostMapping("/mappings")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, Object> saveMapping(@RequestBody MappingForm body) {
		ImportKind kind = ImportKind.of(body.getKind())
			.orElseThrow(() -> MappingRefused.of("kind", "ประเภทข้อมูลต้องเป็น projects, installments หรือ payments"));
		return json(this.mappings.create(body.getName(), kind, body.getColumns(), me()));
	}

	@ExceptionHandler(MappingRefused.class)
	ProblemDetail mappingRefused(MappingRefused ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setTitle("การจับคู่คอลัมน์ไม่ถูกต้อง");
		problem.setProperty("errors", ex.asJson());
		return problem;
	}

	private static Map<String, Object> json(ColumnMapping mapping) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", mapping.id());
		json.put("name", mapping.name());
		json.put("kind", mapping.kind().param());
		json.put("columns", mapping.headers());
		json.put("updatedBy", mapping.updatedBy());
		json.put("updatedAt", mapping.updatedAt());
		return json;
	}

	@PostMapping("/{id}/apply")
	Map<String, Object> apply(@PathVariable long id) {
		return json(this.imports.apply(id, me()));
	}

	@GetMapping("/{id}")
	Map<String, Object> show(@PathVariable long id) {
		return json(this.imports.find(id, me()));
	}

	@ExceptionHandler(ImportRefused.class)
	ProblemDetail refused(ImportRefused ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(ex.status(), ex.getMessage());
		problem.setTitle(ex.status().value() == 409 ? "นำเข้าไม่ได้" : "ไฟล์ไม่ถูกต้อง");
		return problem;
	}

	private Map<String, Object> json(LmImport found) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", found.id());
		json.put("kind", found.kind().param());
		json.put("state", found.state().name());
		json.put("fileName", found.fileName());
		json.put("rows", found.totalRows());
		json.put("processed", found.processedRows());
		json.put("counts", Map.of("new", found.counts().added(), "changed", found.counts().changed(), "unchanged",
				found.counts().unchanged()));
		json.put("problemCount", found.problemCount());
		List<Map<String, Object>> problems = this.imports.problems(found).stream().map(p -> {
			Map<String, Object> problem = new LinkedHashMap<>();
			problem.put("row", p.row());
			problem.put("column", p.column());
			problem.put("value", p.value());
			problem.put("message", p.message());
			return problem;
		}).toList();
		json.put("problems", problems);
		json.put("mapping", found.mappingName());
		json.put("failure", found.failure());
		return json;
	}

	private SignedInUser me() {
		return this.currentUsers.current().orElseThrow(NotFoundInScope::new);
	}

}
