package th.go.cdd.fastdata.womenfund.document;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import th.go.cdd.fastdata.organisation.CurrentUsers;
import th.go.cdd.fastdata.organisation.NotFoundInScope;
import th.go.cdd.fastdata.organisation.Scope;

/**
 * The project file through the JSON API: upload a document, list a project's documents with the
 * required kinds it lacks, fetch a document's file (audited). Scope as on the pages; a refused
 * file answers 400 or 415 as a problem detail with the reason in Thai.
 */
@RestController
@RequestMapping("/api/v1")
class DocumentApiController {

	record DocumentJson(Long id, String type, String fileName, String contentType, long size, String sha256,
			int version, String note, String uploadedBy, java.time.Instant uploadedAt) {

		static DocumentJson of(ProjectDocument d) {
			return new DocumentJson(d.getId(), d.getTypeCode(), d.getFileName(), d.getContentType(), d.getSizeBytes(),
					d.getSha256(), d.getVersion(), d.getNote(), d.getUploadedBy(), d.getUploadedAt());
		}

	}

	record ProjectDocumentsJson(String code, List<DocumentJson> documents, List<String> missing) {
	}

	private final CurrentUsers currentUsers;

	private final ProjectDocuments documents;

	DocumentApiController(CurrentUsers currentUsers, ProjectDocuments documents) {
		this.currentUsers = currentUsers;
		this.documents = documents;
	}

	@PostMapping(path = "/projects/{code}/documents", consumes = "multipart/form-data")
	@PreAuthorize(DocumentController.RECORDERS)
	@ResponseStatus(HttpStatus.CREATED)
	DocumentJson upload(@PathVariable String code, @RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) String type, @RequestParam(required = false) String note,
			Authentication user) {
		Scope scope = this.currentUsers.scope();
		Long projectId = projectId(scope, code);
		List<Incoming> files = file == null ? List.of() : List.of(Incoming.of(file));
		return DocumentJson.of(this.documents.upload(scope, projectId, type, files, note, user.getName()));
	}

	@GetMapping("/projects/{code}/documents")
	ProjectDocumentsJson list(@PathVariable String code) {
		Scope scope = this.currentUsers.scope();
		ProjectDocuments.Section section = this.documents.section(scope, projectId(scope, code));
		List<DocumentJson> all = section.kinds()
			.stream()
			.flatMap(k -> k.versions().stream())
			.map(DocumentJson::of)
			.toList();
		return new ProjectDocumentsJson(code, all, section.missing().stream().map(DocumentType::getCode).toList());
	}

	@GetMapping("/documents/{id}/content")
	void content(@PathVariable Long id, HttpServletResponse response) throws IOException {
		DocumentController.send(this.documents.open(this.currentUsers.scope(), id, true), true, response);
	}

	@ExceptionHandler(FileRefused.class)
	ProblemDetail refused(FileRefused ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(ex.status(), ex.getMessage());
		problem.setTitle(ex.status() == HttpStatus.UNSUPPORTED_MEDIA_TYPE ? "ชนิดไฟล์ไม่รองรับ" : "ไฟล์ไม่ถูกต้อง");
		problem.setProperty("errors", List.of(Map.of("field", ex.field(), "message", ex.getMessage())));
		return problem;
	}

	private Long projectId(Scope scope, String code) {
		return this.documents.projectByCode(scope, code).orElseThrow(NotFoundInScope::new).getId();
	}

}
