package th.go.cdd.fastdata.womenfund.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file whose content was read and checked: kind by content, size, SHA-256, and a clean name to
 * show. It lies in a temporary file until stored; {@link #close} removes that.
 */
record CheckedFile(Path temp, String displayName, String contentType, long size, String sha256)
		implements AutoCloseable {

	@Override
	public void close() {
		try {
			Files.deleteIfExists(this.temp);
		}
		catch (IOException ex) {
			// a temporary file left behind is removed by the system's own clean-up
		}
	}

}
