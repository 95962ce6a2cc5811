package th.go.cdd.fastdata.womenfund.forms;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.core.io.InputStreamSource;

import th.go.cdd.fastdata.audit.AuditLog;
import th.go.cdd.fastdata.thai.ThaiDateParseException;
import th.go.cdd.fastdata.thai.ThaiDates;
import th.go.cdd.fastdata.womenfund.document.DocumentStore;

/**
 * The forms library (คลังแบบฟอร์ม) of each province: forms by category, each with its files as
 * versions. A new file of a form is its next version; the older ones stay as its history. The files
 * are kept in the project file's document store under generated names.
 */
@Service
public class FormsLibrary {

	static final Set<String> FORM_KINDS = Set.of(FormFileCheck.PDF, FormFileCheck.DOCX, FormFileCheck.XLSX);

	/** A kind of form: แบบคำขอเข้าร่วมมาตรการ, สัญญา, แบบรายงาน, อื่น ๆ. */
	public record Category(String code, String name) {
	}

	/** One file of a form. */
	public record Version(Long id, Long formId, int version, LocalDate effectiveFrom, String fileName,
			String contentType, long size, String note, String uploadedBy, Instant uploadedAt, String storageKey) {

		public String kind() {
			return FormFileCheck.label(this.contentType);
		}

		public String sizeLabel() {
			return this.size < 1024 * 1024 ? Math.max(1, this.size / 1024) + " KB"
					: String.format("%.1f MB", this.size / (1024.0 * 1024));
		}

	}

	/** A form with its versions, newest first. */
	public record Form(Long id, Long provinceId, Category category, String title, List<Version> versions) {

		/** The newest version in effect on the day, if any (a version may be entered before it takes effect). */
		public Optional<Version> current(LocalDate on) {
			return this.versions.stream().filter(v -> !v.effectiveFrom().isAfter(on)).findFirst();
		}

	}

	/** The forms of one category. */
	public record Group(Category category, List<Form> forms) {
	}

	/** The province's forms by category, categories without forms left out. */
	public List<Group> groups(Long provinceId) {
		List<Form> all = forms(provinceId);
		return categories().stream()
			.map(c -> new Group(c, all.stream().filter(f -> f.category().code().equals(c.code())).toList()))
			.filter(g -> !g.forms().isEmpty())
			.toList();
	}

	/** A form as the public sees it: its newest version in effect. */
	public record PublicForm(Form form, Version current) {
	}

	private static final RowMapper<Version> VERSION = (rs, n) -> new Version(rs.getLong("id"), rs.getLong("form_id"),
			rs.getInt("version"), rs.getObject("effective_from", LocalDate.class), rs.getString("file_name"),
			rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("note"), rs.getString("uploaded_by"),
			rs.getTimestamp("uploaded_at").toInstant(), rs.getString("storage_key"));

	private final JdbcTemplate jdbc;

	private final DocumentStore store;

	private final FormFileCheck check;

	private final PublicSettings settings;

	private final AuditLog audit;

	private final Clock clock;

	FormsLibrary(JdbcTemplate jdbc, DocumentStore store, FormFileCheck check, PublicSettings settings, AuditLog audit,
			Clock clock) {
		this.jdbc = jdbc;
		this.store = store;
		this.check = check;
		this.settings = settings;
		this.audit = audit;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(this.clock.withZone(ThaiDates.BANGKOK));
	}

	public List<Category> categories() {
		return this.jdbc.query("select code, name_th from wf_form_category order by sort_order",
				(rs, n) -> new Category(rs.getString(1), rs.getString(2)));
	}

	/** Every form of the province with all its versions, by category then title. */
	@Transactional(readOnly = true)
	public List<Form> forms(Long provinceId) {
		Map<Long, List<Version>> versions = new LinkedHashMap<>();
		this.jdbc.query("select v.* from wf_form_version v join wf_form f on f.id = v.form_id where f.province_id = ?"
				+ " order by v.form_id, v.version desc", VERSION, provinceId)
			.forEach(v -> versions.computeIfAbsent(v.formId(), id -> new ArrayList<>()).add(v));
		return this.jdbc.query("select f.id, f.province_id, f.title, c.code, c.name_th from wf_form f"
				+ " join wf_form_category c on c.code = f.category where f.province_id = ? order by c.sort_order, f.title",
				(rs, n) -> new Form(rs.getLong(1), rs.getLong(2), new Category(rs.getString(4), rs.getString(5)),
						rs.getString(3), versions.getOrDefault(rs.getLong(1), List.of())),
				provinceId);
	}

