package th.go.cdd.fastdata.womenfund.lmimport;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import th.go.cdd.fastdata.audit.AuditAction;
import th.go.cdd.fastdata.audit.AuditLog;
import th.go.cdd.fastdata.organisation.NotFoundInScope;
import th.go.cdd.fastdata.organisation.Role;
import th.go.cdd.fastdata.organisation.Scope;
import th.go.cdd.fastdata.organisation.SignedInUser;
import th.go.cdd.fastdata.womenfund.ImportFailed;
import th.go.cdd.fastdata.womenfund.ImportFinished;
import th.go.cdd.fastdata.womenfund.project.ProjectStatuses;

/**
 * The LM import: upload and preview, then apply. Apply checks the stored file again against the
 * registry as it is then, and writes all of it in one transaction or nothing. A file of more than
 * {@code fastdata.womenfund.import-background-rows} rows is worked on in the background, its
 * progress stored on the import so that the page can poll it and the user may leave and return.
 */
@Service
class LmImports {

	private static final Logger log = LoggerFactory.getLogger(LmImports.class);

	private static final int LISTED = 50;

	private static final long PROGRESS_EVERY_NANOS = 1_000_000_000L;

	private final ImportFiles files;

	/**
	 * The writes of the latest clean previews, with the registry's mark when they were checked, so that
	 * Apply of an unchanged registry does not check 100,000 rows again. A few only (each holds its rows);
	 * another instance, or a restart, finds none and checks again.
	 */
	private final Map<Long, KeptPreview> kept = java.util.Collections.synchronizedMap(
			new java.util.LinkedHashMap<>(8, 0.75f, true) {
				@Override
				protected boolean removeEldestEntry(Map.Entry<Long, KeptPreview> eldest) {
					return size() > KEPT_PREVIEWS;
				}
			});

	private static final int KEPT_PREVIEWS = 4;

	private record KeptPreview(String mark, String username, Scope scope,
			ImportPreview preview) {
	}

	private final ImportStore store;

	private final RegistryReads reads;

	private final Map<ImportKind, KindReader> readers = new EnumMap<>(ImportKind.class);

	private final ProjectStatuses statuses;

	private final AuditLog audit;

	private final TaskExecutor executor;

	private final TransactionTemplate transactions;

	// progress and failures are written beside the apply transaction, so they are seen while it runs and kept if it fails
	private final TransactionTemplate beside;

	private final int backgroundRows;

	// ImportFinished and ImportFailed, in the transaction that stores the outcome (notify listens)
	private final ApplicationEventPublisher events;

	/** An import touching more projects than this classifies them after it commits, in batches. */
	private final int classifyInside;

	LmImports(ImportFiles files, ImportStore store, RegistryReads reads, List<KindReader> readers, ProjectStatuses statuses,
			AuditLog audit,
			@Qualifier("applicationTaskExecutor") TaskExecutor executor, PlatformTransactionManager transactionManager,
			@Value("${fastdata.womenfund.import-background-rows:5000}") int backgroundRows,
			@Value("${fastdata.womenfund.import-classify-inside:2000}") int classifyInside,
			ApplicationEventPublisher events) {
		this.events = events;
		this.classifyInside = classifyInside;
		this.files = files;
		this.store = store;
		this.reads = reads;
		readers.forEach(reader -> this.readers.put(reader.kind(), reader));
		this.statuses = statuses;
		this.audit = audit;
		this.executor = executor;
		this.transactions = new TransactionTemplate(transactionManager);
		this.beside = new TransactionTemplate(transactionManager);
		this.beside.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.backgroundRows = backgroundRows;
	}

	/**
	 * Stores the file and previews it (in the background when large); refuses a file that is not one.
	 * @param mapping the headers to read our columns from, null for the template's labels or keys
	 */
	LmImport upload(ImportKind kind, String fileName, byte[] content, ColumnMapping mapping, SignedInUser user) {
		checkSize(content);
		return upload(kind, fileName, content, RowsReader.lines(content, FileFormat.detect(content)), mapping, user);
	}

