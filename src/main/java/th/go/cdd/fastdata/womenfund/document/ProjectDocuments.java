package th.go.cdd.fastdata.womenfund.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import th.go.cdd.fastdata.audit.AuditAction;
import th.go.cdd.fastdata.audit.AuditLog;
import th.go.cdd.fastdata.organisation.CurrentUsers;
import th.go.cdd.fastdata.organisation.NotFoundInScope;
import th.go.cdd.fastdata.organisation.Scope;
import th.go.cdd.fastdata.womenfund.project.Project;
import th.go.cdd.fastdata.womenfund.project.ProjectRepository;

/**
 * The documents of a project's file: upload (checked by content, every version kept), what is
 * there and what is missing, and opening one. Everything is read through the user's scope: a
 * project or document of another district is not found.
 */
@Service
public class ProjectDocuments {

	/** A kind of document on one project: its versions, newest first. */
	public record Kind(DocumentType type, List<ProjectDocument> versions) {

		public ProjectDocument latest() {
			return this.versions.isEmpty() ? null : this.versions.get(0);
		}

		public List<ProjectDocument> older() {
			return this.versions.size() <= 1 ? List.of() : this.versions.subList(1, this.versions.size());
		}

	}

	/** The project file's documents section: every kind in order, and the required ones still missing. */
	public record Section(Long projectId, String projectCode, List<Kind> kinds, List<DocumentType> missing,
			List<DocumentType> types, long maxFileSize) {

		public String maxFileSizeText() {
			return FileCheck.megabytes(this.maxFileSize);
		}

	}

	/** A document about to be sent, its opening already logged. */
	public record Opened(ProjectDocument document, InputStream content) {
	}

	private final ProjectRepository projects;

	private final ProjectDocumentRepository documents;

	private final DocumentTypeRepository types;

	private final DocumentStore store;

	private final FileCheck check;

	private final DocumentSettings settings;

	private final AuditLog audit;

	private final CurrentUsers currentUsers;

	private final TransactionTemplate transaction;

