package th.go.cdd.fastdata.womenfund.lmimport;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import th.go.cdd.fastdata.thai.InvalidNationalIdException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The LM import on H2 with the Phuket demo data: preview, apply, idempotence, a bad row among
 * 10,000, Excel and Windows-874 files, district scope, payments that re-classify, and the API.
 */
// imports touching more than 2 projects classify them after commit, as a national import of thousands does
@SpringBootTest(properties = { "fastdata.womenfund.import-dir=target/test-imports",
		"fastdata.womenfund.import-classify-inside=2" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class LmImportIntegrationTests {

	static final RequestPostProcessor PROVINCE = user("province").roles("PROVINCE_OFFICER");

	static final RequestPostProcessor KATHU = user("district.kathu").roles("DISTRICT_OFFICER");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void threeNewProjectsPreviewApplyAndASecondImportChangesNothing() throws Exception {
		List<String> rows = new ArrayList<>();
		for (int p = 1; p <= 3; p++) {
			rows.add(LmFiles.projectRow("LM-T1-" + p, LmFiles.nationalId(1_000 + p), "สมศรี" + p, "ผู้กู้"));
			rows.add(LmFiles.projectRow("LM-T1-" + p, LmFiles.nationalId(1_100 + p), "มาลี" + p, "GUARANTOR"));
		}
		byte[] file = LmFiles.csv(LmFiles.PROJECT_HEADER, rows).getBytes(StandardCharsets.UTF_8);

		// through the pages: upload, see the preview with the Apply button, apply
		String page = mvc.perform(multipart("/womenfund/imports").file(csvFile(file)).param("kind", "projects")
			.with(csrf()).with(PROVINCE))
			.andExpect(redirectedUrlPattern("/womenfund/imports/*"))
			.andReturn().getResponse().getRedirectedUrl();
		mvc.perform(get(page).with(PROVINCE))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ตรวจสอบแล้ว")))
			.andExpect(content().string(containsString(">นำเข้า</button>")));
		long before = count("wf_project");
		mvc.perform(post(page + "/apply").with(csrf()).with(PROVINCE)).andExpect(redirectedUrlPattern("/womenfund/imports/*"));
		mvc.perform(get(page).with(PROVINCE)).andExpect(content().string(containsString("นำเข้าแล้ว")));
		mvc.perform(get(page + "/progress").with(PROVINCE)).andExpect(header().string("HX-Refresh", "true"));
		mvc.perform(get("/womenfund/imports").with(PROVINCE))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("lm.csv")))
			.andExpect(content().string(containsString("/womenfund/imports/templates/installments.xlsx")))
			.andExpect(content().string(containsString("นำเข้าข้อมูล LM")));
		assertThat(count("wf_project")).isEqualTo(before + 3);
		assertThat(jdbc.queryForObject("select count(*) from wf_project_member m join wf_project p on p.id = m.project_id"
				+ " where p.code like 'LM-T1-%'", Long.class)).isEqualTo(6);
		Long project = jdbc.queryForObject("select id from wf_project where code = 'LM-T1-2'", Long.class);
		mvc.perform(get("/womenfund/projects/{id}", project).with(PROVINCE))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("สมศรี2")))
			.andExpect(content().string(containsString("มาลี2")));
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where record_type = 'LmImport'"
				+ " and after_state = 'new=3; changed=0; unchanged=0'", Long.class)).isEqualTo(1);

		// the same file again, through the API: nothing new, nothing changed
		long[] tables = counts();
		String id = upload("projects", file, PROVINCE)
			.andExpect(jsonPath("$.counts.new").value(0))
			.andExpect(jsonPath("$.counts.unchanged").value(3))
			.andExpect(jsonPath("$.problems").isEmpty())
			.andReturn().getResponse().getContentAsString();
		mvc.perform(post("/api/v1/imports/{id}/apply", (Integer) JsonPath.read(id, "$.id")).with(csrf()).with(PROVINCE))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("APPLIED"));
		assertThat(counts()).isEqualTo(tables);
	}

	@Test
	void oneBadRowInTenThousandAppliesNothingAndNamesThatRow() throws Exception {
		int badIndex = 7_000;
		byte[] file = tenThousandRows("LM-BAD-", 200_000, badIndex);
		long[] tables = counts();
		long started = System.nanoTime();
		String json = upload("projects", file, PROVINCE).andReturn().getResponse().getContentAsString();
		int id = JsonPath.read(json, "$.id");
		String done = awaitState(id, "PREVIEWED");
		System.out.printf("LM import: preview of 10,000 rows took %d ms%n", (System.nanoTime() - started) / 1_000_000);
		assertThat((Integer) JsonPath.read(done, "$.problemCount")).isEqualTo(1);
		assertThat((Integer) JsonPath.read(done, "$.problems[0].row")).isEqualTo(badIndex + 2);
		assertThat((String) JsonPath.read(done, "$.problems[0].column")).isEqualTo("national_id");
		assertThat((String) JsonPath.read(done, "$.problems[0].message"))
			.isEqualTo(InvalidNationalIdException.Reason.WRONG_CHECK_DIGIT.message());
		mvc.perform(post("/api/v1/imports/{id}/apply", id).with(csrf()).with(PROVINCE))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("ยังมีปัญหา 1 รายการ")));
		assertThat(counts()).isEqualTo(tables);
	}

	@Test
	void tenThousandCleanRowsApplyInTheBackgroundInOneGo() throws Exception {
		byte[] file = tenThousandRows("LM-BIG-", 300_000, -1);
		long projects = count("wf_project");
		String json = upload("projects", file, PROVINCE).andReturn().getResponse().getContentAsString();
		int id = JsonPath.read(json, "$.id");
		awaitState(id, "PREVIEWED");
		long started = System.nanoTime();
		mvc.perform(post("/api/v1/imports/{id}/apply", id).with(csrf()).with(PROVINCE)).andExpect(status().isOk());
		String done = awaitState(id, "APPLIED");
		System.out.printf("LM import: apply of 10,000 rows took %d ms%n", (System.nanoTime() - started) / 1_000_000);
		assertThat((Integer) JsonPath.read(done, "$.counts.new")).isEqualTo(2_500);
		assertThat(count("wf_project")).isEqualTo(projects + 2_500);
	}

	@Test
	void anXlsxWithABuddhistDateStringAndAnExcelDateCellBothParse() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("LM");
			String[] header = LmFiles.PROJECT_HEADER.split(",");
			Row head = sheet.createRow(0);
			for (int i = 0; i < header.length; i++) {
				head.createCell(i).setCellValue(ImportKind.PROJECTS.column(header[i]).label());
			}
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("d/m/yyyy"));
			for (int r = 1; r <= 2; r++) {
				String[] values = LmFiles.projectRow("LM-XL-" + r, LmFiles.nationalId(2_000 + r), "ใบเตย", "ผู้กู้")
					.replace("\"50,000.00\"", "50000").split(",");
				Row row = sheet.createRow(r);
				for (int i = 0; i < values.length; i++) {
					row.createCell(i).setCellValue(values[i]);
				}
				// numbers as Excel keeps them: the ID must keep all 13 digits
				row.getCell(10).setCellValue(Double.parseDouble(values[10]));
				row.getCell(8).setCellValue(50000.0);
			}
			sheet.getRow(1).getCell(7).setCellValue("15/01/2568");
			sheet.getRow(2).getCell(7).setCellValue(LocalDate.of(2025, 2, 1));
			sheet.getRow(2).getCell(7).setCellStyle(date);
			workbook.write(out);
		}
		String json = upload("projects", out.toByteArray(), PROVINCE, "lm.xlsx")
			.andExpect(jsonPath("$.problems").isEmpty())
			.andExpect(jsonPath("$.counts.new").value(2))
			.andReturn().getResponse().getContentAsString();
		apply(JsonPath.read(json, "$.id"), PROVINCE);
		assertThat(jdbc.queryForList("select c.signed_on from wf_contract c join wf_project p on p.id = c.project_id"
				+ " where p.code like 'LM-XL-%' order by p.code", LocalDate.class))
			.containsExactly(LocalDate.of(2025, 1, 15), LocalDate.of(2025, 2, 1));
		assertThat(jdbc.queryForObject("select count(*) from wf_person where national_id = ?", Long.class,
				LmFiles.nationalId(2_002))).isEqualTo(1);
	}

	@Test
	void aWindows874CsvKeepsItsThaiNames() throws Exception {
		String csv = LmFiles.csv(LmFiles.PROJECT_HEADER,
				List.of(LmFiles.projectRow("LM-874-1", LmFiles.nationalId(3_001), "จันทร์เพ็ญ", "ผู้กู้")));
		byte[] file = csv.getBytes(Charset.forName("x-windows-874"));
		String json = upload("projects", file, PROVINCE).andExpect(jsonPath("$.problems").isEmpty())
			.andReturn().getResponse().getContentAsString();
		apply(JsonPath.read(json, "$.id"), PROVINCE);
		assertThat(jdbc.queryForObject("select first_name from wf_person where national_id = ?", String.class,
				LmFiles.nationalId(3_001))).isEqualTo("จันทร์เพ็ญ");
		assertThat(jdbc.queryForObject("select name from wf_project where code = 'LM-874-1'", String.class))
			.isEqualTo("โครงการทดสอบ LM-874-1");
	}

	@Test
	void aDistrictOutsideHerScopeIsAProblemForADistrictOfficer() throws Exception {
		String mueang = LmFiles.projectRow("LM-SC-1", LmFiles.nationalId(4_001), "สุดา", "ผู้กู้")
			.replace(",8302,830202,", ",8301,830101,");
		String kathu = LmFiles.projectRow("LM-SC-2", LmFiles.nationalId(4_002), "ปราณี", "ผู้กู้");
		byte[] file = LmFiles.csv(LmFiles.PROJECT_HEADER, List.of(kathu, mueang)).getBytes(StandardCharsets.UTF_8);
		upload("projects", file, KATHU)
			.andExpect(jsonPath("$.problems.length()").value(1))
			.andExpect(jsonPath("$.problems[0].row").value(3))
			.andExpect(jsonPath("$.problems[0].column").value("district_code"))
			.andExpect(jsonPath("$.problems[0].message").value(AreaCodes.OUT_OF_SCOPE));
		// the province officer may import the same file
		upload("projects", file, PROVINCE).andExpect(jsonPath("$.problems").isEmpty());
	}

	@Test
	void aPaymentsFileForADemoProjectAppliesAndReclassifiesIt() throws Exception {
		Long project = jdbc.queryForObject("select s.project_id from wf_project_status s join district d on d.id = s.district_id"
				+ " where d.code = '8302' and s.status_group = 'OVERDUE' order by s.project_id limit 1", Long.class);
		String code = jdbc.queryForObject("select code from wf_project where id = ?", String.class, project);
		String overdue = jdbc.queryForObject("select cast(overdue_amount as varchar(20)) from wf_project_status where project_id = ?",
				String.class, project);
		byte[] file = ("\uFEFFรหัสโครงการ,วันที่ชำระ,จำนวนเงิน,เลขที่อ้างอิง\n" + code + "," + LmFiles.todayBuddhist() + ","
				+ overdue + ",LM-PAY-1\n").getBytes(StandardCharsets.UTF_8);
		String json = upload("payments", file, KATHU).andExpect(jsonPath("$.counts.new").value(1))
			.andExpect(jsonPath("$.problems").isEmpty())
			.andReturn().getResponse().getContentAsString();
		apply(JsonPath.read(json, "$.id"), KATHU);
		assertThat(jdbc.queryForObject("select status_group from wf_project_status where project_id = ?", String.class,
				project)).isEqualTo("NORMAL");
		assertThat(jdbc.queryForObject("select source from wf_payment where reference = 'LM-PAY-1'", String.class))
			.isEqualTo("LM");
		upload("payments", file, KATHU).andExpect(jsonPath("$.counts.new").value(0))
			.andExpect(jsonPath("$.counts.unchanged").value(1));
	}

	@Autowired
	th.go.cdd.fastdata.womenfund.project.ProjectStatuses statuses;

	@Autowired
	LmImports imports;

	@Test
	void paymentsForMoreProjectsThanClassifyInsideAreClassifiedAfterCommitAndAgainAfterARestartCutThatShort()
			throws Exception {
		// more than import-classify-inside (2): classified after the import commits
		List<java.util.Map<String, Object>> overdue = jdbc.queryForList("select p.id, p.code,"
				+ " cast(s.overdue_amount as varchar(20)) as overdue from wf_project_status s join wf_project p on p.id = s.project_id"
				+ " where s.status_group = 'OVERDUE' order by s.project_id desc limit 3");
		assertThat(overdue).hasSize(3);
		List<Long> ids = overdue.stream().map(row -> ((Number) row.get("id")).longValue()).toList();
		StringBuilder file = new StringBuilder("project_code,paid_on,amount,reference\n");
		overdue.forEach(row -> file.append(row.get("code")).append(',').append(LmFiles.todayBuddhist()).append(',')
			.append(row.get("overdue")).append(",LM-AFTER-").append(row.get("id")).append('\n'));
		String json = upload("payments", file.toString().getBytes(StandardCharsets.UTF_8), PROVINCE)
			.andExpect(jsonPath("$.counts.new").value(3))
			.andReturn().getResponse().getContentAsString();
		int id = JsonPath.read(json, "$.id");
		apply(id, PROVINCE);
		assertThat(jdbc.queryForList("select status_group from wf_project_status where project_id in (?, ?, ?)", String.class,
				ids.toArray())).containsOnly("NORMAL");
		assertThat(jdbc.queryForObject("select classify_pending from wf_import where id = ?", Boolean.class, id)).isFalse();

		// a restart cut the classification short: the import is still marked, its projects classified as before
		jdbc.update("update wf_import set classify_pending = true where id = ?", id);
		jdbc.update("update wf_project_status set as_of = ? where project_id in (?, ?, ?)", statuses.today().minusDays(1),
				ids.get(0), ids.get(1), ids.get(2));
		imports.classifyPending();
		assertThat(statuses.staleProjectIds()).doesNotContainAnyElementsOf(ids);
		assertThat(jdbc.queryForObject("select classify_pending from wf_import where id = ?", Boolean.class, id)).isFalse();
	}

	@Test
	void aPaymentRecordedBetweenPreviewAndApplyIsNotAddedTwice() throws Exception {
		List<java.util.Map<String, Object>> normal = jdbc.queryForList("select p.id, p.code from wf_project_status s"
				+ " join wf_project p on p.id = s.project_id where s.status_group = 'NORMAL' order by s.project_id limit 2");
		assertThat(normal).hasSize(2);
		StringBuilder file = new StringBuilder("project_code,paid_on,amount,reference\n");
		normal.forEach(row -> file.append(row.get("code")).append(',').append(LmFiles.todayBuddhist())
			.append(",1.00,LM-BETWEEN-").append(row.get("id")).append('\n'));
		String json = upload("payments", file.toString().getBytes(StandardCharsets.UTF_8), PROVINCE)
			.andExpect(jsonPath("$.counts.new").value(2))
			.andReturn().getResponse().getContentAsString();
		// the same receipt typed in by hand before the import is applied: Apply checks the file again
		Object first = normal.get(0).get("id");
		jdbc.update("insert into wf_payment (project_id, paid_on, amount, reference, source, created_at, created_by)"
				+ " values (?, ?, 1.00, ?, 'RECEIPT', current_timestamp, 'province')", first, statuses.today(),
				"LM-BETWEEN-" + first);
		int id = JsonPath.read(json, "$.id");
		mvc.perform(post("/api/v1/imports/{id}/apply", id).with(csrf()).with(PROVINCE))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("APPLIED"))
			.andExpect(jsonPath("$.counts.new").value(1))
			.andExpect(jsonPath("$.counts.unchanged").value(1));
		assertThat(jdbc.queryForObject("select count(*) from wf_payment where reference like 'LM-BETWEEN-%'", Long.class))
			.isEqualTo(2);
	}

	@Test
	void installmentsFormTheFirstScheduleAndADifferentOneIsRefused() throws Exception {
		byte[] projects = LmFiles.csv(LmFiles.PROJECT_HEADER,
				List.of(LmFiles.projectRow("LM-INS-1", LmFiles.nationalId(5_001), "อรุณี", "ผู้กู้")))
			.getBytes(StandardCharsets.UTF_8);
		apply(JsonPath.read(upload("projects", projects, PROVINCE).andReturn().getResponse().getContentAsString(), "$.id"),
				PROVINCE);
		String schedule = "project_code,due_on,amount\nLM-INS-1,15/01/2569,25000\nLM-INS-1,2027-01-15,25000\n";
		String json = upload("installments", schedule.getBytes(StandardCharsets.UTF_8), PROVINCE)
			.andExpect(jsonPath("$.counts.new").value(2))
			.andReturn().getResponse().getContentAsString();
		apply(JsonPath.read(json, "$.id"), PROVINCE);
		assertThat(jdbc.queryForObject("select s.effective_from from wf_schedule s join wf_contract c on c.id = s.contract_id"
				+ " join wf_project p on p.id = c.project_id where p.code = 'LM-INS-1'", LocalDate.class))
			.isEqualTo(LocalDate.of(2025, 1, 15));
		assertThat(jdbc.queryForObject("select status_group from wf_project_status s join wf_project p on p.id = s.project_id"
				+ " where p.code = 'LM-INS-1'", String.class)).isNotBlank();
		upload("installments", schedule.getBytes(StandardCharsets.UTF_8), PROVINCE)
			.andExpect(jsonPath("$.counts.unchanged").value(2));
		upload("installments", schedule.replace("2027-01-15,25000", "2027-01-15,30000").getBytes(StandardCharsets.UTF_8),
				PROVINCE)
			.andExpect(jsonPath("$.problems[0].row").value(3))
			.andExpect(jsonPath("$.problems[0].message").value(InstallmentRowsReader.RESTRUCTURING));
	}

	@Test
	void theApiRefusesToApplyWhileProblemsRemainAsProblemJson() throws Exception {
		String bad = LmFiles.projectRow("LM-API-1", LmFiles.nationalId(6_001), "สมใจ", "หัวหน้า")
			.replace("15/01/2568", "31/02/2568");
		String json = upload("projects", LmFiles.csv(LmFiles.PROJECT_HEADER, List.of(bad)).getBytes(StandardCharsets.UTF_8),
				PROVINCE)
			.andExpect(jsonPath("$.problems.length()").value(2))
			.andExpect(jsonPath("$.problems[?(@.column == 'signed_on')].message").value(hasItem(containsString("วันที่ไม่ถูกต้อง"))))
			.andExpect(jsonPath("$.problems[?(@.column == 'role')].row").value(hasItem(2)))
			.andReturn().getResponse().getContentAsString();
		mvc.perform(post("/api/v1/imports/{id}/apply", (Integer) JsonPath.read(json, "$.id")).with(csrf()).with(PROVINCE))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(409));
		// a file that is neither Excel nor text is refused before anything is stored
		mvc.perform(multipart("/api/v1/imports").file(new MockMultipartFile("file", "x.csv", "text/csv", new byte[] { 1, 0, 2 }))
			.param("kind", "projects").with(csrf()).with(PROVINCE))
			.andExpect(status().isBadRequest());
		// the director may not import
		mvc.perform(get("/womenfund/imports").with(user("director").roles("DIRECTOR"))).andExpect(status().isForbidden());
		mvc.perform(get("/womenfund/imports/templates/payments.xlsx").with(PROVINCE))
			.andExpect(status().isOk())
			.andExpect(content().contentType(ImportController.XLSX));
	}

	// --- helpers ---------------------------------------------------------------------------

	/** 2,500 Kathu projects of four people each; the row at {@code badIndex} (0-based, -1 for none) has a wrong check digit. */
	private static byte[] tenThousandRows(String prefix, long firstSerial, int badIndex) {
		StringBuilder csv = new StringBuilder(LmFiles.PROJECT_HEADER).append('\n');
		String[] roles = { "ผู้กู้", "ลูกหนี้ร่วม", "ผู้ค้ำประกัน", "ผู้ค้ำประกัน" };
		for (int i = 0; i < 10_000; i++) {
			String id = LmFiles.nationalId(firstSerial + i);
			csv.append(LmFiles.projectRow(prefix + (i / 4), i == badIndex ? LmFiles.withWrongCheckDigit(id) : id,
					"สมาชิก" + i, roles[i % 4])).append('\n');
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	private org.springframework.test.web.servlet.ResultActions upload(String kind, byte[] file, RequestPostProcessor who)
			throws Exception {
		return upload(kind, file, who, "lm.csv");
	}

	private org.springframework.test.web.servlet.ResultActions upload(String kind, byte[] file, RequestPostProcessor who,
			String name) throws Exception {
		return mvc.perform(multipart("/api/v1/imports").file(new MockMultipartFile("file", name, null, file))
			.param("kind", kind).with(csrf()).with(who)).andExpect(status().isOk());
	}

	private void apply(int id, RequestPostProcessor who) throws Exception {
		mvc.perform(post("/api/v1/imports/{id}/apply", id).with(csrf()).with(who))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("APPLIED"));
	}

	/** Polls the import as the page does, until it reaches the state (background work), for up to a minute. */
	private String awaitState(int id, String state) throws Exception {
		long until = System.currentTimeMillis() + 60_000;
		while (true) {
			String json = mvc.perform(get("/api/v1/imports/{id}", id).with(PROVINCE))
				.andReturn().getResponse().getContentAsString();
			String now = JsonPath.read(json, "$.state");
			if (now.equals(state) || now.equals("FAILED") || System.currentTimeMillis() > until) {
				assertThat(now).isEqualTo(state);
				return json;
			}
			Thread.sleep(100);
		}
	}

	@Autowired
	InterruptedImports interrupted;

	@Test
	void importsLeftRunningByARestartAreRecoveredWithoutLosingAnything() throws Exception {
		java.sql.Timestamp longAgo = java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(3600));
		java.sql.Timestamp justNow = java.sql.Timestamp.from(java.time.Instant.now());
		long applying = stuck("APPLYING", longAgo);
		long checking = stuck("PREVIEWING", longAgo);
		long alive = stuck("APPLYING", justNow);
		interrupted.recover();
		// the apply wrote nothing (one transaction): back to its clean preview, to be applied again
		assertThat(jdbc.queryForObject("select state from wf_import where id = ?", String.class, applying)).isEqualTo("PREVIEWED");
		assertThat(jdbc.queryForObject("select failure from wf_import where id = ?", String.class, applying))
			.contains("ถูกขัดจังหวะ").contains("อีกครั้ง");
		assertThat(jdbc.queryForObject("select state from wf_import where id = ?", String.class, checking)).isEqualTo("FAILED");
		// one still beating (another instance's) is left alone
		assertThat(jdbc.queryForObject("select state from wf_import where id = ?", String.class, alive)).isEqualTo("APPLYING");
		mvc.perform(get("/womenfund/imports/{id}", applying).with(PROVINCE))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("ถูกขัดจังหวะเพราะระบบเริ่มทำงานใหม่")));
		jdbc.update("update wf_import set state = 'FAILED' where id = ?", alive);
	}

	private long stuck(String state, java.sql.Timestamp heartbeat) {
		org.springframework.jdbc.support.GeneratedKeyHolder key = new org.springframework.jdbc.support.GeneratedKeyHolder();
		jdbc.update(connection -> {
			java.sql.PreparedStatement insert = connection.prepareStatement("insert into wf_import (kind, file_name, sha256,"
					+ " size_bytes, uploaded_by, uploaded_at, state, total_rows, heartbeat_at)"
					+ " values ('PAYMENTS', 'lm.csv', ?, 10, 'province', ?, ?, 6000, ?)", new String[] { "id" });
			insert.setString(1, "0".repeat(64));
			insert.setTimestamp(2, heartbeat);
			insert.setString(3, state);
			insert.setTimestamp(4, heartbeat);
			return insert;
		}, key);
		return key.getKey().longValue();
	}

	private static MockMultipartFile csvFile(byte[] content) {
		return new MockMultipartFile("file", "lm.csv", "text/csv", content);
	}

	private long count(String table) {
		return switch (table) {
			case "wf_project" -> jdbc.queryForObject("select count(*) from wf_project", Long.class);
			default -> throw new IllegalArgumentException(table);
		};
	}

	private long[] counts() {
		return new long[] { jdbc.queryForObject("select count(*) from wf_project", Long.class),
				jdbc.queryForObject("select count(*) from wf_person", Long.class),
				jdbc.queryForObject("select count(*) from wf_project_member", Long.class),
				jdbc.queryForObject("select count(*) from wf_contract", Long.class),
				jdbc.queryForObject("select count(*) from wf_payment", Long.class),
				jdbc.queryForObject("select count(*) from wf_installment", Long.class) };
	}

}
