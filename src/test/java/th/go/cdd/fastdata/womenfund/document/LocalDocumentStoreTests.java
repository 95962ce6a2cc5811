package th.go.cdd.fastdata.womenfund.document;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalDocumentStoreTests {

	@TempDir
	Path root;

	@Test
	void aFileIsKeptUnderItsGeneratedKeyInsideTheFolderOnly() throws Exception {
		LocalDocumentStore store = new LocalDocumentStore(this.root.resolve("documents"));
		Path file = Files.write(this.root.resolve("upload.tmp"), TestFiles.png(10, 10));
		String key = DocumentStore.newKey("doc");
		store.put(key, file, "image/png");
		assertThat(this.root.resolve("documents").resolve(key)).isRegularFile();
		try (InputStream in = store.open(key)) {
			assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(file));
		}
		store.delete(key);
		assertThat(store.exists(key)).isFalse();
		assertThatThrownBy(() -> store.open("../upload.tmp")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> store.open("/etc/passwd")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void theNameShownIsTheLastPartWithoutControlCharacters() {
		assertThat(FileCheck.displayName("../../x.pdf")).isEqualTo("x.pdf");
		assertThat(FileCheck.displayName("C:\\Users\\กะทู้\\สัญญา ค้ำ.pdf")).isEqualTo("สัญญา ค้ำ.pdf");
		assertThat(FileCheck.displayName("a\u0000b\r\n<c>.pdf")).isEqualTo("abc.pdf");
		assertThat(FileCheck.displayName("...")).isEqualTo("เอกสาร");
		assertThat(FileCheck.withExtension("scan.pdf", ".png")).isEqualTo("scan.pdf.png");
		assertThat(FileCheck.withExtension("photo.JPEG", ".jpg")).isEqualTo("photo.JPEG");
	}

}