	ProjectDocuments(ProjectRepository projects, ProjectDocumentRepository documents, DocumentTypeRepository types,
			DocumentStore store, FileCheck check, DocumentSettings settings, AuditLog audit, CurrentUsers currentUsers,
			PlatformTransactionManager transactions) {
		this.projects = projects;
		this.documents = documents;
		this.types = types;
		this.store = store;
		this.check = check;
		this.settings = settings;
		this.audit = audit;
		this.currentUsers = currentUsers;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** The kinds in use, in the handbook's order. */
	@Transactional(readOnly = true)
	public List<DocumentType> types() {
		return this.types.findByActiveTrueOrderBySortOrder();
	}

	/** For the project page ({@code ${@projectDocuments.forPage(id)}}): the signed-in user's scope. */
	public Section forPage(Long projectId) {
		return section(this.currentUsers.scope(), projectId);
	}

	@Transactional(readOnly = true)
	public Section section(Scope scope, Long projectId) {
		Project project = project(scope, projectId);
		Map<String, List<ProjectDocument>> byType = this.documents.findByProject(projectId)
			.stream()
			.collect(Collectors.groupingBy(ProjectDocument::getTypeCode, LinkedHashMap::new, Collectors.toList()));
		List<DocumentType> all = types();
		List<Kind> kinds = all.stream().map(t -> new Kind(t, byType.getOrDefault(t.getCode(), List.of()))).toList();
		List<DocumentType> missing = all.stream()
			.filter(DocumentType::isRequired)
			.filter(t -> !byType.containsKey(t.getCode()))
			.toList();
		return new Section(projectId, project.getCode(), kinds, missing, all, maxFileSize());
	}

	/**
	 * Adds a document to the project's file as the next version of its kind. Several photos are
	 * combined into one PDF. Nothing is stored if any file is refused.
	 * @throws FileRefused with the reason in Thai
	 */
	public ProjectDocument upload(Scope scope, Long projectId, String typeCode, List<Incoming> files, String note,
			String username) {
		Project project = project(scope, projectId);
		DocumentType type = type(typeCode);
		if (note != null && note.length() > 500) {
			throw FileRefused.badField("note", "หมายเหตุยาวเกิน 500 ตัวอักษร");
		}
		List<Incoming> chosen = files.stream().filter(f -> f != null).toList();
		if (chosen.isEmpty()) {
			throw FileRefused.badFile("กรุณาเลือกไฟล์ที่จะอัปโหลด");
		}
		try (CheckedFile file = checkedOne(chosen, type)) {
			return store(project, type, file, note, username, null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Adds a file the system made itself (a generated letter) to the project's file as the next
	 * version of its kind: not a user's upload, so not checked by content, but hashed, stored and
	 * audited as every document.
	 */
	public ProjectDocument storeGenerated(Scope scope, Long projectId, String typeCode, byte[] content,
			String fileName, String contentType, String note, String username) {
		Project project = project(scope, projectId);
		DocumentType type = type(typeCode);
		try {
			Path temp = Files.createTempFile("fastdata-generated-", ".tmp");
			Files.write(temp, content);
			String sha = java.util.HexFormat.of().formatHex(FileCheck.sha256().digest(content));
			try (CheckedFile file = new CheckedFile(temp, FileCheck.displayName(fileName), contentType, content.length,
					sha)) {
				return store(project, type, file, note, username, null);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Puts the file in the store, then records it; if recording fails the stored copy is removed. */
	ProjectDocument store(Project project, DocumentType type, CheckedFile file, String note, String username,
			Long batchId) throws IOException {
		String key = DocumentStore.newKey("doc");
		this.store.put(key, file.temp(), file.contentType());
		try {
			return saveVersion(project, type, file, key, note, username, batchId);
		}
		catch (DataIntegrityViolationException raced) {
			// someone stored the same version number at the same instant: take the next one
			try {
				return saveVersion(project, type, file, key, note, username, batchId);
			}
			catch (RuntimeException ex) {
				this.store.delete(key);
				throw ex;
			}
		}
		catch (RuntimeException ex) {
			this.store.delete(key);
			throw ex;
		}
	}

	private ProjectDocument saveVersion(Project project, DocumentType type, CheckedFile file, String key, String note,
			String username, Long batchId) {
		return this.transaction.execute(status -> record(project, type, file, key, note, username, batchId));
	}

	/** Inserts the row and its audit entry in the caller's transaction. */
	ProjectDocument record(Project project, DocumentType type, CheckedFile file, String key, String note,
			String username, Long batchId) {
		int version = this.documents.lastVersion(project.getId(), type.getCode()) + 1;
		ProjectDocument document = this.documents.saveAndFlush(
				new ProjectDocument(project.getId(), type.getCode(), version, file, key, note, username, batchId));
		this.audit.created("ProjectDocument", document.getId(), "เพิ่ม" + type.getNameTh() + " ฉบับที่ " + version
				+ " ในแฟ้มโครงการ " + project.getCode() + (batchId == null ? "" : " (นำเข้าจาก ZIP)"),
				document.auditState());
		return document;
	}

	/**
	 * Opens a document for viewing in the browser or for download; either is logged first (an
	 * interrupted download may still have handed the file out).
	 */
	public Opened open(Scope scope, Long documentId, boolean download) {
		ProjectDocument document = this.documents.findInScope(documentId, scope.queryIds())
			.orElseThrow(NotFoundInScope::new);
		String code = this.projects.findById(document.getProjectId()).map(Project::getCode).orElse("");
		String what = typeName(document.getTypeCode()) + " ฉบับที่ " + document.getVersion() + " ของโครงการ " + code;
		if (download) {
			this.audit.record(AuditAction.EXPORT, "ProjectDocument", documentId, "ดาวน์โหลด" + what, null, null);
		}
		else {
			this.audit.viewed("ProjectDocument", documentId, "เปิดดู" + what);
		}
		try {
			return new Opened(document, this.store.open(document.getStorageKey()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("document " + documentId + " is recorded but its file cannot be read", ex);
		}
	}

	@Transactional(readOnly = true)
	public List<ProjectDocument> documentsOf(Scope scope, Long projectId) {
		project(scope, projectId);
		return this.documents.findByProject(projectId);
	}

	Project project(Scope scope, Long projectId) {
		return this.projects.findInScope(projectId, scope.queryIds()).orElseThrow(NotFoundInScope::new);
	}

	Optional<Project> projectByCode(Scope scope, String code) {
		return this.projects.findByCodeInScope(code, scope.queryIds());
	}

	DocumentType type(String typeCode) {
		if (typeCode == null || typeCode.isBlank()) {
			throw FileRefused.badField("type", "กรุณาเลือกประเภทเอกสาร");
		}
		return this.types.findById(typeCode.strip())
			.filter(DocumentType::isActive)
			.orElseThrow(() -> FileRefused.badField("type", "ไม่รู้จักประเภทเอกสาร " + typeCode + " (ใช้ได้: "
					+ types().stream().map(DocumentType::getCode).collect(Collectors.joining(", ")) + ")"));
	}

	long maxFileSize() {
		return this.settings.maxFileSize().toBytes();
	}

	private String typeName(String code) {
		return this.types.findById(code).map(DocumentType::getNameTh).orElse(code);
	}

	/** One file as it is; several photos as one PDF (the photos are checked first, then the PDF). */
	private CheckedFile checkedOne(List<Incoming> files, DocumentType type) throws IOException {
		if (files.size() == 1) {
			return checked(files.get(0));
		}
		List<CheckedFile> photos = new ArrayList<>();
		try {
			for (Incoming file : files) {
				CheckedFile photo = checked(file);
				photos.add(photo);
				if (!photo.contentType().startsWith("image/")) {
					throw FileRefused.badFile("รวมเป็น PDF ได้เฉพาะรูปถ่าย (JPEG, PNG) แต่ " + photo.displayName()
							+ " เป็น PDF อยู่แล้ว กรุณาอัปโหลดทีละไฟล์");
				}
			}
			Path pdf = PhotosToPdf.combine(photos);
			try (InputStream in = Files.newInputStream(pdf)) {
				return this.check.check(in, type.getNameTh() + " (" + photos.size() + " รูป).pdf", maxFileSize());
			}
			finally {
				Files.deleteIfExists(pdf);
			}
		}
		finally {
			photos.forEach(CheckedFile::close);
		}
	}

	CheckedFile checked(Incoming file) throws IOException {
		try (InputStream in = file.open()) {
			return this.check.check(in, file.name(), maxFileSize());
		}
	}

}
