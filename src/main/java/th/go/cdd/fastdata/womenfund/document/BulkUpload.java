package th.go.cdd.fastdata.womenfund.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import th.go.cdd.fastdata.audit.AuditLog;
import th.go.cdd.fastdata.organisation.NotFoundInScope;
import th.go.cdd.fastdata.organisation.Scope;
import th.go.cdd.fastdata.womenfund.project.Project;

/**
 * A ZIP of the old Google Drive folders into the project files. Each file is matched to a project
 * by an LM project code in its name or in the name of a folder above it, and to a kind by a type
 * code or Thai name there (else the configured default). The ZIP waits in the document store
 * while the officer reads the preview; on confirmation every matched file is stored, or none.
 * <p>
 * Guards: the number of files and the unpacked size are limited (counted while reading, not
 * taken from the ZIP's own claims), each file has the upload limit, and names inside the ZIP are
 * only shown and matched: nothing is ever written under such a name.
 */
@Service
public class BulkUpload {

	private static final Logger log = LoggerFactory.getLogger(BulkUpload.class);

	private final DocumentStore store;

	private final DocumentBatchRepository batches;

	private final BulkProjects projects;

	private final ProjectDocuments documents;

	private final FileCheck check;

	private final DocumentSettings settings;

	private final AuditLog audit;

	private final TransactionTemplate transaction;

