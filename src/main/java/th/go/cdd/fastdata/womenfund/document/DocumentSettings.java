package th.go.cdd.fastdata.womenfund.document;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the project file ({@code fastdata.documents.*}).
 * @param store {@code local} (a folder, the default) or {@code s3} (an S3-compatible object store)
 * @param localRoot the folder of the local store; files in it get generated names only
 * @param maxFileSize the largest document accepted
 * @param bulk limits of a ZIP upload from the old Drive folders
 * @param s3 the object store, when {@code store=s3}
 */
@ConfigurationProperties("fastdata.documents")
record DocumentSettings(@DefaultValue("local") String store, @DefaultValue("./data/documents") Path localRoot,
		@DefaultValue("20MB") DataSize maxFileSize, @DefaultValue Bulk bulk, @DefaultValue S3 s3) {

	DocumentSettings {
		if (!"local".equals(store) && !"s3".equals(store)) {
			throw new IllegalArgumentException("fastdata.documents.store must be local or s3, not " + store);
		}
	}

	/**
	 * @param maxZipSize the largest ZIP accepted
	 * @param maxEntries files in one ZIP, folders not counted (a zip bomb holds millions)
	 * @param maxTotalSize all files of one ZIP unpacked (a zip bomb unpacks to terabytes)
	 * @param defaultType the kind of a file whose name names none
	 */
	record Bulk(@DefaultValue("300MB") DataSize maxZipSize, @DefaultValue("2000") int maxEntries,
			@DefaultValue("1GB") DataSize maxTotalSize, @DefaultValue("OTHER_EVIDENCE") String defaultType) {
	}

	/**
	 * @param endpoint empty for AWS itself; the address of MinIO, Ceph, ... otherwise
	 * @param accessKey empty: the SDK's usual chain (environment, instance role)
	 */
	record S3(@DefaultValue("") String bucket, @DefaultValue("") String prefix, @DefaultValue("") String endpoint,
			@DefaultValue("ap-southeast-1") String region, @DefaultValue("true") boolean pathStyle,
			@DefaultValue("") String accessKey, @DefaultValue("") String secretKey) {
	}

}
