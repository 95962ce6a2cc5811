package th.go.cdd.fastdata.womenfund.forms;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.core.io.InputStreamSource;

import th.go.cdd.fastdata.audit.AuditLog;
import th.go.cdd.fastdata.organisation.NotFoundInScope;
import th.go.cdd.fastdata.womenfund.document.DocumentStore;

/**
 * The announcement PDF (ประกาศ) of each measure version, attached by provincial staff and shown on
 * the catalogue of measures and the public page. A corrected file replaces it on screen; the older
 * rows stay. Templates ask {@code @announcementFiles.of(versionId)}.
 */
@Service("announcementFiles")
public class AnnouncementFiles {

	/** The file of a measure version. */
	public record AnnouncementFile(Long id, Long versionId, String fileName, long size, String uploadedBy,
			Instant uploadedAt, String storageKey) {

		public String sizeLabel() {
			return this.size < 1024 * 1024 ? Math.max(1, this.size / 1024) + " KB"
					: String.format("%.1f MB", this.size / (1024.0 * 1024));
		}

	}

	private static final RowMapper<AnnouncementFile> FILE = (rs, n) -> new AnnouncementFile(rs.getLong("id"),
			rs.getLong("version_id"), rs.getString("file_name"), rs.getLong("size_bytes"), rs.getString("uploaded_by"),
			rs.getTimestamp("uploaded_at").toInstant(), rs.getString("storage_key"));

	private final JdbcTemplate jdbc;

	private final DocumentStore store;

	private final FormFileCheck check;

	private final PublicSettings settings;

	private final AuditLog audit;

	private final Clock clock;

	AnnouncementFiles(JdbcTemplate jdbc, DocumentStore store, FormFileCheck check, PublicSettings settings,
			AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.store = store;
		this.check = check;
		this.settings = settings;
		this.audit = audit;
		this.clock = clock;
	}

	/** The newest file of the measure version, if one was attached. */
	public Optional<AnnouncementFile> of(Long versionId) {
		return this.jdbc.query("select * from wf_measure_announcement_file where version_id = ? order by id desc limit 1",
				FILE, versionId).stream().findFirst();
	}

	/** The file by its id, only while it is the newest of its version (an older one is not served). */
	public Optional<AnnouncementFile> current(Long fileId) {
		return this.jdbc.query("select * from wf_measure_announcement_file where id = ?", FILE, fileId)
			.stream()
			.findFirst()
			.filter(file -> of(file.versionId()).map(AnnouncementFile::id).filter(fileId::equals).isPresent());
	}

	@Transactional
	public AnnouncementFile attach(Long versionId, String fileName, InputStreamSource file, String username) {
		Integer versions = this.jdbc.queryForObject("select count(*) from wf_measure_version where id = ?", Integer.class,
				versionId);
		if (versions == null || versions == 0) {
			throw new NotFoundInScope();
		}
		if (file == null) {
			throw new FormRefused("กรุณาเลือกไฟล์ประกาศ (PDF)");
		}
		String storageKey = DocumentStore.newKey("announcement");
		try (InputStream in = file.getInputStream();
				FormFile checked = this.check.check(in, fileName, this.settings.maxFileSize().toBytes(),
						Set.of(FormFileCheck.PDF))) {
			this.store.put(storageKey, checked.temp(), checked.contentType());
			this.jdbc.update("insert into wf_measure_announcement_file (version_id, file_name, content_type, size_bytes,"
					+ " sha256, storage_key, uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?)", versionId,
					checked.displayName(), checked.contentType(), checked.size(), checked.sha256(), storageKey, username,
					Timestamp.from(Instant.now(this.clock)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		AnnouncementFile attached = of(versionId).orElseThrow();
		this.audit.created("MeasureAnnouncementFile", attached.id(), "แนบไฟล์ประกาศของมาตรการ (ฉบับ " + versionId + ")",
				attached.fileName());
		return attached;
	}

	InputStream open(AnnouncementFile file) throws IOException {
		return this.store.open(file.storageKey());
	}

}
