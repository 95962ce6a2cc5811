package th.go.cdd.fastdata.womenfund.letter;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a template must be to be taken: a real DOCX whose fields the system fills. */
class LetterTemplatesTests {

	@ParameterizedTest
	@ValueSource(strings = { "demand-letter", "acknowledgment-invitation", "mediation-invitation",
			"debt-acknowledgment-form", "liability-acknowledgment-form" })
	void theShippedTemplatesAreDocxUsingOnlyKnownFields(String name) throws Exception {
		byte[] template;
		try (InputStream in = new ClassPathResource("letters/" + name + ".docx").getInputStream()) {
			template = in.readAllBytes();
		}
		assertThatCode(() -> LetterTemplates.checkDocx(name + ".docx", template)).doesNotThrowAnyException();
	}

	@Test
	void aFileThatIsNotADocxIsRefusedInThaiWhateverItsName() {
		assertThatThrownBy(() -> LetterTemplates.checkDocx("หนังสือ.docx", "PK not really a zip".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(LetterRefused.class)
			.hasMessageContaining("หนังสือ.docx ไม่ใช่เอกสาร Word (DOCX) ตามเนื้อไฟล์");
	}

	@Test
	void aMistypedFieldIsRefusedNamingIt() throws Exception {
		byte[] typo = LetterJourneys.docx("เรียน {{recipentName}} ยอด {{outstandingAmountText}}");
		assertThatThrownBy(() -> LetterTemplates.checkDocx("แม่แบบ.docx", typo)).isInstanceOf(LetterRefused.class)
			.hasMessageContaining("ช่องที่ระบบไม่รู้จัก: recipentName")
			.hasMessageContaining("recipientName");
	}

	@Test
	void namesAreCleanedForDisplay() {
		assertThat(LetterTemplates.displayName("../../แม่แบบ.docx")).isEqualTo("แม่แบบ.docx");
		assertThat(LetterTemplates.displayName(null)).isEqualTo("แม่แบบ.docx");
	}

}
