package th.go.cdd.fastdata.womenfund.lmimport;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * Column mappings of the LM import on H2 with the Phuket demo data: a file in an office's own
 * report shape previews with a saved mapping exactly as the template file does, the mapping screen
 * of the pages, the API's {@code mapping} parameter, refusals in Thai, and that a province's
 * mappings are its own.
 */
@SpringBootTest(properties = "fastdata.womenfund.import-dir=target/test-imports")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ImportMappingIntegrationTests {

	static final RequestPostProcessor PROVINCE = LmImportIntegrationTests.PROVINCE;

	static final RequestPostProcessor KATHU = LmImportIntegrationTests.KATHU;

	/** An LM report of its own shape: other headers, another order, an extra column, a Latin header. */
	static final String OWN_HEADER = "ลำดับ,เลขที่โครงการ LM,Project Title,อำเภอ,ตำบล,หมู่,ปีงบ,สัญญาเลขที่,วันทำสัญญา,"
			+ "ยอดเงินกู้,ดอกเบี้ย(%),เลขบัตรประชาชน,คำนำหน้าชื่อ,ชื่อสมาชิก,นามสกุลสมาชิก,ตำแหน่ง,เบอร์โทร";

	/** Our key → her header, as saved; spacing and case differ from the file's on purpose. */
	static final Map<String, String> OWN_COLUMNS = Map.ofEntries(Map.entry("project_code", "เลขที่โครงการ  LM"),
			Map.entry("project_name", " project title "), Map.entry("district_code", "อำเภอ"),
			Map.entry("subdistrict_code", "ตำบล"), Map.entry("village", "หมู่"), Map.entry("fiscal_year", "ปีงบ"),
			Map.entry("contract_number", "สัญญาเลขที่"), Map.entry("signed_on", "วันทำสัญญา"),
			Map.entry("amount", "ยอดเงินกู้"), Map.entry("annual_interest_rate", "ดอกเบี้ย(%)"),
			Map.entry("national_id", "เลขบัตรประชาชน"), Map.entry("title", "คำนำหน้าชื่อ"),
			Map.entry("first_name", "ชื่อสมาชิก"), Map.entry("last_name", "นามสกุลสมาชิก"), Map.entry("role", "ตำแหน่ง"),
			Map.entry("phone", "เบอร์โทร"));

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aFileWithItsOwnHeadersPreviewsWithASavedMappingAsTheTemplateFileDoesAndApplies() throws Exception {
		List<String> rows = projectRows("LM-MAP-", 7_000, 3);
		// one bad row, so that the problems are compared too: they name our columns either way
		rows.set(3, rows.get(3).replace(LmFiles.nationalId(7_102), LmFiles.withWrongCheckDigit(LmFiles.nationalId(7_102))));
		byte[] template = LmFiles.csv(LmFiles.PROJECT_HEADER, rows).getBytes(StandardCharsets.UTF_8);
		byte[] own = ownShape(rows);

		saveMapping("รายงาน LM ภูเก็ต", "projects", OWN_COLUMNS, PROVINCE).andExpect(status().isCreated())
			.andExpect(jsonPath("$.columns.project_code").value("เลขที่โครงการ LM"));
		String byTemplate = upload("projects", template, null, PROVINCE).andReturn().getResponse().getContentAsString();
		// a colleague in the same province uses it by name
		String byMapping = upload("projects", own, "รายงาน LM ภูเก็ต", KATHU)
			.andExpect(jsonPath("$.mapping").value("รายงาน LM ภูเก็ต"))
			.andReturn().getResponse().getContentAsString();
		for (String path : List.of("$.rows", "$.counts", "$.problemCount", "$.problems")) {
			assertThat((Object) JsonPath.read(byMapping, path)).as(path).isEqualTo(JsonPath.read(byTemplate, path));
		}
		assertThat((Integer) JsonPath.read(byMapping, "$.counts.new")).isEqualTo(3);
		assertThat((String) JsonPath.read(byMapping, "$.problems[0].column")).isEqualTo("national_id");

		// without the bad row it applies, re-reading the stored file with the same mapping (named in another case)
		rows.remove(3);
		String clean = upload("projects", ownShape(rows), "รายงาน lm ภูเก็ต", PROVINCE)
			.andExpect(jsonPath("$.problems").isEmpty())
			.andReturn().getResponse().getContentAsString();
		mvc.perform(post("/api/v1/imports/{id}/apply", (Integer) JsonPath.read(clean, "$.id")).with(csrf()).with(PROVINCE))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("APPLIED"));
		assertThat(jdbc.queryForObject("select count(*) from wf_project where code like 'LM-MAP-%'", Long.class)).isEqualTo(3);
		assertThat(jdbc.queryForObject("select name from wf_project where code = 'LM-MAP-2'", String.class))
			.isEqualTo("โครงการทดสอบ LM-MAP-2");
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where record_type = 'ImportMapping'"
				+ " and action = 'CREATE' and summary like '%รายงาน LM ภูเก็ต%'", Long.class)).isEqualTo(1);
	}

	@Test
	void anUnknownMappingNameIsA400NamingTheMappingParameter() throws Exception {
		mvc.perform(multipart("/api/v1/imports").file(csv(ownShape(projectRows("LM-UNK-", 7_200, 1))))
			.param("kind", "projects").param("mapping", "ไม่มีชื่อนี้").with(csrf()).with(PROVINCE))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("mapping"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("ไม่พบการจับคู่คอลัมน์ชื่อ \"ไม่มีชื่อนี้\"")));
		// a mapping of another kind is refused the same way
		saveMapping("ชำระเงินแบบ LM", "payments", Map.of("project_code", "รหัส", "paid_on", "วันที่", "amount", "ยอด",
				"reference", "ใบเสร็จ"), PROVINCE).andExpect(status().isCreated());
		mvc.perform(multipart("/api/v1/imports").file(csv(ownShape(projectRows("LM-UNK-", 7_200, 1))))
			.param("kind", "projects").param("mapping", "ชำระเงินแบบ LM").with(csrf()).with(PROVINCE))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("mapping"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("ไม่ใช่ข้อมูลโครงการและบุคคล")));
	}

	@Test
	void aMappedHeaderTheFileLacksIsAProblemNamingThatColumn() throws Exception {
		saveMapping("ชำระเงินแบบธนาคาร", "payments", Map.of("project_code", "รหัสโครงการ LM", "paid_on", "วันที่โอน",
				"amount", "ยอดโอน", "reference", "เลขที่ใบเสร็จ"), PROVINCE).andExpect(status().isCreated());
		byte[] file = "รหัสโครงการ LM,วันที่โอน,ยอดโอน,เลขที่อ้างอิงธนาคาร\nLM-X,1/1/2569,100,R1\n".getBytes(StandardCharsets.UTF_8);
		upload("payments", file, "ชำระเงินแบบธนาคาร", PROVINCE)
			.andExpect(jsonPath("$.problems.length()").value(1))
			.andExpect(jsonPath("$.problems[0].row").value(1))
			.andExpect(jsonPath("$.problems[0].column").value("reference"))
			.andExpect(jsonPath("$.problems[0].value").value("เลขที่ใบเสร็จ"))
			.andExpect(jsonPath("$.problems[0].message").value(containsString("ไม่พบคอลัมน์ \"เลขที่ใบเสร็จ\"")));
	}

	@Test
	void aMappingWithoutARequiredColumnIsRefusedInThaiNamingIt() throws Exception {
		saveMapping("ไม่ครบ", "payments", Map.of("project_code", "รหัส", "paid_on", "วันที่", "reference", "ใบเสร็จ"),
				PROVINCE)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("columns.amount"))
			.andExpect(jsonPath("$.errors[0].message").value("กรุณาระบุคอลัมน์ของ \"จำนวนเงิน\" (amount) ซึ่งต้องมี"));
		// the page says so beside the field, and keeps what she typed
		mvc.perform(post("/womenfund/imports/mappings").param("kind", "payments").param("name", "ไม่ครบ")
			.param("columns[project_code]", "รหัส").param("columns[paid_on]", "วันที่").with(csrf()).with(PROVINCE))
			.andExpect(status().isOk())
			.andExpect(view().name(ImportMappingController.VIEW))
			.andExpect(content().string(containsString("กรุณาระบุคอลัมน์ของ &quot;จำนวนเงิน&quot; (amount) ซึ่งต้องมี")))
			.andExpect(content().string(containsString("value=\"วันที่\"")));
		assertThat(jdbc.queryForObject("select count(*) from wf_import_mapping where name = 'ไม่ครบ'", Long.class)).isZero();
	}

	@Test
	void theUploadPageOffersTheMappingScreenThenSavesTheMappingAndPreviews() throws Exception {
		List<String> rows = projectRows("LM-SCR-", 7_300, 2);
		// one header is the template's label, so its select starts there
		byte[] own = new String(ownShape(rows), StandardCharsets.UTF_8).replaceFirst("เบอร์โทร", "โทรศัพท์")
			.getBytes(StandardCharsets.UTF_8);
		mvc.perform(multipart("/womenfund/imports").file(csv(own)).param("kind", "projects").with(csrf()).with(PROVINCE))
			.andExpect(status().isOk())
			.andExpect(view().name(ImportMappingController.VIEW))
			.andExpect(content().string(containsString("จับคู่คอลัมน์ของไฟล์")))
			.andExpect(content().string(containsString("<option value=\"ยอดเงินกู้\">ยอดเงินกู้ (เช่น 50,000.00)</option>")))
			.andExpect(content().string(containsString("<option value=\"โทรศัพท์\" selected=\"selected\">")));
		String sha256 = ImportFiles.sha256(own);

		// a required column left out: the screen again, the field named in Thai
		var mapped = post("/womenfund/imports/mapped").param("kind", "projects").param("sha256", sha256)
			.param("fileName", "lm-own.csv").param("name", "แบบหน้าจอ");
		OWN_COLUMNS.forEach((key, header) -> {
			if (!key.equals("amount")) {
				mapped.param("columns[" + key + "]", key.equals("phone") ? "โทรศัพท์" : header.strip());
			}
		});
		mvc.perform(mapped.with(csrf()).with(PROVINCE))
			.andExpect(view().name(ImportMappingController.VIEW))
			.andExpect(content().string(containsString("กรุณาระบุคอลัมน์ของ &quot;วงเงินกู้&quot; (amount)")));

		mapped.param("columns[amount]", "ยอดเงินกู้");
		String page = mvc.perform(mapped.with(csrf()).with(PROVINCE))
			.andExpect(redirectedUrlPattern("/womenfund/imports/*"))
			.andReturn().getResponse().getRedirectedUrl();
		mvc.perform(get(page).with(PROVINCE))
			.andExpect(content().string(containsString(">นำเข้า</button>")))
			.andExpect(content().string(containsString("แบบหน้าจอ")));

		// next time she chooses it by name on the upload page, and the list shows it for editing
		mvc.perform(multipart("/womenfund/imports").file(csv(own)).param("kind", "projects").param("mapping", "แบบหน้าจอ")
			.with(csrf()).with(KATHU))
			.andExpect(redirectedUrlPattern("/womenfund/imports/*"));
		mvc.perform(get("/womenfund/imports").with(PROVINCE))
			.andExpect(content().string(containsString("<option value=\"แบบหน้าจอ\">แบบหน้าจอ (ข้อมูลโครงการและบุคคล)</option>")));
		Long id = jdbc.queryForObject("select id from wf_import_mapping where name = 'แบบหน้าจอ'", Long.class);
		mvc.perform(get("/womenfund/imports/mappings").with(KATHU))
			.andExpect(content().string(containsString("/womenfund/imports/mappings/" + id)));
		mvc.perform(get("/womenfund/imports/mappings/{id}", id).with(PROVINCE))
			.andExpect(content().string(containsString("value=\"ยอดเงินกู้\"")));
	}

	@Test
	void editAndDeleteAreAudited() throws Exception {
		String json = saveMapping("แก้ไขได้", "installments", Map.of("project_code", "รหัส", "due_on", "กำหนด",
				"amount", "ยอด"), PROVINCE).andReturn().getResponse().getContentAsString();
		int id = JsonPath.read(json, "$.id");
		mvc.perform(post("/womenfund/imports/mappings/{id}", id).param("name", "แก้ไขแล้ว")
			.param("columns[project_code]", "รหัส").param("columns[due_on]", "วันครบกำหนดชำระ").param("columns[amount]", "ยอด")
			.with(csrf()).with(KATHU))
			.andExpect(redirectedUrl("/womenfund/imports/mappings"));
		assertThat(jdbc.queryForObject("select header from wf_import_mapping_column where mapping_id = ?"
				+ " and column_key = 'due_on'", String.class, id)).isEqualTo("วันครบกำหนดชำระ");
		assertThat(jdbc.queryForObject("select before_state from audit_entry where record_type = 'ImportMapping'"
				+ " and action = 'UPDATE' and record_id = ?", String.class, String.valueOf(id))).contains("due_on=กำหนด");
		mvc.perform(post("/womenfund/imports/mappings/{id}/delete", id).with(csrf()).with(PROVINCE))
			.andExpect(redirectedUrl("/womenfund/imports/mappings"));
		assertThat(jdbc.queryForObject("select count(*) from wf_import_mapping where id = ?", Long.class, id)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where record_type = 'ImportMapping'"
				+ " and action = 'DELETE' and record_id = ?", Long.class, String.valueOf(id))).isEqualTo(1);
	}

	@Test
	void aProvincesMappingsAreSharedInItAndUnseenByAnother() throws Exception {
		String json = saveMapping("ของภูเก็ต", "installments", Map.of("project_code", "รหัส", "due_on", "กำหนด",
				"amount", "ยอด"), PROVINCE).andReturn().getResponse().getContentAsString();
		int id = JsonPath.read(json, "$.id");
		RequestPostProcessor krabi = otherProvinceOfficer();

		// a district officer of Phuket sees and uses it
		mvc.perform(get("/api/v1/imports/mappings").with(KATHU))
			.andExpect(jsonPath("$[*].name").value(hasItem("ของภูเก็ต")));
		// an officer of Krabi does not, may not use it, may not open it, and may save her own of the same name
		mvc.perform(get("/api/v1/imports/mappings").with(krabi))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].name").value(not(hasItem("ของภูเก็ต"))));
		mvc.perform(multipart("/api/v1/imports").file(csv("รหัส,กำหนด,ยอด\n".getBytes(StandardCharsets.UTF_8)))
			.param("kind", "installments").param("mapping", "ของภูเก็ต").with(csrf()).with(krabi))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("mapping"));
		mvc.perform(get("/womenfund/imports/mappings/{id}", id).with(krabi)).andExpect(status().isNotFound());
		mvc.perform(post("/womenfund/imports/mappings/{id}/delete", id).with(csrf()).with(krabi))
			.andExpect(status().isNotFound());
		saveMapping("ของภูเก็ต", "installments", Map.of("project_code", "A", "due_on", "B", "amount", "C"), krabi)
			.andExpect(status().isCreated());
		// but not twice in one province
		saveMapping("ของภูเก็ต", "installments", Map.of("project_code", "A", "due_on", "B", "amount", "C"), KATHU)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("name"));
		// roles that do not import see no mappings
		mvc.perform(get("/womenfund/imports/mappings").with(user("director").roles("DIRECTOR")))
			.andExpect(status().isForbidden());
	}

	// --- helpers ---------------------------------------------------------------------------

	private static List<String> projectRows(String prefix, long firstSerial, int projects) {
		List<String> rows = new ArrayList<>();
		for (int p = 1; p <= projects; p++) {
			rows.add(LmFiles.projectRow(prefix + p, LmFiles.nationalId(firstSerial + p), "สมศรี" + p, "ผู้กู้"));
			rows.add(LmFiles.projectRow(prefix + p, LmFiles.nationalId(firstSerial + 100 + p), "มาลี" + p, "ผู้ค้ำประกัน"));
		}
		return rows;
	}

	/** The same rows in the office's own shape: a running number first, the rest in the template's order. */
	private static byte[] ownShape(List<String> rows) {
		List<String> numbered = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			numbered.add((i + 1) + "," + rows.get(i));
		}
		return LmFiles.csv(OWN_HEADER, numbered).getBytes(StandardCharsets.UTF_8);
	}

	private ResultActions saveMapping(String name, String kind, Map<String, String> columns, RequestPostProcessor who)
			throws Exception {
		StringBuilder body = new StringBuilder("{\"name\":\"" + name + "\",\"kind\":\"" + kind + "\",\"columns\":{");
		columns.forEach((key, header) -> body.append('"').append(key).append("\":\"").append(header).append("\","));
		body.setLength(body.length() - 1);
		body.append("}}");
		return mvc.perform(post("/api/v1/imports/mappings").contentType(MediaType.APPLICATION_JSON)
			.content(body.toString()).with(csrf()).with(who));
	}

	private ResultActions upload(String kind, byte[] file, String mapping, RequestPostProcessor who) throws Exception {
		var request = multipart("/api/v1/imports").file(csv(file)).param("kind", kind);
		if (mapping != null) {
			request.param("mapping", mapping);
		}
		return mvc.perform(request.with(csrf()).with(who)).andExpect(status().isOk());
	}

	private static MockMultipartFile csv(byte[] content) {
		return new MockMultipartFile("file", "lm-own.csv", "text/csv", content);
	}

	/** A province officer of Krabi (81), made once: the demo has only Phuket's. */
	private RequestPostProcessor otherProvinceOfficer() {
		if (jdbc.queryForObject("select count(*) from user_account where username = 'krabi.province'", Long.class) == 0) {
			jdbc.update("insert into user_account (username, display_name, password_hash, role, province_id,"
					+ " password_changed_at, created_at) select 'krabi.province', 'เจ้าหน้าที่ กระบี่', 'x',"
					+ " 'PROVINCE_OFFICER', id, current_timestamp, current_timestamp from province where code = '81'");
		}
		return user("krabi.province").roles("PROVINCE_OFFICER");
	}

}