	/**
	 * As the upload page does it without a mapping: a file whose header lacks our columns is stored
	 * and answered as a {@link PendingFile} for the mapping screen, instead of a preview of header problems.
	 */
	Uploaded uploadOrAskForMapping(ImportKind kind, String fileName, byte[] content, SignedInUser user) {
		checkSize(content);
		List<RowsReader.Line> lines = RowsReader.lines(content, FileFormat.detect(content));
		if (!RowsReader.fitsTemplate(lines.get(0).cells(), kind)) {
			return new Uploaded(null, PendingFile.of(this.files.store(content), displayName(fileName), kind, lines));
		}
		return new Uploaded(upload(kind, fileName, content, lines, null, user), null);
	}

	/** Either the import, previewed, or the file waiting for its columns to be mapped. */
	record Uploaded(LmImport lmImport, PendingFile pending) {
	}

	/** A file stored while the user maps its columns, as the mapping screen shows it again. */
	PendingFile pending(String sha256, String fileName, ImportKind kind) {
		byte[] content = this.files.readUploaded(sha256);
		return PendingFile.of(sha256, displayName(fileName), kind, RowsReader.lines(content, FileFormat.detect(content)));
	}

	/** Previews a file stored while the user mapped its columns, with her mapping. */
	LmImport uploadPending(PendingFile pending, ColumnMapping mapping, SignedInUser user) {
		byte[] content = this.files.readUploaded(pending.sha256());
		return upload(pending.kind(), pending.fileName(), content, mapping, user);
	}

	private LmImport upload(ImportKind kind, String fileName, byte[] content, List<RowsReader.Line> lines,
			ColumnMapping mapping, SignedInUser user) {
		ImportProblems problems = new ImportProblems();
		List<SheetRow> rows = RowsReader.rows(lines, kind, mapping, problems);
		String sha256 = this.files.store(content);
		long id = this.store.create(kind, displayName(fileName), sha256, content.length, user.username(), rows.size(),
				mapping);
		ImportContext context = context(id, user, rows.size());
		run(rows.size(), () -> preview(id, kind, rows, problems, context));
		return this.store.find(id).orElseThrow();
	}

	private static void checkSize(byte[] content) {
		if (content.length > ImportFiles.MAX_SIZE) {
			throw ImportRefused.badFile("ไฟล์ใหญ่เกิน 20 MB กรุณาแบ่งเป็นหลายไฟล์");
		}
	}

	/** Applies a clean preview; refuses with a Thai reason while problems remain. Applying twice is harmless. */
	LmImport apply(long id, SignedInUser user) {
		LmImport found = find(id, user);
		if (found.state() == ImportState.APPLIED) {
			return found;
		}
		if (found.problemCount() > 0) {
			throw ImportRefused.conflict(stillProblems(found.problemCount()));
		}
		if (!this.store.startApplying(id)) {
			throw ImportRefused.conflict("การนำเข้านี้กำลังดำเนินการอยู่ หรือยังตรวจสอบไฟล์ไม่เสร็จ");
		}
		ImportContext context = context(id, user, found.totalRows());
		run(found.totalRows(), () -> write(found, context));
		LmImport after = this.store.find(id).orElseThrow();
		if (after.state() == ImportState.PREVIEWED && after.problemCount() > 0) {
			throw ImportRefused.conflict(stillProblems(after.problemCount()));
		}
		return after;
	}

	/** An import the user may see: her own; an administrator sees all. Others answer 404. */
	LmImport find(long id, SignedInUser user) {
		return this.store.find(id)
			.filter(found -> user.is(Role.ADMIN) || found.uploadedBy().equals(user.username()))
			.orElseThrow(NotFoundInScope::new);
	}

	List<LmImport> latest(SignedInUser user) {
		return this.store.latest(user.is(Role.ADMIN) ? null : user.username(), LISTED);
	}

	List<ImportProblem> problems(LmImport found) {
		return this.store.problems(found.id());
	}

