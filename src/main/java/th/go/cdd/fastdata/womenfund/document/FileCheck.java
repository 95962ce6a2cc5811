package th.go.cdd.fastdata.womenfund.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.MessageDigest;
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

	static String displayName(String name) {
		return StagedUpload.displayName(name, "เอกสาร");
	}

	static String withExtension(String name, String extension) {
		return StagedUpload.withExtension(name, extension);
	}

	static String megabytes(long bytes) {
		return (bytes / (1024 * 1024)) + " MB";
	}

	static MessageDigest sha256() {
		return StagedUpload.newDigest();
	}

}