	BulkUpload(DocumentStore store, DocumentBatchRepository batches, BulkProjects projects, ProjectDocuments documents,
			FileCheck check, DocumentSettings settings, AuditLog audit, PlatformTransactionManager transactions) {
		this.store = store;
		this.batches = batches;
		this.projects = projects;
		this.documents = documents;
		this.check = check;
		this.settings = settings;
		this.audit = audit;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** Keeps the ZIP in the store and records the batch; nothing goes into any project file yet. */
	public DocumentBatch stage(Incoming zip, String username) {
		long maxZip = this.settings.bulk().maxZipSize().toBytes();
		Path temp = null;
		try {
			temp = Files.createTempFile("fastdata-bulk-", ".zip");
			long size;
			try (InputStream in = zip.open()) {
				size = copyAtMost(in, temp, maxZip);
			}
			if (size > maxZip) {
				throw FileRefused.badFile("ไฟล์ ZIP ใหญ่เกิน " + FileCheck.megabytes(maxZip) + " กรุณาแบ่งเป็นหลายไฟล์ (เช่น ทีละอำเภอ)");
			}
			if (size == 0) {
				throw FileRefused.badFile("กรุณาเลือกไฟล์ ZIP");
			}
			try (ZipFile opened = open(temp)) {
				checkEntryCount(opened);
			}
			String key = DocumentStore.newKey("staging");
			this.store.put(key, temp, "application/zip");
			DocumentBatch batch = this.transaction.execute(status -> {
				DocumentBatch saved = this.batches.save(new DocumentBatch(FileCheck.displayName(zip.name()), key, username));
				this.audit.created("DocumentBatch", saved.getId(), "อัปโหลด ZIP เอกสารโครงการ " + saved.getFileName(), null);
				return saved;
			});
			return batch;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			deleteQuietly(temp);
		}
	}

	/** The uploader's batch (another user's batch id is not found). */
	public DocumentBatch batch(Long id, String username) {
		return this.batches.findByIdAndUploadedBy(id, username).orElseThrow(NotFoundInScope::new);
	}

	public List<DocumentBatch> recent(String username) {
		return this.batches.findTop20ByUploadedByOrderByUploadedAtDesc(username);
	}

	/** What the batch's ZIP would put where, for the user's districts as they are now. */
	public BulkPreview preview(Scope scope, Long batchId, String username) {
		DocumentBatch batch = batch(batchId, username);
		return read(scope, batch, (item, file) -> {
		});
	}

	/**
	 * Stores every matched file as the next version of its kind on its project, in one transaction;
	 * if anything fails nothing is recorded and the files already put in the store are removed.
	 * Files that did not match are left out, as the preview said.
	 * @return the number of documents stored
	 */
	public int apply(Scope scope, Long batchId, String username) {
		DocumentBatch batch = batch(batchId, username);
		if (!batch.isPending()) {
			throw FileRefused.badFile("ZIP นี้" + batch.getStateLabel() + " ไม่สามารถนำเข้าซ้ำได้");
		}
		List<Stored> stored = new ArrayList<>();
		try {
			read(scope, batch, (item, file) -> {
				String key = DocumentStore.newKey("doc");
				this.store.put(key, file.temp(), file.contentType());
				stored.add(new Stored(item, file, key));
			});
			Map<Long, Project> byId = new HashMap<>();
			this.projects
				.findByCodesInScope(stored.stream().map(s -> s.item().projectCode()).collect(Collectors.toSet()),
						scope.queryIds())
				.forEach(p -> byId.put(p.getId(), p));
			String note = "นำเข้าจาก ZIP " + batch.getFileName();
			this.transaction.executeWithoutResult(status -> {
				for (Stored s : stored) {
					this.documents.record(byId.get(s.item().projectId()), s.item().type(), s.file(), s.key(), note,
							username, batch.getId());
				}
				DocumentBatch current = batch(batchId, username);
				current.applied(stored.size());
				this.batches.save(current);
			});
		}
		catch (RuntimeException ex) {
			for (Stored s : stored) {
				deleteKeyQuietly(s.key());
			}
			throw ex;
		}
		deleteKeyQuietly(batch.getStagingKey());
		return stored.size();
	}

	public void discard(Long batchId, String username) {
		DocumentBatch batch = batch(batchId, username);
		if (batch.isPending()) {
			batch.discarded();
			this.batches.save(batch);
			deleteKeyQuietly(batch.getStagingKey());
		}
	}

	private record Stored(BulkPreview.Item item, CheckedFile file, String key) {
	}

	@FunctionalInterface
	private interface MatchedFile {

		/** A matched file, checked; its temporary copy is removed after this returns. */
		void accept(BulkPreview.Item item, CheckedFile file) throws IOException;

	}

	/** Reads the batch's ZIP once: matches every file, checks the matched ones by content. */
	private BulkPreview read(Scope scope, DocumentBatch batch, MatchedFile onMatched) {
		Path temp = null;
		try {
			temp = Files.createTempFile("fastdata-bulk-", ".zip");
			try (InputStream in = this.store.open(batch.getStagingKey())) {
				Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
			}
			try (ZipFile zip = open(temp)) {
				checkEntryCount(zip);
				List<ZipEntry> files = zip.stream()
					.filter(e -> !e.isDirectory() && !ZipNames.isSystemFile(e.getName()))
					.map(ZipEntry.class::cast)
					.toList();
				Map<String, Project> inScope = projectsNamedIn(files, scope);
				List<DocumentType> types = this.documents.types();
				DocumentType fallback = this.documents.type(this.settings.bulk().defaultType());
				long maxFile = this.documents.maxFileSize();
				long maxTotal = this.settings.bulk().maxTotalSize().toBytes();
				long total = 0;
				List<BulkPreview.Item> items = new ArrayList<>();
				for (ZipEntry entry : files) {
					String path = Normalizer.normalize(entry.getName(), Normalizer.Form.NFC);
					List<String> segments = ZipNames.segments(path);
					Set<Project> named = new LinkedHashSet<>();
					for (String word : ZipNames.words(segments)) {
						Optional.ofNullable(inScope.get(word)).ifPresent(named::add);
					}
					Optional<DocumentType> type = ZipNames.typeNamedIn(segments, types);
					DocumentType chosen = type.orElse(fallback);
					if (named.size() != 1) {
						BulkPreview.Problem problem = named.isEmpty() ? BulkPreview.Problem.NO_PROJECT
								: BulkPreview.Problem.SEVERAL_PROJECTS;
						items.add(new BulkPreview.Item(path, null, null, null, chosen, type.isPresent(), entry.getSize(),
								null, problem, problem.label()));
						continue;
					}
					Project project = named.iterator().next();
					try (InputStream in = zip.getInputStream(entry);
							CheckedFile file = this.check.check(in, segments.get(segments.size() - 1), maxFile)) {
						total += file.size();
						if (total > maxTotal) {
							throw tooLargeUnpacked(maxTotal);
						}
						BulkPreview.Item item = new BulkPreview.Item(path, project.getCode(), project.getId(),
								project.getName(), chosen, type.isPresent(), file.size(), file.contentType(), null, null);
						items.add(item);
						onMatched.accept(item, file);
					}
					catch (FileRefused refused) {
						total += Math.min(Math.max(entry.getSize(), 0), maxFile);
						if (total > maxTotal) {
							throw tooLargeUnpacked(maxTotal);
						}
						BulkPreview.Problem problem = refused.status().value() == 415 ? BulkPreview.Problem.BAD_CONTENT
								: BulkPreview.Problem.TOO_BIG;
						items.add(new BulkPreview.Item(path, project.getCode(), project.getId(), project.getName(), chosen,
								type.isPresent(), entry.getSize(), null, problem, refused.getMessage()));
					}
				}
				return new BulkPreview(items, total);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			deleteQuietly(temp);
		}
	}

	/** The projects in scope whose code appears as a word of any name in the ZIP, by code. */
	private Map<String, Project> projectsNamedIn(List<ZipEntry> files, Scope scope) {
		Set<String> words = new HashSet<>();
		for (ZipEntry entry : files) {
			words.addAll(ZipNames.words(ZipNames.segments(Normalizer.normalize(entry.getName(), Normalizer.Form.NFC))));
		}
		Map<String, Project> found = new HashMap<>();
		List<String> all = new ArrayList<>(words);
		for (int from = 0; from < all.size(); from += 500) {
			Collection<String> chunk = all.subList(from, Math.min(all.size(), from + 500));
			this.projects.findByCodesInScope(chunk, scope.queryIds()).forEach(p -> found.put(p.getCode(), p));
		}
		return found;
	}

	/**
	 * Names in UTF-8 (what current zip tools write); a ZIP made by Windows' own "send to compressed
	 * folder" on a Thai system has them in Windows-874.
	 */
	private static ZipFile open(Path file) throws IOException {
		try {
			return new ZipFile(file.toFile(), StandardCharsets.UTF_8);
		}
		catch (ZipException notUtf8) {
			try {
				return new ZipFile(file.toFile(), Charset.forName("x-windows-874"));
			}
			catch (ZipException ex) {
				throw FileRefused.unsupported("ไฟล์นี้ไม่ใช่ ZIP หรือเสียหาย อ่านรายการไฟล์ไม่ได้");
			}
		}
	}

	private void checkEntryCount(ZipFile zip) {
		int max = this.settings.bulk().maxEntries();
		if (zip.size() > max) {
			throw FileRefused.badFile("ZIP นี้มี " + zip.size() + " รายการ เกินกว่าที่รับได้ครั้งละ " + max
					+ " รายการ กรุณาแบ่งเป็นหลายไฟล์");
		}
	}

	private static FileRefused tooLargeUnpacked(long maxTotal) {
		return FileRefused.badFile("ไฟล์ใน ZIP นี้รวมกันเกิน " + FileCheck.megabytes(maxTotal)
				+ " เมื่อแตกไฟล์ กรุณาแบ่งเป็นหลายไฟล์");
	}

	/** Copies at most {@code max + 1} bytes: enough to know the file is too large. */
	private static long copyAtMost(InputStream in, Path target, long max) throws IOException {
		try (var out = Files.newOutputStream(target)) {
			byte[] buffer = new byte[64 * 1024];
			long total = 0;
			int read;
			while ((read = in.read(buffer)) != -1) {
				total += read;
				if (total > max) {
					return total;
				}
				out.write(buffer, 0, read);
			}
			return total;
		}
	}

	private void deleteKeyQuietly(String key) {
		try {
			this.store.delete(key);
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Could not remove {} from the document store: {}", key, ex.getMessage());
		}
	}

	private static void deleteQuietly(Path path) {
		if (path != null) {
			try {
				Files.deleteIfExists(path);
			}
			catch (IOException ex) {
				// the system's temporary folder is cleaned by the system
			}
		}
	}

}
