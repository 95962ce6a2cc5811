package th.go.cdd.fastdata.womenfund.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

import org.apache.tika.Tika;
import org.springframework.stereotype.Component;

/**
 * Reads an uploaded file once: copies it to a temporary file, counts its size (stopping past the
 * limit, whatever the sender declared), hashes it (SHA-256) and tells its kind from the first
 * bytes with Apache Tika, never from its name. Only PDF, JPEG and PNG are taken.
 */
@Component
class FileCheck {

	/** What the file takes: detected content type → what the officer calls it, and its extension. */
	static final Map<String, String[]> ACCEPTED = Map.of("application/pdf", new String[] { "PDF", ".pdf" },
			"image/jpeg", new String[] { "JPEG", ".jpg" }, "image/png", new String[] { "PNG", ".png" });

	private static final int MAX_NAME = 200;

	private final Tika tika = new Tika();

	/**
	 * @param name the name the file came with: cleaned for display, never used as a path
	 * @throws FileRefused empty, too large, or not PDF/JPEG/PNG by content
	 */
	CheckedFile check(InputStream in, String name, long maxSize) throws IOException {
		StagedUpload upload;
		try {
			upload = StagedUpload.of(in, "fastdata-document-", maxSize);
		}
		catch (StagedUpload.TooLarge ex) {
			throw FileRefused.badFile("ไฟล์ " + displayName(name) + " ใหญ่เกิน " + megabytes(maxSize)
					+ " กรุณาสแกนใหม่ด้วยความละเอียดที่ต่ำลง หรือแบ่งเป็นหลายไฟล์");
		}
		try {
			if (upload.size() == 0) {
				throw FileRefused.badFile("ไฟล์ " + displayName(name) + " ว่างเปล่า ไม่มีข้อมูล");
			}
			String detected = this.tika.detect(upload.head());
			String[] accepted = ACCEPTED.get(detected);
			if (accepted == null) {
				throw FileRefused.unsupported("ไฟล์ " + displayName(name)
						+ " ไม่ใช่ PDF, JPEG หรือ PNG ตามเนื้อไฟล์ (ตรวจพบเป็น " + detected + ")"
						+ " แม้ชื่อไฟล์จะลงท้ายเช่นนั้น กรุณาสแกนหรือบันทึกเป็น PDF หรือถ่ายรูปใหม่");
			}
			return new CheckedFile(upload.file(), withExtension(displayName(name), accepted[1]), detected, upload.size(),
					upload.sha256());
		}
		catch (RuntimeException ex) {
			Files.deleteIfExists(upload.file());
			throw ex;
		}
	}

	/**
	 * The last part of the name only (no folders: "../../x.pdf" → "x.pdf"), without control
	 * characters or those Windows forbids, at most 200 characters: text to show, nothing more.
	 */
	static String displayName(String name) {
		String cleaned = name == null ? "" : Normalizer.normalize(name, Normalizer.Form.NFC);
		cleaned = cleaned.substring(Math.max(cleaned.lastIndexOf('/'), cleaned.lastIndexOf('\\')) + 1);
		cleaned = cleaned.replaceAll("[\\p{Cntrl}<>:\"|?*]", "").replaceAll("\\s+", " ").strip();
		cleaned = cleaned.replaceAll("^\\.+", "");
		if (cleaned.length() > MAX_NAME) {
			int dot = cleaned.lastIndexOf('.');
			String extension = dot > 0 && cleaned.length() - dot <= 6 ? cleaned.substring(dot) : "";
			cleaned = cleaned.substring(0, MAX_NAME - extension.length()) + extension;
		}
		return cleaned.isBlank() ? "เอกสาร" : cleaned;
	}

	/** The name ends as its content is: a PNG called "scan.pdf" is shown as "scan.pdf.png". */
	static String withExtension(String name, String extension) {
		String lower = name.toLowerCase(Locale.ROOT);
		if (lower.endsWith(extension) || (".jpg".equals(extension) && lower.endsWith(".jpeg"))) {
			return name;
		}
		return name + extension;
	}

	static String megabytes(long bytes) {
		return (bytes / (1024 * 1024)) + " MB";
	}

	static MessageDigest sha256() {
		return StagedUpload.newDigest();
	}

}
