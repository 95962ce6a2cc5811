package th.go.cdd.fastdata.womenfund;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import th.go.cdd.fastdata.thai.ThaiDates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The project list as Excel, on the demo data: the page's filters and the officer's district,
 * numbers as numbers, dates in B.E., and an audit line for every download.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ProjectListExportTests {

	static final RequestPostProcessor KATHU = user("district.kathu").roles("DISTRICT_OFFICER");

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aDistrictOfficerDownloadsHerTimeBarredProjectsAndTheDownloadIsAudited() throws Exception {
		long audited = exportsBy("district.kathu");
		MockHttpServletResponse response = mvc.perform(get("/womenfund/projects.xlsx").param("group", "TIME_BARRED").with(KATHU))
			.andExpect(status().isOk())
			.andExpect(content().contentType(XLSX))
			.andExpect(header().string("Content-Disposition", containsString("filename*=UTF-8''projects-25")))
			.andReturn()
			.getResponse();
		Long expected = jdbc.queryForObject("select count(*) from wf_project_status s join district d on d.id = s.district_id"
				+ " where d.code = '8302' and s.status_group = 'TIME_BARRED'", Long.class);
		assertThat(expected).isPositive();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
			Sheet sheet = workbook.getSheet("โครงการ");
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).startsWith("รายชื่อโครงการกองทุนพัฒนาบทบาทสตรี")
				.contains("กลุ่มสถานะขาดอายุความ").contains("ข้อมูล ณ วันที่ ");
			Row header = sheet.getRow(1);
			assertThat(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10).stream().map(i -> header.getCell(i).getStringCellValue()))
				.containsExactly("รหัสโครงการ (LM)", "ชื่อโครงการ", "อำเภอ", "ตำบล", "ปีงบประมาณ", "วงเงินอนุมัติ (บาท)",
						"กลุ่มสถานะ", "ยอดค้างชำระ (บาท)", "ยอดคงเหลือ (บาท)", "ครบอายุความ", "เหตุผล");
			assertThat(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
			assertThat(sheet.getLastRowNum() - 1L).isEqualTo(expected);
			for (int r = 2; r <= sheet.getLastRowNum(); r++) {
				assertThat(sheet.getRow(r).getCell(2).getStringCellValue()).isEqualTo("อำเภอกะทู้");
				assertThat(sheet.getRow(r).getCell(6).getStringCellValue()).isEqualTo("ขาดอายุความ");
			}
			Row first = sheet.getRow(2);
			assertThat(first.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(first.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(first.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
			LocalDate limitationEnds = jdbc.queryForObject("select s.limitation_ends_on from wf_project_status s"
					+ " join wf_project p on p.id = s.project_id where p.code = ?", LocalDate.class,
					first.getCell(0).getStringCellValue());
			assertThat(first.getCell(9).getCellType()).isEqualTo(CellType.STRING);
			assertThat(first.getCell(9).getStringCellValue()).isEqualTo(ThaiDates.shortDate(limitationEnds))
				.matches("\\d{1,2} \\S+ 25\\d\\d");
			assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
		}
		assertThat(exportsBy("district.kathu")).isEqualTo(audited + 1);
		assertThat(jdbc.queryForObject("select summary from audit_entry where action = 'EXPORT' and username = 'district.kathu'"
				+ " order by id desc limit 1", String.class)).isEqualTo("ส่งออกรายชื่อโครงการ " + expected
						+ " รายการ (ทุกปีงบประมาณ, ทุกอำเภอ, ทุกตำบล, ทุกหมู่บ้าน, กลุ่มสถานะขาดอายุความ,"
						+ " เรียงตามปีงบประมาณล่าสุดก่อน)");
	}

	@Test
	void everyRoleThatSeesTheListMayExportAndThePageLinksToItWithItsFilters() throws Exception {
		mvc.perform(get("/womenfund/projects.xlsx").with(user("committee.kathu").roles("DISTRICT_COMMITTEE")))
			.andExpect(status().isOk());
		mvc.perform(get("/womenfund/projects.xlsx").with(user("director").roles("DIRECTOR"))).andExpect(status().isOk());
		mvc.perform(get("/womenfund/projects").param("group", "TIME_BARRED").with(KATHU))
			.andExpect(content().string(containsString("/womenfund/projects.xlsx?")))
			.andExpect(content().string(containsString("group=TIME_BARRED&amp;order=NEWEST\">ดาวน์โหลด Excel")));
	}

	@Test
	void aProvinceOfficerGetsEveryDemoProject() throws Exception {
		Long projects = jdbc.queryForObject("select count(*) from wf_project_status", Long.class);
		// twice: the first download also loads POI's classes, the second is what an officer waits
		for (String run : List.of("first", "second")) {
			long started = System.nanoTime();
			byte[] file = mvc.perform(get("/womenfund/projects.xlsx").with(user("province").roles("PROVINCE_OFFICER")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			long millis = (System.nanoTime() - started) / 1_000_000;
			try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
				assertThat(workbook.getSheetAt(0).getLastRowNum() - 1L).isEqualTo(projects);
			}
			System.out.println("Excel export, " + run + " run: " + projects + " projects, " + file.length + " bytes, " + millis + " ms");
		}
	}

	private long exportsBy(String username) {
		return jdbc.queryForObject("select count(*) from audit_entry where action = 'EXPORT' and username = ?", Long.class,
				username);
	}

}
