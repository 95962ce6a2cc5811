package th.go.cdd.fastdata.womenfund.forms;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The forms library, the announcement file of a measure and the public page through HTTP: the
 * public page opens without login and shows no person and no project; its QR code reads back as
 * its address; forms are checked by content and keep their history; only the province uploads.
 */
@SpringBootTest(properties = "fastdata.public.base-url=https://fastdata.example.go.th/")
@AutoConfigureMockMvc
abstract class FormsJourneys {

	static final RequestPostProcessor PROVINCE = user("province").roles("PROVINCE_OFFICER");

	static final RequestPostProcessor KATHU = user("district.kathu").roles("DISTRICT_OFFICER");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void thePublicPageOpensWithoutLoginAndShowsNoNationalIdNorProjectCode() throws Exception {
		String page = mvc.perform(get("/public"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("มาตรการที่มีผลวันนี้")))
			.andExpect(content().string(containsString("ลดอัตราดอกเบี้ยเงินกู้และดอกเบี้ยผิดนัด")))
			// the demo forms and the demo announcement are there to download
			.andExpect(content().string(containsString("แบบคำขอปรับโครงสร้างหนี้")))
			.andExpect(content().string(containsString("ดาวน์โหลดประกาศ")))
			.andExpect(content().string(containsString("สำนักงานพัฒนาชุมชนจังหวัดภูเก็ต")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		List<String> nationalIds = jdbc.queryForList("select national_id from wf_person", String.class);
		assertThat(nationalIds).isNotEmpty();
		for (String id : nationalIds) {
			assertThat(page).doesNotContain(id)
				.doesNotContain(id.replaceFirst("(\\d)(\\d{4})(\\d{5})(\\d{2})(\\d)", "$1-$2-$3-$4-$5"));
		}
		List<String> projectCodes = jdbc.queryForList("select code from wf_project", String.class);
		assertThat(projectCodes).isNotEmpty();
		assertThat(projectCodes).noneMatch(page::contains);
		List<String> names = jdbc.queryForList("select first_name || ' ' || last_name from wf_person", String.class);
		assertThat(names).noneMatch(page::contains);
		// the same page by province code; an unknown or unserved province is not found
		mvc.perform(get("/public/83")).andExpect(status().isOk());
		mvc.perform(head("/public")).andExpect(status().isOk());
		// the sign-in page leads the public there
		mvc.perform(get("/login")).andExpect(content().string(containsString("href=\"/public\"")));
		mvc.perform(get("/public/10")).andExpect(status().isNotFound());
		// everything else stays locked: the forms library, a project's file
		mvc.perform(get("/womenfund/forms")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/womenfund/projects/1")).andExpect(status().is3xxRedirection());
	}

	@Test
	void theQrCodeReadsAsThePageAddressAndThePosterShowsIt() throws Exception {
		byte[] png = mvc.perform(get("/public/qr.png"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(decode(png)).isEqualTo("https://fastdata.example.go.th/public/83");
		assertThat(decode(mvc.perform(get("/public/83/qr.png")).andReturn().getResponse().getContentAsByteArray()))
			.isEqualTo("https://fastdata.example.go.th/public/83");
		mvc.perform(get("/public/poster"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("https://fastdata.example.go.th/public/83")))
			.andExpect(content().string(containsString("/public/83/qr.png")));
	}

	@Test
	void aFormWhoseContentIsNotWhatItsNameSaysIsRefusedInThai() throws Exception {
		long before = jdbc.queryForObject("select count(*) from wf_form", Long.class);
		byte[] notPdf = "MZ this is a program, not a form".getBytes(StandardCharsets.UTF_8);
		mvc.perform(multipart("/womenfund/forms").file(new MockMultipartFile("file", "แบบคำขอ.pdf", "application/pdf", notPdf))
			.param("category", "MEASURE_APPLICATION")
			.param("title", "แบบคำขอปลอม")
			.param("effectiveFrom", "1/10/2568")
			.with(csrf())
			.with(PROVINCE))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("formProblem", containsString("ไม่ใช่ PDF, DOCX หรือ XLSX ตามเนื้อไฟล์")));
		// a ZIP named .docx is no Word file either
		mvc.perform(multipart("/womenfund/forms")
			.file(new MockMultipartFile("file", "สัญญา.docx", "application/octet-stream",
					zip(Map.of("readme.txt", "hello".getBytes(StandardCharsets.UTF_8)))))
			.param("category", "CONTRACT")
			.param("title", "สัญญาปลอม")
			.param("effectiveFrom", "1/10/2568")
			.with(csrf())
			.with(PROVINCE))
			.andExpect(flash().attribute("formProblem", containsString("ตามเนื้อไฟล์")));
		assertThat(jdbc.queryForObject("select count(*) from wf_form", Long.class)).isEqualTo(before);
	}

	@Test
	void aNewVersionOfAFormKeepsTheOldOneAsHistory() throws Exception {
		mvc.perform(multipart("/womenfund/forms")
			.file(new MockMultipartFile("file", "report-2568.docx", "application/octet-stream", docx()))
			.param("category", "REPORT")
			.param("title", "แบบรายงานไตรมาส")
			.param("effectiveFrom", "1/10/2567")
			.with(csrf())
			.with(PROVINCE)).andExpect(status().is3xxRedirection());
		Long formId = jdbc.queryForObject("select id from wf_form where title = 'แบบรายงานไตรมาส'", Long.class);
		assertThat(jdbc.queryForObject("select content_type from wf_form_version where form_id = ?", String.class, formId))
			.isEqualTo(FormFileCheck.DOCX);
		mvc.perform(multipart("/womenfund/forms/{id}/versions", formId)
			.file(new MockMultipartFile("file", "report-2569.pdf", "application/pdf", DemoForms.pdf("v2").getByteArray()))
			.param("effectiveFrom", "1/10/2568")
			.with(csrf())
			.with(PROVINCE))
			.andExpect(flash().attribute("message", containsString("ฉบับที่ 2")));
		List<Long> versions = jdbc.queryForList("select id from wf_form_version where form_id = ? order by version",
				Long.class, formId);
		assertThat(versions).hasSize(2);
		// the library shows the new one in use and both in the history; both still download
		mvc.perform(get("/womenfund/forms").with(KATHU))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("report-2569.pdf")))
			.andExpect(content().string(containsString("ฉบับที่ 1: report-2568.docx")))
			.andExpect(content().string(containsString("ประวัติฉบับ (2)")));
		mvc.perform(get("/womenfund/forms/files/{id}", versions.get(0)).with(KATHU))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", FormFileCheck.DOCX));
		// the public page offers the version in use only
		String page = mvc.perform(get("/public")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("/public/forms/" + versions.get(1)).doesNotContain("/public/forms/" + versions.get(0) + "\"");
		mvc.perform(get("/public/forms/{id}", versions.get(1)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"));
	}

	@Test
	void aDistrictOfficerCannotUploadForms() throws Exception {
		mvc.perform(multipart("/womenfund/forms")
			.file(new MockMultipartFile("file", "f.pdf", "application/pdf", DemoForms.pdf("x").getByteArray()))
			.param("category", "OTHER")
			.param("title", "แบบของอำเภอ")
			.param("effectiveFrom", "1/10/2568")
			.with(csrf())
			.with(KATHU)).andExpect(status().isForbidden());
		Long formId = jdbc.queryForObject("select min(id) from wf_form", Long.class);
		mvc.perform(multipart("/womenfund/forms/{id}/versions", formId)
			.file(new MockMultipartFile("file", "f.pdf", "application/pdf", DemoForms.pdf("x").getByteArray()))
			.param("effectiveFrom", "1/10/2568")
			.with(csrf())
			.with(KATHU)).andExpect(status().isForbidden());
		assertThat(jdbc.queryForObject("select count(*) from wf_form where title = 'แบบของอำเภอ'", Long.class)).isZero();
		// nor can anyone post to the public page
		mvc.perform(multipart("/public")).andExpect(status().isForbidden());
	}

	@Test
	void theProvinceAttachesTheAnnouncementOfAMeasureVersion() throws Exception {
		Long versionId = jdbc.queryForObject(
				"select max(id) from wf_measure_version where measure = 'RESTRUCTURING'", Long.class);
		mvc.perform(multipart("/womenfund/measures/versions/{id}/announcement", versionId)
			.file(new MockMultipartFile("file", "ประกาศปรับโครงสร้างหนี้.pdf", "application/pdf",
					DemoForms.pdf("announcement").getByteArray()))
			.with(csrf())
			.with(KATHU)).andExpect(status().isForbidden());
		mvc.perform(multipart("/womenfund/measures/versions/{id}/announcement", versionId)
			.file(new MockMultipartFile("file", "ประกาศปรับโครงสร้างหนี้.pdf", "application/pdf",
					DemoForms.pdf("announcement").getByteArray()))
			.with(csrf())
			.with(PROVINCE)).andExpect(flash().attribute("message", containsString("แนบไฟล์ประกาศ")));
		Long fileId = jdbc.queryForObject("select max(id) from wf_measure_announcement_file where version_id = ?",
				Long.class, versionId);
		mvc.perform(get("/womenfund/measures").with(KATHU))
			.andExpect(content().string(containsString("ประกาศปรับโครงสร้างหนี้.pdf")))
			.andExpect(content().string(containsString("/public/announcements/" + fileId)));
		mvc.perform(get("/public/announcements/{id}", fileId))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"));
		// an image is no announcement
		mvc.perform(multipart("/womenfund/measures/versions/{id}/announcement", versionId)
			.file(new MockMultipartFile("file", "ประกาศ.pdf", "application/pdf", png()))
			.with(csrf())
			.with(PROVINCE)).andExpect(flash().attribute("problem", containsString("ไม่ใช่ PDF ตามเนื้อไฟล์")));
	}

	static String decode(byte[] png) throws Exception {
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
		Result result = new QRCodeReader().decode(new BinaryBitmap(
				new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))));
		return result.getText();
	}

	/** A minimal Word document: the parts that make a ZIP a DOCX. */
	static byte[] docx() throws IOException {
		return zip(Map.of("[Content_Types].xml",
				"<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
					.getBytes(StandardCharsets.UTF_8),
				"word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>"
					.getBytes(StandardCharsets.UTF_8)));
	}

	static byte[] zip(Map<String, byte[]> entries) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
			for (Map.Entry<String, byte[]> entry : new java.util.TreeMap<>(entries).entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				zip.write(entry.getValue());
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}

	static byte[] png() throws IOException {
		BufferedImage image = new BufferedImage(20, 20, BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

}
