package th.go.cdd.fastdata.womenfund.document;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The project file through HTTP: upload checked by content, versions kept, the missing list,
 * scope by guessed ids, every opening audited. Each test uses a project of its own.
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class ProjectFileJourneys {

	static final RequestPostProcessor KATHU = user("district.kathu").roles("DISTRICT_OFFICER");

	static final RequestPostProcessor THALANG = user("district.thalang").roles("DISTRICT_OFFICER");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DocumentSettings settings;

	/** The n-th project of a district (by code) that has no documents yet: tests do not share projects. */
	String projectCode(String districtCode, int n) {
		return jdbc.queryForObject("select p.code from wf_project p join district d on d.id = p.district_id"
				+ " where d.code = ? and not exists (select 1 from wf_document w where w.project_id = p.id)"
				+ " order by p.id desc limit 1 offset ?", String.class, districtCode, n);
	}

	Long projectId(String code) {
		return jdbc.queryForObject("select id from wf_project where code = ?", Long.class, code);
	}

	MvcResult apiUpload(String code, String type, String fileName, byte[] bytes, RequestPostProcessor who)
			throws Exception {
		return mvc.perform(multipart("/api/v1/projects/{code}/documents", code)
			.file(new MockMultipartFile("file", fileName, "application/pdf", bytes))
			.param("type", type)
			.param("note", "ทดสอบ")
			.with(csrf())
			.with(who)).andReturn();
	}

	@Test
	void aPdfIsStoredWithItsHashAndANewUploadOfTheSameKindIsTheNextVersion() throws Exception {
		String code = projectCode("8302", 0);
		byte[] first = TestFiles.pdf("first");
		mvc.perform(multipart("/api/v1/projects/{code}/documents", code)
			.file(new MockMultipartFile("file", "สัญญาค้ำประกัน.pdf", "application/pdf", first))
			.param("type", "GUARANTEE_CONTRACT")
			.with(csrf())
			.with(KATHU))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.type").value("GUARANTEE_CONTRACT"))
			.andExpect(jsonPath("$.fileName").value("สัญญาค้ำประกัน.pdf"))
			.andExpect(jsonPath("$.contentType").value("application/pdf"))
			.andExpect(jsonPath("$.size").value(first.length))
			.andExpect(jsonPath("$.sha256").value(sha256(first)))
			.andExpect(jsonPath("$.version").value(1));
		mvc.perform(multipart("/api/v1/projects/{code}/documents", code)
			.file(new MockMultipartFile("file", "signed.png", "image/png", TestFiles.png(40, 60)))
			.param("type", "GUARANTEE_CONTRACT")
			.with(csrf())
			.with(KATHU))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.contentType").value("image/png"))
			.andExpect(jsonPath("$.version").value(2));
		mvc.perform(get("/api/v1/projects/{code}/documents", code).with(KATHU))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.documents.length()").value(2))
			.andExpect(jsonPath("$.documents[*].version").value(org.hamcrest.Matchers.containsInAnyOrder(1, 2)))
			.andExpect(jsonPath("$.missing").value(org.hamcrest.Matchers.contains("PROPOSAL", "LOAN_CONTRACT")));
		// both versions are on the project page, the older one behind "ฉบับก่อนหน้า"
		mvc.perform(get("/womenfund/projects/{id}", projectId(code)).with(KATHU))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("แฟ้มโครงการ")))
			.andExpect(content().string(containsString("signed.png")))
			.andExpect(content().string(containsString("ฉบับก่อนหน้า 1 ฉบับ")))
			.andExpect(content().string(containsString("ยังขาดเอกสารที่ต้องมี")))
			.andExpect(content().string(containsString("capture=\"environment\"")));
	}

	@Test
	void aFileNamedPdfWhoseContentIsNotIsRefusedInThaiAndNothingIsStored() throws Exception {
		String code = projectCode("8302", 1);
		byte[] notPdf = "MZ this is a program, not a contract".getBytes(StandardCharsets.UTF_8);
		mvc.perform(multipart("/api/v1/projects/{code}/documents", code)
			.file(new MockMultipartFile("file", "contract.pdf", "application/pdf", notPdf))
			.param("type", "LOAN_CONTRACT")
			.with(csrf())
			.with(KATHU))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.errors[0].field").value("file"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("ไม่ใช่ PDF, JPEG หรือ PNG ตามเนื้อไฟล์")));
		// on the page the reason is shown above the form
		mvc.perform(multipart("/womenfund/projects/{id}/documents", projectId(code))
			.file(new MockMultipartFile("file", "contract.pdf", "application/pdf", notPdf))
			.param("type", "LOAN_CONTRACT")
			.with(csrf())
			.with(KATHU))
			.andExpect(redirectedUrl("/womenfund/projects/" + projectId(code) + "#documents"))
			.andExpect(flash().attribute("documentProblem", containsString("ไม่ใช่ PDF, JPEG หรือ PNG")));
		assertThat(jdbc.queryForObject("select count(*) from wf_document where project_id = ?", Long.class,
				projectId(code))).isZero();
		// an unknown kind, and no file at all, are refused naming the field
		mvc.perform(multipart("/api/v1/projects/{code}/documents", code)
			.file(new MockMultipartFile("file", "a.pdf", "application/pdf", TestFiles.pdf("x")))
			.param("type", "COURT_ORDER")
			.with(csrf())
			.with(KATHU)).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("type"));
		mvc.perform(multipart("/api/v1/projects/{code}/documents", code).param("type", "PROPOSAL").with(csrf()).with(KATHU))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("กรุณาเลือกไฟล์")));
	}

	@Test
	void aFileLargerThanTheLimitIsRefused() throws Exception {
		String code = projectCode("8302", 2);
		byte[] big = new byte[(int) settings.maxFileSize().toBytes() + 1];
		byte[] head = TestFiles.pdf("big");
		System.arraycopy(head, 0, big, 0, head.length);
		MvcResult result = apiUpload(code, "PROPOSAL", "big.pdf", big, KATHU);
		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("ใหญ่เกิน 20 MB");
	}

	@Test
	void aPathTraversalNameIsOnlyShownAndTheFileIsStoredUnderAGeneratedName() throws Exception {
		String code = projectCode("8302", 3);
		Path root = settings.localRoot().toAbsolutePath().normalize();
		Path escaped = root.resolve("../../x.pdf").normalize();
		Files.deleteIfExists(escaped);
		MvcResult result = apiUpload(code, "OTHER_EVIDENCE", "../../x.pdf", TestFiles.pdf("traversal"), KATHU);
		assertThat(result.getResponse().getStatus()).isEqualTo(201);
		assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("\"fileName\":\"x.pdf\"");
		assertThat(escaped).doesNotExist();
		String key = jdbc.queryForObject("select storage_key from wf_document where project_id = ?", String.class,
				projectId(code));
		assertThat(key).matches("doc/[0-9a-f]{2}/[0-9a-f-]{36}");
		assertThat(root.resolve(key)).isRegularFile();
		try (Stream<Path> files = Files.walk(root)) {
			assertThat(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
				.noneMatch(name -> name.contains("x.pdf"));
		}
	}

	@Test
	void anotherDistrictsProjectAndDocumentAreNotFoundByCodeOrGuessedId() throws Exception {
		String code = projectCode("8302", 4);
		MvcResult created = apiUpload(code, "PROPOSAL", "proposal.pdf", TestFiles.pdf("kathu"), KATHU);
		Long documentId = ((Number) com.jayway.jsonpath.JsonPath.read(created.getResponse().getContentAsString(), "$.id"))
			.longValue();
		mvc.perform(get("/api/v1/documents/{id}/content", documentId).with(THALANG)).andExpect(status().isNotFound());
		mvc.perform(get("/womenfund/documents/{id}", documentId).with(THALANG)).andExpect(status().isNotFound());
		mvc.perform(get("/womenfund/documents/{id}/download", documentId).with(THALANG)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/projects/{code}/documents", code).with(THALANG)).andExpect(status().isNotFound());
		assertThat(apiUpload(code, "PROPOSAL", "p.pdf", TestFiles.pdf("x"), THALANG).getResponse().getStatus())
			.isEqualTo(404);
		mvc.perform(multipart("/womenfund/projects/{id}/documents", projectId(code))
			.file(new MockMultipartFile("file", "p.pdf", "application/pdf", TestFiles.pdf("x")))
			.param("type", "PROPOSAL")
			.with(csrf())
			.with(THALANG)).andExpect(status().isNotFound());
		// an id that does not exist answers the same
		mvc.perform(get("/api/v1/documents/{id}/content", documentId + 100_000).with(KATHU))
			.andExpect(status().isNotFound());
		// the read-only director sees it, but may not add to the file
		mvc.perform(get("/womenfund/documents/{id}", documentId).with(user("director").roles("DIRECTOR")))
			.andExpect(status().isOk());
		assertThat(apiUpload(code, "PROPOSAL", "p.pdf", TestFiles.pdf("x"), user("director").roles("DIRECTOR"))
			.getResponse()
			.getStatus()).isEqualTo(403);
	}

	@Test
	void everyViewAndDownloadIsAuditedAndServedAsItsDetectedKind() throws Exception {
		String code = projectCode("8302", 5);
		byte[] pdf = TestFiles.pdf("audited");
		MvcResult created = apiUpload(code, "LOAN_CONTRACT", "สัญญา กู้.pdf", pdf, KATHU);
		Long id = ((Number) com.jayway.jsonpath.JsonPath.read(created.getResponse().getContentAsString(), "$.id"))
			.longValue();
		mvc.perform(get("/womenfund/documents/{id}", id).with(KATHU))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString("inline")))
			.andExpect(content().bytes(pdf));
		mvc.perform(get("/womenfund/documents/{id}/download", id).with(KATHU))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(content().bytes(pdf));
		mvc.perform(get("/api/v1/documents/{id}/content", id).with(KATHU)).andExpect(content().bytes(pdf));
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where record_type = 'ProjectDocument'"
				+ " and record_id = ? and action = 'VIEW' and username = 'district.kathu'", Long.class, String.valueOf(id)))
			.isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where record_type = 'ProjectDocument'"
				+ " and record_id = ? and action = 'EXPORT'", Long.class, String.valueOf(id))).isEqualTo(2);
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where record_type = 'ProjectDocument'"
				+ " and record_id = ? and action = 'CREATE'", Long.class, String.valueOf(id))).isEqualTo(1);
	}

	@Test
	void severalPhotosOfOnePaperBecomeOnePdf() throws Exception {
		String code = projectCode("8302", 6);
		mvc.perform(multipart("/womenfund/projects/{id}/documents", projectId(code))
			.file(new MockMultipartFile("file", "page1.jpg", "image/jpeg", TestFiles.jpeg(300, 400)))
			.file(new MockMultipartFile("file", "page2.jpg", "image/jpeg", TestFiles.jpeg(400, 300)))
			.file(new MockMultipartFile("file", "", "application/octet-stream", new byte[0]))
			.param("type", "DEBT_ACKNOWLEDGMENT")
			.param("note", "ถ่ายจากโทรศัพท์")
			.with(csrf())
			.with(KATHU))
			.andExpect(flash().attribute("message", containsString("(2 รูป).pdf")));
		List<String> stored = jdbc.queryForList("select content_type from wf_document where project_id = ?",
				String.class, projectId(code));
		assertThat(stored).containsExactly("application/pdf");
		mvc.perform(get("/api/v1/projects/{code}/documents", code).with(KATHU))
			.andExpect(jsonPath("$.documents[0].note").value("ถ่ายจากโทรศัพท์"))
			.andExpect(jsonPath("$.documents[*].type").value(hasItem("DEBT_ACKNOWLEDGMENT")))
			.andExpect(jsonPath("$.missing").value(not(hasItem("DEBT_ACKNOWLEDGMENT"))));
	}

	@Test
	void theMissingListShowsHerDistrictsProjectsWithoutTheKindAndExportsThem() throws Exception {
		String has = projectCode("8302", 7);
		apiUpload(has, "GUARANTEE_CONTRACT", "guarantee.pdf", TestFiles.pdf("g"), KATHU);
		String lacks = jdbc.queryForObject("select p.code from wf_project p join district d on d.id = p.district_id"
				+ " where d.code = '8302' and not exists (select 1 from wf_document w where w.project_id = p.id"
				+ " and w.type_code = 'GUARANTEE_CONTRACT') order by p.fiscal_year desc, p.code limit 1", String.class);
		long kathuLacking = jdbc.queryForObject("select count(*) from wf_project p join district d on d.id = p.district_id"
				+ " where d.code = '8302' and not exists (select 1 from wf_document w where w.project_id = p.id"
				+ " and w.type_code = 'GUARANTEE_CONTRACT')", Long.class);
		String mueang = jdbc.queryForObject("select p.code from wf_project p join district d on d.id = p.district_id"
				+ " where d.code = '8301' order by p.code limit 1", String.class);
		String page = mvc.perform(get("/womenfund/documents").param("type", "GUARANTEE_CONTRACT").with(KATHU))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("โครงการที่ยังไม่มีสัญญาค้ำประกัน")
			.contains("รายชื่อโครงการ (" + kathuLacking + " โครงการ)")
			.contains(lacks)
			.doesNotContain(has)
			.doesNotContain(mueang)
			.contains("อำเภอกะทู้")
			.doesNotContain("อำเภอถลาง");
		// a district outside her scope in the address is ignored, not shown
		mvc.perform(get("/womenfund/documents").param("districtId", districtId("8303")).with(KATHU))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("อำเภอถลาง"))));
		byte[] xlsx = mvc.perform(get("/womenfund/documents/missing.xlsx").param("type", "GUARANTEE_CONTRACT").with(KATHU))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("missing-guarantee_contract-")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
				new java.io.ByteArrayInputStream(xlsx))) {
			org.apache.poi.ss.usermodel.Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getLastRowNum() - 1).isEqualTo((int) kathuLacking);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("โครงการที่ยังไม่มีสัญญาค้ำประกัน");
			List<String> codes = new java.util.ArrayList<>();
			for (int r = 2; r <= sheet.getLastRowNum(); r++) {
				codes.add(sheet.getRow(r).getCell(0).getStringCellValue());
			}
			assertThat(codes).contains(lacks).doesNotContain(has, mueang);
		}
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'EXPORT'"
				+ " and record_type = 'ProjectDocument' and summary like '%ยังไม่มีสัญญาค้ำประกัน%'", Long.class)).isEqualTo(1);
	}

	@Test
	void aZipWithAnUnmatchedFileStoresNothingUntilConfirmedThenEveryMatchedFile() throws Exception {
		String first = projectCode("8302", 8);
		String second = projectCode("8302", 9);
		String mueang = jdbc.queryForObject("select p.code from wf_project p join district d on d.id = p.district_id"
				+ " where d.code = '8301' order by p.code limit 1", String.class);
		java.util.Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
		entries.put("Drive กะทู้/" + first + "/สัญญาค้ำประกัน.pdf", TestFiles.pdf("guarantee"));
		entries.put("Drive กะทู้/" + first + "/สัญญาค้ำประกัน ฉบับแก้.pdf", TestFiles.pdf("guarantee 2"));
		entries.put("Drive กะทู้/" + second + "_LOAN_CONTRACT.png", TestFiles.png(30, 30));
		entries.put("Drive กะทู้/" + second + "/รูปเยี่ยมบ้าน.jpg", TestFiles.jpeg(30, 30));
		entries.put("ไม่ทราบโครงการ/scan.pdf", TestFiles.pdf("who"));
		entries.put(mueang + "/แบบเสนอโครงการ.pdf", TestFiles.pdf("other district"));
		entries.put(first + "/หนังสือรับสภาพหนี้.pdf", "not a pdf at all".getBytes(StandardCharsets.UTF_8));
		entries.put("../../" + second + " evil.pdf", TestFiles.pdf("slip"));
		entries.put("__MACOSX/._x.pdf", new byte[] { 0 });
		MvcResult uploaded = mvc.perform(multipart("/womenfund/documents/bulk")
			.file(new MockMultipartFile("file", "drive.zip", "application/zip", TestFiles.zip(entries)))
			.with(csrf())
			.with(KATHU)).andReturn();
		String location = uploaded.getResponse().getRedirectedUrl();
		assertThat(location).matches("/womenfund/documents/bulk/\\d+");
		String preview = mvc.perform(get(location).with(KATHU))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(preview).contains("ยืนยันนำเข้า 5 ไฟล์ (ข้าม 3 ไฟล์)")
			.contains("ไม่ทราบโครงการ/scan.pdf")
			.contains("ไม่พบรหัสโครงการที่อยู่ในพื้นที่ที่คุณรับผิดชอบ")
			.contains("เนื้อไฟล์ไม่ใช่ PDF, JPEG หรือ PNG")
			.doesNotContain("__MACOSX");
		// nothing is in any project file before the confirmation; another officer cannot see the batch
		assertThat(documentsOf(first) + documentsOf(second) + documentsOf(mueang)).isZero();
		mvc.perform(get(location).with(user("province").roles("PROVINCE_OFFICER"))).andExpect(status().isNotFound());
		mvc.perform(post(location + "/apply").with(csrf()).with(user("province").roles("PROVINCE_OFFICER")))
			.andExpect(status().isNotFound());
		assertThat(documentsOf(first)).isZero();

		mvc.perform(post(location + "/apply").with(csrf()).with(KATHU))
			.andExpect(flash().attribute("message", containsString("5 ไฟล์")));
		assertThat(jdbc.queryForList("select type_code || ':' || version from wf_document where project_id = ? order by id",
				String.class, projectId(first))).containsExactly("GUARANTEE_CONTRACT:1", "GUARANTEE_CONTRACT:2");
		assertThat(jdbc.queryForList("select type_code || ':' || file_name from wf_document where project_id = ? order by id",
				String.class, projectId(second))).containsExactly("LOAN_CONTRACT:" + second + "_LOAN_CONTRACT.png",
						"OTHER_EVIDENCE:รูปเยี่ยมบ้าน.jpg", "OTHER_EVIDENCE:" + second + " evil.pdf");
		assertThat(documentsOf(mueang)).isZero();
		Path root = settings.localRoot().toAbsolutePath().normalize();
		assertThat(root.resolve("../../" + second + " evil.pdf").normalize()).doesNotExist();
		// applied once only
		mvc.perform(post(location + "/apply").with(csrf()).with(KATHU))
			.andExpect(flash().attribute("problem", containsString("บันทึกแล้ว")));
		assertThat(documentsOf(first)).isEqualTo(2);
	}

	@Test
	void aZipWithTooManyFilesOrThatIsNoZipIsRefusedWhole() throws Exception {
		java.util.Map<String, byte[]> many = new java.util.LinkedHashMap<>();
		for (int i = 0; i <= settings.bulk().maxEntries(); i++) {
			many.put("f" + i + ".pdf", new byte[] { 1 });
		}
		mvc.perform(multipart("/womenfund/documents/bulk")
			.file(new MockMultipartFile("file", "many.zip", "application/zip", TestFiles.zip(many)))
			.with(csrf())
			.with(KATHU))
			.andExpect(redirectedUrl("/womenfund/documents/bulk"))
			.andExpect(flash().attribute("problem", containsString("เกินกว่าที่รับได้ครั้งละ")));
		mvc.perform(multipart("/womenfund/documents/bulk")
			.file(new MockMultipartFile("file", "notes.zip", "application/zip", TestFiles.pdf("not a zip")))
			.with(csrf())
			.with(KATHU))
			.andExpect(flash().attribute("problem", containsString("ไม่ใช่ ZIP")));
	}

	long documentsOf(String code) {
		return jdbc.queryForObject("select count(*) from wf_document where project_id = ?", Long.class, projectId(code));
	}

	String districtId(String code) {
		return String.valueOf(jdbc.queryForObject("select id from district where code = ?", Long.class, code));
	}

	static String sha256(byte[] bytes) throws Exception {
		return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
	}

}
