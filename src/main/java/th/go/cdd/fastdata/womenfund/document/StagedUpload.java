package th.go.cdd.fastdata.womenfund.document;

import java.io.IOException;
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

}
