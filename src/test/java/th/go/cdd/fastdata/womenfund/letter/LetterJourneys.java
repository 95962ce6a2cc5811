package th.go.cdd.fastdata.womenfund.letter;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import th.go.cdd.fastdata.thai.BahtText;
import th.go.cdd.fastdata.thai.ThaiDates;
import th.go.cdd.fastdata.womenfund.project.ProjectStatuses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Letters through HTTP: a letter filled from the project and stored in its file, templates that
 * must be real DOCX, and the district scope. Each test uses a project of its own.
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class LetterJourneys {

	static final RequestPostProcessor KATHU = user("district.kathu").roles("DISTRICT_OFFICER");

	static final RequestPostProcessor THALANG = user("district.thalang").roles("DISTRICT_OFFICER");

	static final RequestPostProcessor PROVINCE = user("province").roles("PROVINCE_OFFICER");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ProjectStatuses statuses;

	/** The n-th project of Kathu with a contract and a borrower and no letters yet. */
	Long projectId(int n) {
		return jdbc.queryForObject("select p.id from wf_project p join district d on d.id = p.district_id"
				+ " where d.code = '8302' and exists (select 1 from wf_contract c where c.project_id = p.id)"
				+ " and exists (select 1 from wf_project_member m where m.project_id = p.id and m.member_role = 'BORROWER')"
				+ " and not exists (select 1 from wf_document w where w.project_id = p.id and w.type_code = 'LETTER')"
				+ " order by p.id limit 1 offset ?", Long.class, n);
	}

	Long borrower(Long projectId) {
		return jdbc.queryForObject("select min(id) from wf_project_member where project_id = ? and member_role = 'BORROWER'",
				Long.class, projectId);
	}

	String borrowerName(Long memberId) {
		return jdbc.queryForObject("select coalesce(p.title, '') || p.first_name || ' ' || p.last_name from wf_person p"
				+ " join wf_project_member m on m.person_id = p.id where m.id = ?", String.class, memberId);
	}

	/** Generates the letter and downloads the stored copy from the project file; its text. */
	String letterText(Long projectId, String kind, Long memberId, RequestPostProcessor who) throws Exception {
		MvcResult made = mvc.perform(post("/womenfund/projects/{id}/letters", projectId).param("kind", kind)
			.param("memberId", memberId.toString())
			.with(csrf())
			.with(who))
			.andExpect(redirectedUrl("/womenfund/projects/" + projectId + "#letters"))
			.andExpect(flash().attributeExists("letterDocumentId"))
			.andReturn();
		Long documentId = (Long) made.getFlashMap().get("letterDocumentId");
		byte[] docx = mvc.perform(get("/womenfund/documents/{id}/download", documentId).with(who))
			.andExpect(status().isOk())
			.andExpect(content().contentType(ProjectLetters.DOCX))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor text = new XWPFWordExtractor(document)) {
			return text.getText();
		}
	}

	@Test
	void aDemandLetterIsFilledFromTheProjectAndStoredInItsFile() throws Exception {
		Long projectId = projectId(0);
		Long borrower = borrower(projectId);
		String text = letterText(projectId, "DEMAND_LETTER", borrower, KATHU);
		BigDecimal amount = jdbc.queryForObject("select amount from wf_contract where project_id = ?", BigDecimal.class,
				projectId);
		String contractNumber = jdbc.queryForObject("select contract_number from wf_contract where project_id = ?",
				String.class, projectId);
		LocalDate today = statuses.today();
		assertThat(text).contains("บอกกล่าวทวงถาม")
			.contains("เรียน  " + borrowerName(borrower))
			.contains(BahtText.of(amount))
			.contains(contractNumber)
			.contains(ThaiDates.longDate(today))
			.contains("สำนักงานพัฒนาชุมชนจังหวัดภูเก็ต")
			.doesNotContain("{{");
		assertThat(ThaiDates.longDate(today)).matches("\\d{1,2} \\S+ 25\\d\\d");
		// kept in the project file as a letter, with its recipient in the note, and audited
		assertThat(jdbc.queryForObject("select count(*) from wf_document where project_id = ? and type_code = 'LETTER'"
				+ " and content_type = ? and note like ?", Long.class, projectId, ProjectLetters.DOCX,
				"หนังสือบอกกล่าวทวงถาม ถึง %")).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where record_type = 'ProjectDocument'"
				+ " and summary like ?", Long.class, "เพิ่มหนังสือที่ออกจากระบบ%" + codeOf(projectId))).isPositive();
		mvc.perform(get("/womenfund/projects/{id}", projectId).with(KATHU))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ออกหนังสือ (DOCX)")))
			.andExpect(content().string(containsString("หนังสือเชิญไกล่เกลี่ยก่อนฟ้อง")));
	}

	@Test
	void theMediationInvitationAndTheAcknowledgmentFormAreFilledToo() throws Exception {
		Long projectId = projectId(1);
		Long borrower = borrower(projectId);
		String invitation = letterText(projectId, "MEDIATION_INVITATION", borrower, KATHU);
		assertThat(invitation).contains("ไกล่เกลี่ย").contains(borrowerName(borrower)).doesNotContain("{{");
		String form = letterText(projectId, "DEBT_ACKNOWLEDGMENT_FORM", borrower, KATHU);
		assertThat(form).contains("หนังสือรับสภาพหนี้").contains("ข้าพเจ้า " + borrowerName(borrower)).contains("บาท")
			.doesNotContain("{{");
		Long guarantor = jdbc.queryForObject(
				"select min(id) from wf_project_member where project_id = ? and member_role = 'GUARANTOR'", Long.class,
				projectId);
		if (guarantor != null) {
			assertThat(letterText(projectId, "LIABILITY_ACKNOWLEDGMENT_FORM", guarantor, KATHU))
				.contains("หนังสือรับสภาพความผิด")
				.contains("ข้าพเจ้า " + borrowerName(guarantor))
				.contains("ของ " + borrowerName(borrower))
				.doesNotContain("{{");
		}
	}

	@Test
	void aTemplateThatIsNotADocxIsRefusedInThaiAndARealOneIsUsedFromItsDate() throws Exception {
		long before = jdbc.queryForObject("select count(*) from wf_letter_template", Long.class);
		mvc.perform(multipart("/womenfund/letters/templates")
			.file(new MockMultipartFile("file", "แม่แบบ.docx", "application/octet-stream",
					"%PDF-1.4 not a word document".getBytes(StandardCharsets.UTF_8)))
			.param("kind", "ACKNOWLEDGMENT_INVITATION")
			.with(csrf())
			.with(PROVINCE))
			.andExpect(redirectedUrl("/womenfund/letters/templates"))
			.andExpect(flash().attribute("templateProblem", containsString("ไม่ใช่เอกสาร Word (DOCX) ตามเนื้อไฟล์")));
		assertThat(jdbc.queryForObject("select count(*) from wf_letter_template", Long.class)).isEqualTo(before);

		// a real DOCX is taken as the next version and used for the next letter
		mvc.perform(multipart("/womenfund/letters/templates")
			.file(new MockMultipartFile("file", "เชิญลงนาม.docx", "application/octet-stream",
					docx("แม่แบบของจังหวัด เรียน {{recipientName}} ยอด {{outstandingAmountText}}")))
			.param("kind", "ACKNOWLEDGMENT_INVITATION")
			.param("effectiveFrom", "1/1/2500")
			.param("note", "ทดสอบ")
			.with(csrf())
			.with(PROVINCE))
			.andExpect(redirectedUrl("/womenfund/letters/templates"))
			.andExpect(flash().attribute("message", containsString("เก็บแม่แบบฉบับที่")));
		mvc.perform(get("/womenfund/letters/templates").with(PROVINCE))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("เชิญลงนาม.docx")));
		Long projectId = projectId(2);
		Long borrower = borrower(projectId);
		assertThat(letterText(projectId, "ACKNOWLEDGMENT_INVITATION", borrower, KATHU))
			.contains("แม่แบบของจังหวัด เรียน " + borrowerName(borrower) + " ยอด ");
		// district officers use the templates, they do not change them
		mvc.perform(get("/womenfund/letters/templates").with(KATHU)).andExpect(status().isForbidden());
		mvc.perform(get("/womenfund/letters/templates").with(user("admin").roles("ADMIN"))).andExpect(status().isOk());
		mvc.perform(get("/womenfund/letters/templates/default/DEMAND_LETTER").with(PROVINCE))
			.andExpect(status().isOk())
			.andExpect(content().contentType(ProjectLetters.DOCX));
		mvc.perform(get("/womenfund/letters/templates/default/NO_SUCH_KIND").with(PROVINCE))
			.andExpect(status().isNotFound());
	}

	@Test
	void aProjectOrPersonOutsideTheUsersDistrictsIsNotFound() throws Exception {
		Long projectId = projectId(3);
		Long borrower = borrower(projectId);
		mvc.perform(post("/womenfund/projects/{id}/letters", projectId).param("kind", "DEMAND_LETTER")
			.param("memberId", borrower.toString())
			.with(csrf())
			.with(THALANG)).andExpect(status().isNotFound());
		// a person of another project cannot be put on this one's letter
		Long other = borrower(projectId(4));
		mvc.perform(post("/womenfund/projects/{id}/letters", projectId).param("kind", "DEMAND_LETTER")
			.param("memberId", other.toString())
			.with(csrf())
			.with(KATHU)).andExpect(status().isNotFound());
		assertThat(jdbc.queryForObject("select count(*) from wf_document where project_id = ? and type_code = 'LETTER'",
				Long.class, projectId)).isZero();
		// no kind chosen: said in Thai
		mvc.perform(post("/womenfund/projects/{id}/letters", projectId).param("memberId", borrower.toString())
			.with(csrf())
			.with(KATHU)).andExpect(flash().attribute("letterProblem", "กรุณาเลือกประเภทหนังสือ"));
	}

	String codeOf(Long projectId) {
		return jdbc.queryForObject("select code from wf_project where id = ?", String.class, projectId);
	}

	static byte[] docx(String text) throws Exception {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText(text);
			document.write(out);
			return out.toByteArray();
		}
	}

}