	public Optional<Form> form(Long provinceId, Long id) {
		return forms(provinceId).stream().filter(f -> f.id().equals(id)).findFirst();
	}

	/** A version of a form of the province, or empty (another province's, or none). */
	public Optional<Version> version(Long provinceId, Long versionId) {
		return this.jdbc.query("select v.* from wf_form_version v join wf_form f on f.id = v.form_id"
				+ " where v.id = ? and f.province_id = ?", VERSION, versionId, provinceId).stream().findFirst();
	}

	/** A new form with its first file. */
	@Transactional
	public Form addForm(Long provinceId, String category, String title, String effectiveFrom, String fileName,
			InputStreamSource file, String note, String username) {
		if (category == null || categories().stream().noneMatch(c -> c.code().equals(category))) {
			throw new FormRefused("กรุณาเลือกประเภทแบบฟอร์ม");
		}
		if (title == null || title.isBlank()) {
			throw new FormRefused("กรุณาระบุชื่อแบบฟอร์ม");
		}
		if (title.strip().length() > 300) {
			throw new FormRefused("ชื่อแบบฟอร์มยาวเกิน 300 ตัวอักษร");
		}
		LocalDate from = date(effectiveFrom);
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.update(connection -> {
			var statement = connection.prepareStatement("insert into wf_form (province_id, category, title, created_by,"
					+ " created_at) values (?, ?, ?, ?, ?)", new String[] { "id" });
			statement.setLong(1, provinceId);
			statement.setString(2, category);
			statement.setString(3, title.strip());
			statement.setString(4, username);
			statement.setTimestamp(5, Timestamp.from(Instant.now(this.clock)));
			return statement;
		}, key);
		Long formId = key.getKey().longValue();
		store(formId, 1, from, fileName, file, note, username);
		this.audit.created("Form", formId, "เพิ่มแบบฟอร์ม " + title.strip(), category);
		return form(provinceId, formId).orElseThrow();
	}

	/** The form's next version; the one before stays as history. */
	@Transactional
	public Version addVersion(Long provinceId, Long formId, String effectiveFrom, String fileName,
			InputStreamSource file, String note, String username) {
		Form form = form(provinceId, formId).orElseThrow(th.go.cdd.fastdata.organisation.NotFoundInScope::new);
		LocalDate from = date(effectiveFrom);
		int next = form.versions().stream().mapToInt(Version::version).max().orElse(0) + 1;
		Version version = store(formId, next, from, fileName, file, note, username);
		this.audit.created("FormVersion", version.id(), "แบบฟอร์ม " + form.title() + " ฉบับที่ " + next,
				version.fileName());
		return version;
	}

	private Version store(Long formId, int version, LocalDate from, String fileName, InputStreamSource file, String note,
			String username) {
		if (file == null) {
			throw new FormRefused("กรุณาเลือกไฟล์แบบฟอร์ม (PDF, DOCX หรือ XLSX)");
		}
		if (note != null && note.strip().length() > 500) {
			throw new FormRefused("หมายเหตุยาวเกิน 500 ตัวอักษร");
		}
		String storageKey = DocumentStore.newKey("form");
		try (InputStream in = file.getInputStream();
				FormFile checked = this.check.check(in, fileName, this.settings.maxFileSize().toBytes(),
						FORM_KINDS)) {
			this.store.put(storageKey, checked.temp(), checked.contentType());
			GeneratedKeyHolder key = new GeneratedKeyHolder();
			this.jdbc.update(connection -> {
				var statement = connection.prepareStatement("insert into wf_form_version (form_id, version, effective_from,"
						+ " file_name, content_type, size_bytes, sha256, storage_key, note, uploaded_by, uploaded_at)"
						+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] { "id" });
				statement.setLong(1, formId);
				statement.setInt(2, version);
				statement.setObject(3, from);
				statement.setString(4, checked.displayName());
				statement.setString(5, checked.contentType());
				statement.setLong(6, checked.size());
				statement.setString(7, checked.sha256());
				statement.setString(8, storageKey);
				statement.setString(9, note == null || note.isBlank() ? null : note.strip());
				statement.setString(10, username);
				statement.setTimestamp(11, Timestamp.from(Instant.now(this.clock)));
				return statement;
			}, key);
			Long id = key.getKey().longValue();
			return this.jdbc.queryForObject("select * from wf_form_version where id = ?", VERSION, id);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static LocalDate date(String text) {
		try {
			return ThaiDates.parse(text);
		}
		catch (ThaiDateParseException ex) {
			throw new FormRefused("วันที่มีผล: " + ex.getMessage());
		}
	}

	InputStream open(String storageKey) throws IOException {
		return this.store.open(storageKey);
	}

}
