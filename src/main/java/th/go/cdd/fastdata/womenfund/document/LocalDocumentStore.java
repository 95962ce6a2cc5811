package th.go.cdd.fastdata.womenfund.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Documents as files in one folder, under generated names ({@code doc/2f/2f1c...}). A file is
 * written beside its final place and then moved there, so a reader never sees half a file.
 */
class LocalDocumentStore implements DocumentStore {

	private final Path root;

	LocalDocumentStore(Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	@Override
	public void put(String key, Path file, String contentType) throws IOException {
		Path target = resolve(key);
		Files.createDirectories(target.getParent());
		Path partial = Files.createTempFile(target.getParent(), "upload-", ".part");
		try {
			Files.copy(file, partial, StandardCopyOption.REPLACE_EXISTING);
			Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
		}
		finally {
			Files.deleteIfExists(partial);
		}
	}

	@Override
	public InputStream open(String key) throws IOException {
		return Files.newInputStream(resolve(key));
	}

	@Override
	public void delete(String key) throws IOException {
		Files.deleteIfExists(resolve(key));
	}

	@Override
	public boolean exists(String key) {
		return Files.isRegularFile(resolve(key));
	}

	@Override
	public String describe() {
		return "folder " + this.root;
	}

	private Path resolve(String key) {
		Path path = this.root.resolve(DocumentStore.checked(key)).normalize();
		// the key pattern already forbids "..": this is the second lock
		if (!path.startsWith(this.root)) {
			throw new IllegalArgumentException("outside the document store: " + key);
		}
		return path;
	}

}
