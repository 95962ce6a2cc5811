package th.go.cdd.fastdata.womenfund.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Where the bytes of documents are kept: a local folder or an S3-compatible object store, chosen
 * by {@code fastdata.documents.store}. Keys are made by {@link #newKey}, never from anything a
 * user typed or a file was called, so no name can reach outside the store.
 */
public interface DocumentStore {

	/** Generated keys only: lower-case letters, digits, '-' and '/' between parts. */
	Pattern KEY = Pattern.compile("[a-z0-9-]+(/[a-z0-9-]+)*");

	/** A fresh key such as {@code doc/2f/2f1c...}: a random name, spread over 256 folders. */
	static String newKey(String kind) {
		String id = UUID.randomUUID().toString();
		return kind + "/" + id.substring(0, 2) + "/" + id;
	}

	static String checked(String key) {
		if (key == null || !KEY.matcher(key).matches() || key.length() > 200) {
			throw new IllegalArgumentException("not a document store key: " + key);
		}
		return key;
	}

	/** Stores the file under the key (a copy: the caller may delete the file afterwards). */
	void put(String key, Path file, String contentType) throws IOException;

	InputStream open(String key) throws IOException;

	void delete(String key) throws IOException;

	boolean exists(String key) throws IOException;

	/** Where the files are, for the log and the README: "folder /srv/fastdata/documents". */
	String describe();

}
