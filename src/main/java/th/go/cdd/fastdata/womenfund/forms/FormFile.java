package th.go.cdd.fastdata.womenfund.forms;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A form or announcement file read and checked, waiting in a temporary file until stored. */
record FormFile(Path temp, String displayName, String contentType, String kind, long size, String sha256)
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
