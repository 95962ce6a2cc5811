package th.go.cdd.fastdata.womenfund.forms;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipFile;

import org.apache.tika.Tika;
import org.springframework.stereotype.Component;

import th.go.cdd.fastdata.womenfund.document.StagedUpload;

/**
 * Reads an uploaded form once: copies it to a temporary file, stops past the size limit, hashes it
 * (SHA-256) and tells its kind by content, never by name: PDF from its first bytes (Apache Tika),
 * DOCX and XLSX by opening the ZIP they are and finding Word's or Excel's main part.
 */
@Component
class FormFileCheck {

	static final String PDF = "application/pdf";

	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private static final Set<String> ZIPS = Set.of("application/zip", "application/x-tika-ooxml", DOCX, XLSX);

	private final Tika tika = new Tika();

	/**
	 * @param kinds what this upload takes: any of {@link #PDF}, {@link #DOCX}, {@link #XLSX}
	 * @throws FormRefused empty, too large, or not one of the kinds by content
	 */
	FormFile check(InputStream in, String name, long maxSize, Set<String> kinds) throws IOException {
		StagedUpload upload;
		try {
			upload = StagedUpload.of(in, "fastdata-form-", maxSize);
		}
		catch (StagedUpload.TooLarge ex) {
			throw new FormRefused("ไฟล์ " + displayName(name) + " ใหญ่เกิน " + (maxSize / (1024 * 1024)) + " MB");
		}
		try {
			if (upload.size() == 0) {
				throw new FormRefused("ไฟล์ " + displayName(name) + " ว่างเปล่า ไม่มีข้อมูล");
			}
			String detected = this.tika.detect(upload.head());
			String type = ZIPS.contains(detected) ? office(upload.file()) : detected;
			if (type == null || !kinds.contains(type)) {
				throw new FormRefused("ไฟล์ " + displayName(name) + " ไม่ใช่ " + labels(kinds)
						+ " ตามเนื้อไฟล์ (ตรวจพบเป็น " + detected + ") แม้ชื่อไฟล์จะลงท้ายเช่นนั้น"
						+ " กรุณาบันทึกจากโปรแกรมเป็น " + labels(kinds) + " แล้วส่งใหม่");
			}
			return new FormFile(upload.file(), withExtension(displayName(name), extension(type)), type, label(type),
					upload.size(), upload.sha256());
		}
		catch (RuntimeException ex) {
			Files.deleteIfExists(upload.file());
			throw ex;
		}
	}

	/** DOCX or XLSX when the ZIP holds Word's or Excel's main part, else null (any other ZIP). */
	private static String office(Path file) {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			if (zip.getEntry("[Content_Types].xml") == null) {
				return null;
			}
			if (zip.getEntry("word/document.xml") != null) {
				return DOCX;
			}
			if (zip.getEntry("xl/workbook.xml") != null) {
				return XLSX;
			}
			return null;
		}
		catch (IOException ex) {
			return null;
		}
	}

	static String label(String type) {
		return switch (type) {
			case PDF -> "PDF";
			case DOCX -> "DOCX";
			case XLSX -> "XLSX";
			default -> type;
		};
	}

	private static String extension(String type) {
		return "." + label(type).toLowerCase(Locale.ROOT);
	}

	/** "PDF", or "PDF, DOCX หรือ XLSX": the kinds taken, in this order. */
	private static String labels(Set<String> kinds) {
		java.util.List<String> names = java.util.stream.Stream.of(PDF, DOCX, XLSX)
			.filter(kinds::contains)
			.map(FormFileCheck::label)
			.toList();
		return names.size() == 1 ? names.get(0)
				: String.join(", ", names.subList(0, names.size() - 1)) + " หรือ " + names.get(names.size() - 1);
	}

	static String displayName(String name) {
		return StagedUpload.displayName(name, "แบบฟอร์ม");
	}

	static String withExtension(String name, String extension) {
		return StagedUpload.withExtension(name, extension);
	}

}