	private void preview(long id, ImportKind kind, List<SheetRow> rows, ImportProblems problems, ImportContext context) {
		try {
			// without the columns every row would repeat the same problem; the header's are enough
			long started = System.nanoTime();
			KindReader reader = this.readers.get(kind);
			// read before the check, so that a change made while it runs counts as a change
			String mark = problems.isEmpty() ? reader.registryMark() : null;
			ImportPreview preview = problems.isEmpty() ? reader.preview(rows, context, problems) : null;
			ImportCounts counts = preview == null ? ImportCounts.NONE : preview.counts();
			log.info("LM import {}: {} rows checked in {} ms for the preview", id, rows.size(),
					(System.nanoTime() - started) / 1_000_000);
			this.transactions.executeWithoutResult(tx -> this.store.previewed(id, counts, problems));
			if (mark != null && problems.isEmpty()) {
				this.kept.put(id, new KeptPreview(mark, context.username(), context.scope(), preview));
			}
		}
		catch (RuntimeException ex) {
			log.error("Preview of LM import {} failed", id, ex);
			this.beside.executeWithoutResult(tx -> {
				this.store.failed(id, "ตรวจสอบไฟล์ไม่สำเร็จ เกิดข้อผิดพลาดในระบบ");
				this.events.publishEvent(new ImportFailed(id, kind.label(), context.username(), false));
			});
		}
	}

	private void write(LmImport found, ImportContext context) {
		AtomicReference<ImportCounts> refused = new AtomicReference<>();
		AtomicReference<Set<Long>> classifyAfter = new AtomicReference<>();
		ImportProblems problems = new ImportProblems();
		KeptPreview kept = this.kept.remove(found.id());
		int rows = found.totalRows();
		try {
			long started = System.nanoTime();
			this.transactions.executeWithoutResult(tx -> {
				KindReader reader = this.readers.get(found.kind());
				ImportPreview preview;
				boolean asPreviewed = kept != null && kept.username().equals(context.username())
						&& kept.scope().equals(context.scope()) && kept.mark().equals(reader.registryMark());
				if (asPreviewed) {
					// the same user and districts, and nothing the check read has changed: its writes are still right
					preview = kept.preview();
				}
				else {
					byte[] content = this.files.read(found.sha256());
					List<SheetRow> read = RowsReader.read(content, FileFormat.detect(content), found.kind(), found.mapping(),
							problems);
					preview = reader.preview(read, context, problems);
				}
				if (!problems.isEmpty()) {
					// the registry changed since the preview: nothing is written, the new problems are shown
					refused.set(preview.counts());
					tx.setRollbackOnly();
					return;
				}
				long checked = System.nanoTime();
				Set<Long> touched = preview.writes().write();
				long written = System.nanoTime();
				if (touched.size() > this.classifyInside) {
					// classifying 100,000 projects takes a minute: not inside the import's transaction, which
					// marks the import (one row) instead of each project, for a start to finish should it be cut short
					this.store.classifyPending(found.id(), true);
					classifyAfter.set(touched);
				}
				else {
					this.statuses.refresh(touched);
				}
				log.info("LM import {}: {} rows {} in {} ms, written in {} ms, {} projects {} in {} ms", found.id(), rows,
						asPreviewed ? "as previewed (registry unchanged)" : "checked again", (checked - started) / 1_000_000,
						(written - checked) / 1_000_000, touched.size(),
						classifyAfter.get() == null ? "classified" : "left to classify after commit",
						(System.nanoTime() - written) / 1_000_000);
				ImportCounts counts = preview.counts();
				this.audit.record(AuditAction.CREATE, "LmImport", found.id(), "นำเข้า" + found.kind().label() + "จาก LM "
						+ rows + " รายการ (ใหม่ " + counts.added() + " เปลี่ยนแปลง " + counts.changed()
						+ " ไม่เปลี่ยนแปลง " + counts.unchanged() + ")", null, counts.auditState());
				this.store.applied(found.id(), counts);
				this.events.publishEvent(new ImportFinished(found.id(), found.kind().label(), found.uploadedBy(),
						rows, counts.added(), counts.changed(), counts.unchanged()));
			});
			if (refused.get() != null) {
				this.transactions.executeWithoutResult(tx -> this.store.previewed(found.id(), refused.get(), problems));
			}
		}
		catch (RuntimeException ex) {
			log.error("Apply of LM import {} failed; nothing was written", found.id(), ex);
			this.beside.executeWithoutResult(tx -> {
				this.store.failed(found.id(), "นำเข้าไม่สำเร็จ เกิดข้อผิดพลาดในระบบ ไม่มีข้อมูลใดถูกบันทึก");
				this.events.publishEvent(new ImportFailed(found.id(), found.kind().label(), found.uploadedBy(), true));
			});
			return;
		}
		if (classifyAfter.get() != null) {
			// the import is applied and stays so; its projects were marked stale in its transaction
			try {
				this.statuses.refreshStale(new java.util.ArrayList<>(classifyAfter.get()));
				this.store.classifyPending(found.id(), false);
			}
			catch (RuntimeException ex) {
				log.error("Classification after LM import {} failed; its projects are classified again at the next start"
						+ " (and every night)", found.id(), ex);
			}
		}
	}

