package th.go.cdd.fastdata.womenfund.document;

import java.io.IOException;
import java.text.Normalizer;
import java.util.Locale;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * An upload copied to a temporary file as it arrives: its first bytes (for the content check), its
 * size counted while reading (not taken from the request) and its SHA-256. The project file and the
 * forms library both take their uploads this way; each words its own refusals.
 *
 * @param head at most the first 64 KiB, enough for every magic number Tika knows of our kinds
 */
public record StagedUpload(Path file, byte[] head, long size, String sha256) {

	private static final int HEAD = 64 * 1024;

	/** The longest file name kept for display. */
	static final int MAX_NAME = 200;

	/** The upload passed {@code maxSize} bytes; the temporary file is already gone. */
	public static class TooLarge extends RuntimeException {

		TooLarge() {
			super("upload too large");
		}

	}

	/**
	 * Reads the whole stream into a new temporary file; on any failure (including {@link TooLarge})
	 * the file is deleted before the exception leaves. The caller deletes it once done.
	 */
	public static StagedUpload of(InputStream in, String tempPrefix, long maxSize) throws IOException {
		Path temp = Files.createTempFile(tempPrefix, ".upload");
		try {
			MessageDigest sha = newDigest();
			byte[] head = new byte[HEAD];
			int headLength = 0;
			long size = 0;
			try (InputStream digesting = new DigestInputStream(in, sha); OutputStream out = Files.newOutputStream(temp)) {
				byte[] buffer = new byte[64 * 1024];
				int read;
				while ((read = digesting.read(buffer)) != -1) {
					if (headLength < HEAD) {
						int take = Math.min(read, HEAD - headLength);
						System.arraycopy(buffer, 0, head, headLength, take);
						headLength += take;
					}
					size += read;
					if (size > maxSize) {
						throw new TooLarge();
					}
					out.write(buffer, 0, read);
				}
			}
			return new StagedUpload(temp, Arrays.copyOf(head, headLength), size, HexFormat.of().formatHex(sha.digest()));
		}
		catch (IOException | RuntimeException ex) {
			Files.deleteIfExists(temp);
			throw ex;
		}
	}

	static MessageDigest newDigest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The last part of an uploaded file's name only (no folders: "../../x.pdf" → "x.pdf"), without
	 * control characters or those Windows forbids, at most 200 characters keeping a short
	 * extension: text to show and to offer on download, never a path.
	 */
	public static String displayName(String name, String fallback) {
		String cleaned = name == null ? "" : Normalizer.normalize(name, Normalizer.Form.NFC);
		cleaned = cleaned.substring(Math.max(cleaned.lastIndexOf('/'), cleaned.lastIndexOf('\\')) + 1);
		cleaned = cleaned.replaceAll("[\\p{Cntrl}<>:\"|?*]", "").replaceAll("\\s+", " ").strip();
		cleaned = cleaned.replaceAll("^\\.+", "");
		if (cleaned.length() > MAX_NAME) {
			int dot = cleaned.lastIndexOf('.');
			String extension = dot > 0 && cleaned.length() - dot <= 6 ? cleaned.substring(dot) : "";
			cleaned = cleaned.substring(0, MAX_NAME - extension.length()) + extension;
		}
		return cleaned.isBlank() ? fallback : cleaned;
	}

	/** The name with the extension of what the file really is (".jpeg" counts as ".jpg"). */
	public static String withExtension(String name, String extension) {
		String lower = name.toLowerCase(Locale.ROOT);
		if (lower.endsWith(extension) || (".jpg".equals(extension) && lower.endsWith(".jpeg"))) {
			return name;
		}
		return name + extension;
	}

}
