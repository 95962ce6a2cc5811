package th.go.cdd.fastdata.womenfund.letter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.template.ElementTemplate;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.go.cdd.fastdata.audit.AuditLog;
import th.go.cdd.fastdata.thai.ThaiDates;

/**
 * The letter templates: the kinds, their uploaded versions, and which one is in force on a day
 * (the newest version whose date has come, else the default shipped with the application).
 */
@Service
public class LetterTemplates {

	/** A template as used to fill a letter: its bytes and what to call it. */
	public record InForce(LetterKind kind, byte[] content, String label) {
	}

	/** A kind with its versions, newest first, for the templates page. */
	public record KindVersions(LetterKind kind, List<LetterTemplate> versions, String inForce) {
	}

	static final long MAX_TEMPLATE_SIZE = 5L * 1024 * 1024;

	private final LetterKindRepository kinds;

	private final LetterTemplateRepository templates;

	private final AuditLog audit;

	LetterTemplates(LetterKindRepository kinds, LetterTemplateRepository templates, AuditLog audit) {
		this.kinds = kinds;
		this.templates = templates;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public List<LetterKind> kinds() {
		return this.kinds.findByActiveTrueOrderBySortOrder();
	}

	@Transactional(readOnly = true)
	public List<KindVersions> overview(LocalDate on) {
		return kinds().stream().map(k -> {
			List<LetterTemplate> versions = this.templates.findByKindCodeOrderByVersionDesc(k.getCode());
			return new KindVersions(k, versions, inForceLabel(k, on));
		}).toList();
	}

	LetterKind kind(String code) {
		if (code == null || code.isBlank()) {
			throw new LetterRefused("กรุณาเลือกประเภทหนังสือ");
		}
		return this.kinds.findById(code.strip())
			.filter(LetterKind::isActive)
			.orElseThrow(() -> new LetterRefused("ไม่รู้จักประเภทหนังสือ " + code));
	}

	/** The template in force on the day. */
	@Transactional(readOnly = true)
	public InForce inForce(String kindCode, LocalDate on) {
		LetterKind kind = kind(kindCode);
		Optional<LetterTemplate> uploaded = this.templates
			.findFirstByKindCodeAndEffectiveFromLessThanEqualOrderByEffectiveFromDescVersionDesc(kind.getCode(), on);
		if (uploaded.isPresent()) {
			LetterTemplate t = uploaded.get();
			return new InForce(kind, t.getContent(), "ฉบับที่ " + t.getVersion() + " (ใช้ตั้งแต่ "
					+ ThaiDates.longDate(t.getEffectiveFrom()) + ")");
		}
		return new InForce(kind, shipped(kind), "แบบตั้งต้นของระบบ");
	}

	private String inForceLabel(LetterKind kind, LocalDate on) {
		return this.templates
			.findFirstByKindCodeAndEffectiveFromLessThanEqualOrderByEffectiveFromDescVersionDesc(kind.getCode(), on)
			.map(t -> "ฉบับที่ " + t.getVersion())
			.orElse("แบบตั้งต้นของระบบ");
	}

	/** The default template shipped in the application (classpath letters/). */
	byte[] shipped(LetterKind kind) {
		try (InputStream in = new ClassPathResource("letters/" + kind.getDefaultFile()).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("the default template of " + kind.getCode() + " is missing", ex);
		}
	}

	@Transactional(readOnly = true)
	public Optional<LetterTemplate> version(Long id) {
		return this.templates.findById(id).map(t -> {
			t.getContent();
			return t;
		});
	}

	/**
	 * A new version of a kind's template, in force from the day given.
	 * @throws LetterRefused not a DOCX by its content (it must open as a Word document), too large, or empty
	 */
	@Transactional
	public LetterTemplate upload(String kindCode, String fileName, byte[] content, LocalDate effectiveFrom,
			String note, String username) {
		LetterKind kind = kind(kindCode);
		String shown = displayName(fileName);
		if (content == null || content.length == 0) {
			throw new LetterRefused("กรุณาเลือกไฟล์แม่แบบ (DOCX)");
		}
		if (content.length > MAX_TEMPLATE_SIZE) {
			throw new LetterRefused("ไฟล์ " + shown + " ใหญ่เกิน 5 MB");
		}
		if (effectiveFrom == null) {
			throw new LetterRefused("กรุณาระบุวันที่เริ่มใช้");
		}
		if (note != null && note.length() > 500) {
			throw new LetterRefused("หมายเหตุยาวเกิน 500 ตัวอักษร");
		}
		checkDocx(shown, content);
		int version = this.templates.lastVersion(kind.getCode()) + 1;
		LetterTemplate saved = this.templates.saveAndFlush(new LetterTemplate(kind.getCode(), version, effectiveFrom,
				shown.toLowerCase(Locale.ROOT).endsWith(".docx") ? shown : shown + ".docx", content, sha256(content),
				blankToNull(note), username));
		this.audit.created("LetterTemplate", saved.getId(), "เพิ่มแม่แบบ" + kind.getNameTh() + " ฉบับที่ " + version
				+ " ใช้ตั้งแต่ " + ThaiDates.longDate(effectiveFrom), saved.auditState());
		return saved;
	}

	/**
	 * A DOCX is what POI opens as a Word document, whatever the file is called; its {{fields}} must
	 * be ones the system fills, so a typo is found at upload rather than as a blank in a letter.
	 */
	static void checkDocx(String shown, byte[] content) {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
			document.getParagraphs();
		}
		catch (Exception | LinkageError ex) {
			throw new LetterRefused("ไฟล์ " + shown + " ไม่ใช่เอกสาร Word (DOCX) ตามเนื้อไฟล์ จึงใช้เป็นแม่แบบไม่ได้"
					+ " กรุณาบันทึกจาก Word หรือ LibreOffice เป็นแบบ .docx แล้วอัปโหลดใหม่");
		}
		List<String> unknown;
		try (XWPFTemplate template = XWPFTemplate.compile(new ByteArrayInputStream(content))) {
			unknown = template.getElementTemplates()
				.stream()
				.filter(ElementTemplate.class::isInstance)
				.map(t -> ((ElementTemplate) t).getTagName())
				.filter(name -> !ProjectLetters.FIELDS.contains(name))
				.distinct()
				.toList();
		}
		catch (Exception ex) {
			throw new LetterRefused("แม่แบบ " + shown + " มีช่องเติมข้อมูล {{...}} ที่เขียนไม่ถูกต้อง กรุณาตรวจวงเล็บปีกกาแล้วอัปโหลดใหม่");
		}
		if (!unknown.isEmpty()) {
			throw new LetterRefused("แม่แบบ " + shown + " มีช่องที่ระบบไม่รู้จัก: " + String.join(", ", unknown)
					+ " (ช่องที่ใช้ได้: " + String.join(", ", ProjectLetters.FIELDS) + ")");
		}
	}

	static String displayName(String name) {
		String cleaned = name == null ? "" : name;
		cleaned = cleaned.substring(Math.max(cleaned.lastIndexOf('/'), cleaned.lastIndexOf('\\')) + 1);
		cleaned = cleaned.replaceAll("[\\p{Cntrl}<>:\"|?*]", "").replaceAll("\\s+", " ").strip().replaceAll("^\\.+", "");
		if (cleaned.length() > 200) {
			cleaned = cleaned.substring(0, 200);
		}
		return cleaned.isBlank() ? "แม่แบบ.docx" : cleaned;
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
