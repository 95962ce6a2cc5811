package th.go.cdd.fastdata.womenfund.document;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How names inside a ZIP of the old Drive folders are read. */
class ZipNamesTests {

	static final List<DocumentType> TYPES = List.of(type("DEBT_ACKNOWLEDGMENT", "หนังสือรับสภาพหนี้"),
			type("LIABILITY_ACKNOWLEDGMENT", "หนังสือรับสภาพความผิด"), type("LOAN_CONTRACT", "สัญญากู้ยืมเงิน"),
			type("GUARANTEE_CONTRACT", "สัญญาค้ำประกัน"));

	@Test
	void theKindIsTakenFromTheNearestNameByCodeOrThaiName() {
		assertThat(kind("กะทู้/LM-83-2565-0001/หนังสือ รับสภาพหนี้ ลงนาม.pdf")).isEqualTo("DEBT_ACKNOWLEDGMENT");
		assertThat(kind("LM-83-2565-0001/หนังสือรับสภาพความผิด.jpg")).isEqualTo("LIABILITY_ACKNOWLEDGMENT");
		assertThat(kind("LM-83-2565-0001_LOAN_CONTRACT.pdf")).isEqualTo("LOAN_CONTRACT");
		// the file's own name wins over its folder's
		assertThat(kind("สัญญากู้ยืมเงิน/LM-83-2565-0001 สัญญาค้ำประกัน.pdf")).isEqualTo("GUARANTEE_CONTRACT");
		assertThat(kind("LM-83-2565-0001/scan.pdf")).isNull();
		assertThat(kind("LM-83-2565-0001/MY_LOAN_CONTRACTS.pdf")).isNull();
	}

	@Test
	void projectCodesAreWordsOfAnyNameAndSystemFilesAreLeftOut() {
		assertThat(ZipNames.words(ZipNames.segments("Drive/lm-83-2565-0001 (สแกน)/x_1.pdf")))
			.contains("LM-83-2565-0001", "lm-83-2565-0001", "x_1.pdf", "X", "1");
		assertThat(ZipNames.isSystemFile("__MACOSX/LM-1/._a.pdf")).isTrue();
		assertThat(ZipNames.isSystemFile("LM-1/Thumbs.db")).isTrue();
		assertThat(ZipNames.isSystemFile("LM-1/.DS_Store")).isTrue();
		assertThat(ZipNames.isSystemFile("LM-1/a.pdf")).isFalse();
	}

	static String kind(String path) {
		return ZipNames.typeNamedIn(ZipNames.segments(path), TYPES).map(DocumentType::getCode).orElse(null);
	}

	static DocumentType type(String code, String name) {
		return new DocumentType(code, name, false, 0);
	}

}