	/**
	 * After a start: classifies again the projects of imports whose classification after commit was cut
	 * short. They are found from the stored file (its project codes), a superset of those the import changed.
	 */
	void classifyPending() {
		for (LmImport pending : this.store.classificationPending()) {
			try {
				byte[] content = this.files.read(pending.sha256());
				Set<String> codes = new java.util.HashSet<>();
				RowsReader.read(content, FileFormat.detect(content), pending.kind(), pending.mapping(), new ImportProblems())
					.forEach(row -> codes.add(row.get("project_code")));
				codes.remove("");
				// only a project with a schedule has a status group
				Set<Long> classifiable = new java.util.HashSet<>();
				this.reads.query("select distinct c.project_id from wf_contract c join wf_project p on p.id = c.project_id"
						+ " join wf_schedule s on s.contract_id = c.id where p.code in (:keys)", codes,
						rs -> classifiable.add(rs.getLong(1)));
				log.warn("LM import {} was applied but the classification of its projects was cut short; classifying {}"
						+ " projects again", pending.id(), classifiable.size());
				this.statuses.refreshStale(new java.util.ArrayList<>(classifiable));
			}
			catch (RuntimeException ex) {
				// not tried again at every start: the nightly run classifies every project
				log.error("The projects of LM import {} could not be classified again after a restart; the nightly run"
						+ " will", pending.id(), ex);
			}
			this.store.classifyPending(pending.id(), false);
		}
	}

	private ImportContext context(long id, SignedInUser user, int rows) {
		boolean background = rows > this.backgroundRows;
		java.util.concurrent.atomic.AtomicLong reported = new java.util.concurrent.atomic.AtomicLong(System.nanoTime());
		return new ImportContext(user.scope(), user.username(), processed -> {
			// a transaction of its own each time: at most one a second (the page polls every few), not one per
			// thousand rows, which cost a national file of 100,000 rows seconds of its check
			long now = System.nanoTime();
			if (background && now - reported.get() >= PROGRESS_EVERY_NANOS) {
				reported.set(now);
				this.beside.executeWithoutResult(tx -> this.store.progress(id, processed));
			}
		});
	}

	private void run(int rows, Runnable work) {
		if (rows > this.backgroundRows) {
			// the audit log names the user from the security context, which the worker thread lacks
			this.executor.execute(new DelegatingSecurityContextRunnable(work));
		}
		else {
			work.run();
		}
	}

	private static String stillProblems(int count) {
		return "ยังมีปัญหา " + count + " รายการ จึงยังนำเข้าไม่ได้ กรุณาแก้ไขไฟล์แล้วอัปโหลดใหม่";
	}

	/** The user's name of the file without any folder, for display only. */
	private static String displayName(String fileName) {
		String name = fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "").strip();
		name = name.isEmpty() ? "ไฟล์ไม่มีชื่อ" : name;
		return name.length() > 200 ? name.substring(0, 200) : name;
	}

}
