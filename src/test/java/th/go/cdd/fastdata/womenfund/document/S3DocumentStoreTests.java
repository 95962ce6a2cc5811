package th.go.cdd.fastdata.womenfund.document;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.adobe.testing.s3mock.S3MockApplication;

import software.amazon.awssdk.services.s3.S3Client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The S3 document store against Adobe's S3Mock, started in this JVM on a free port. S3Mock is a
 * Spring Boot application itself: it is told to read no application.properties (ours would give
 * it our database, Flyway and security) and to leave out the auto-configurations it does not need.
 * Where it cannot start here the tests are skipped with the reason printed.
 */
class S3DocumentStoreTests {

	static final String BUCKET = "fastdata-documents";

	static S3MockApplication s3mock;

	static String skipped;

	static Path s3root;

	@BeforeAll
	static void startS3Mock() throws Exception {
		s3root = Files.createTempDirectory("fastdata-s3mock-");
		try {
			s3mock = S3MockApplication.start(new java.util.HashMap<>(), "--spring.config.name=s3mock-not-our-application",
					"--http.port=0", "--com.adobe.testing.s3mock.httpPort=0", "--server.port=0", "--silent=true",
					"--com.adobe.testing.s3mock.store.initial-buckets=" + BUCKET,
					"--com.adobe.testing.s3mock.store.root=" + s3root,
					"--com.adobe.testing.s3mock.store.region=us-east-1",
					"--com.adobe.testing.s3mock.store.retain-files-on-exit=false",
					"--spring.main.banner-mode=off", "--spring.jmx.enabled=false",
					"--spring.autoconfigure.exclude=" + String.join(",",
							"org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
							"org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
							"org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
							"org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
							"org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration",
							"org.springframework.boot.session.autoconfigure.SessionAutoConfiguration",
							"org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration",
							"org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
							"org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
							"org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration",
							"org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
							"org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration"));
		}
		catch (Throwable ex) {
			skipped = ex.getClass().getSimpleName() + ": " + ex.getMessage();
			ex.printStackTrace(System.out);
			System.out.println("Skipping the S3 document store tests: S3Mock could not start here (" + skipped + ")");
		}
	}

	@AfterAll
	static void stopS3Mock() {
		if (s3mock != null) {
			s3mock.stop();
		}
	}

	S3DocumentStore store(String prefix) {
		assumeTrue(s3mock != null, () -> "S3Mock could not start: " + skipped);
		S3Client client = DocumentStoreConfiguration.s3Client(new DocumentSettings.S3(BUCKET, prefix,
				"http://127.0.0.1:" + s3mock.getHttpPort(), "us-east-1", true, "test-key", "test-secret"));
		return new S3DocumentStore(client, BUCKET, prefix);
	}

	@Test
	void aDocumentIsStoredReadBackByteForByteAndDeleted() throws Exception {
		S3DocumentStore store = store("fastdata/");
		byte[] pdf = TestFiles.pdf("s3 roundtrip");
		Path file = Files.createTempFile("s3-", ".pdf");
		Files.write(file, pdf);
		String key = DocumentStore.newKey("doc");
		store.put(key, file, "application/pdf");
		assertThat(store.exists(key)).isTrue();
		try (InputStream in = store.open(key)) {
			assertThat(in.readAllBytes()).isEqualTo(pdf);
		}
		// the object lies under the configured prefix
		assertThat(store("").exists("fastdata/" + key)).isTrue();
		store.delete(key);
		assertThat(store.exists(key)).isFalse();
		assertThat(store.describe()).isEqualTo("bucket " + BUCKET + " under fastdata/");
		Files.delete(file);
	}

	@Test
	void onlyGeneratedKeysAreTaken() {
		S3DocumentStore store = store("");
		assertThatThrownBy(() -> store.exists("../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> store.open("doc/x.pdf")).isInstanceOf(IllegalArgumentException.class);
	}

}
