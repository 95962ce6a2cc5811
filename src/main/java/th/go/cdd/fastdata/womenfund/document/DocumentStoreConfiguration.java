package th.go.cdd.fastdata.womenfund.document;

import java.net.URI;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/** The document store named by {@code fastdata.documents.store}. */
@Configuration(proxyBeanMethods = false)
class DocumentStoreConfiguration {

	private static final Logger log = LoggerFactory.getLogger(DocumentStoreConfiguration.class);

	@Bean(destroyMethod = "")
	DocumentStore documentStore(DocumentSettings settings) {
		DocumentStore store = "s3".equals(settings.store()) ? new S3DocumentStore(s3Client(settings.s3()),
				settings.s3().bucket(), settings.s3().prefix()) : new LocalDocumentStore(settings.localRoot());
		log.info("Project documents are kept in the {}", store.describe());
		return store;
	}

	static S3Client s3Client(DocumentSettings.S3 s3) {
		S3ClientBuilder builder = S3Client.builder()
			.region(Region.of(s3.region()))
			.forcePathStyle(s3.pathStyle());
		if (!s3.endpoint().isBlank()) {
			builder.endpointOverride(URI.create(s3.endpoint()));
		}
		if (!s3.accessKey().isBlank()) {
			builder.credentialsProvider(
					StaticCredentialsProvider.create(AwsBasicCredentials.create(s3.accessKey(), s3.secretKey())));
		}
		return builder.build();
	}

}
