package th.go.cdd.fastdata.womenfund.lmimport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps every uploaded file under the import directory, named by its SHA-256: the name is never
 * the user's (no path tricks, no clashes), the same file uploaded twice is stored once, and the
 * file applied is the very file previewed.
 */
@Component
class ImportFiles {

	static final long MAX_SIZE = 20L * 1024 * 1024;

	private final Path directory;

	ImportFiles(@Value("${fastdata.womenfund.import-dir:./data/imports}") Path directory) {
		this.directory = directory;
	}

	/** Checks the size and stores the content; answers its SHA-256 in hex. */
	String store(byte[] content) {
		if (content.length == 0) {
			throw ImportRefused.badFile("ไฟล์ว่าง กรุณาเลือกไฟล์ที่จะนำเข้า");
		}
		if (content.length > MAX_SIZE) {
			throw ImportRefused.badFile("ไฟล์ใหญ่เกิน 20 MB กรุณาแบ่งเป็นหลายไฟล์");
		}
		String sha256 = sha256(content);
		Path target = this.directory.resolve(sha256);
		try {
			if (!Files.exists(target)) {
				Files.createDirectories(this.directory);
				// written beside and moved, so a half-written file never carries the name of a whole one
				Path temporary = Files.createTempFile(this.directory, "upload-", ".part");
				Files.write(temporary, content);
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return sha256;
	}

	byte[] read(String sha256) {
		if (!sha256.matches("[0-9a-f]{64}")) {
			throw new IllegalArgumentException("not a SHA-256");
		}
		try {
			return Files.readAllBytes(this.directory.resolve(sha256));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A file stored earlier in this user's upload, named by the page: refused in Thai when it is not there. */
	byte[] readUploaded(String sha256) {
		if (sha256 == null || !sha256.matches("[0-9a-f]{64}") || !Files.exists(this.directory.resolve(sha256))) {
			throw ImportRefused.badFile("ไม่พบไฟล์ที่อัปโหลดไว้ กรุณาอัปโหลดใหม่");
		}
		return read(sha256);
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
