package th.go.cdd.fastdata.womenfund.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Documents as objects in one bucket of an S3-compatible store (AWS S3, MinIO, Ceph, ...), under
 * the configured prefix and the generated key. Several instances of the application share it.
 */
class S3DocumentStore implements DocumentStore {

	private final S3Client s3;

	private final String bucket;

	private final String prefix;

	S3DocumentStore(S3Client s3, String bucket, String prefix) {
		if (bucket == null || bucket.isBlank()) {
			throw new IllegalArgumentException("fastdata.documents.s3.bucket must be set when fastdata.documents.store=s3");
		}
		this.s3 = s3;
		this.bucket = bucket;
		this.prefix = prefix == null || prefix.isBlank() ? "" : prefix.replaceAll("/+$", "") + "/";
	}

	@Override
	public void put(String key, Path file, String contentType) throws IOException {
		try {
			this.s3.putObject(b -> b.bucket(this.bucket).key(objectKey(key)).contentType(contentType),
					RequestBody.fromFile(file));
		}
		catch (S3Exception ex) {
			throw new IOException("S3 put " + key + ": " + ex.getMessage(), ex);
		}
	}

	@Override
	public InputStream open(String key) throws IOException {
		try {
			return this.s3.getObject(b -> b.bucket(this.bucket).key(objectKey(key)));
		}
		catch (S3Exception ex) {
			throw new IOException("S3 get " + key + ": " + ex.getMessage(), ex);
		}
	}

	@Override
	public void delete(String key) throws IOException {
		try {
			this.s3.deleteObject(b -> b.bucket(this.bucket).key(objectKey(key)));
		}
		catch (S3Exception ex) {
			throw new IOException("S3 delete " + key + ": " + ex.getMessage(), ex);
		}
	}

	@Override
	public boolean exists(String key) throws IOException {
		try {
			this.s3.headObject(b -> b.bucket(this.bucket).key(objectKey(key)));
			return true;
		}
		catch (NoSuchKeyException ex) {
			return false;
		}
		catch (S3Exception ex) {
			if (ex.statusCode() == 404) {
				return false;
			}
			throw new IOException("S3 head " + key + ": " + ex.getMessage(), ex);
		}
	}

	@Override
	public String describe() {
		return "bucket " + this.bucket + (this.prefix.isEmpty() ? "" : " under " + this.prefix);
	}

	private String objectKey(String key) {
		return this.prefix + DocumentStore.checked(key);
	}

}
