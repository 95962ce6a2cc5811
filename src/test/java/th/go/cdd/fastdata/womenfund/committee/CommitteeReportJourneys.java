package th.go.cdd.fastdata.womenfund.committee;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import th.go.cdd.fastdata.organisation.SignedInUser;
import th.go.cdd.fastdata.thai.ThaiDates;
import th.go.cdd.fastdata.organisation.CurrentUsers;
import th.go.cdd.fastdata.womenfund.project.ProjectStatusRepository;
import th.go.cdd.fastdata.womenfund.status.StatusGroup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The provincial committee report through HTTP on the demo data (Phuket, with two held demo
 * meetings): its figures equal the lists they summarise, its PDF embeds a Thai font, its workbook
 * has its sheets and charts, downloads are audited, a held meeting's report stays as it was, and
 * district roles never reach a meeting.
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class CommitteeReportJourneys {

	static final RequestPostProcessor PROVINCE = user("province").roles("PROVINCE_OFFICER");

	static final RequestPostProcessor DIRECTOR = user("director").roles("DIRECTOR");

	static final RequestPostProcessor KATHU = user("district.kathu").roles("DISTRICT_OFFICER");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CommitteeMeetings meetings;

	@Autowired
	CommitteeReports reports;

	@Autowired
	CurrentUsers currentUsers;

	@Autowired
	ProjectStatusRepository statuses;

	@Test
	void theReportsFiguresEqualTheListsTheySummarise() throws Exception {
		// the day before the other tests' meetings, so the one it compares with is the second demo meeting
		LocalDate today = this.meetings.today().minusDays(1);
		LocalDate from = today.minusYears(3);
		Long id = meeting(11, from, today);
		mvc.perform(post("/womenfund/committee/meetings/" + id + "/report").with(csrf()).with(PROVINCE))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("message", containsString("ฉบับที่ 1")));
		SignedInUser province = this.currentUsers.load("province").orElseThrow();
		CommitteeReport report = this.reports.latest(this.meetings.open(province, id)).orElseThrow();

		// per group, the projects the registry's list shows for the province
		List<Long> districts = report.districts().stream().map(CommitteeReport.DistrictLine::districtId).toList();
		assertThat(new HashSet<>(districts)).isEqualTo(province.scope().districtIds());
		long all = 0;
		for (StatusGroup group : CommitteeReport.GROUPS) {
			long listed = this.statuses.findRows(districts, null, null, null, group, PageRequest.of(0, 1))
				.getTotalElements();
			assertThat(report.total().cell(group).projects()).as(group.name()).isEqualTo(listed);
			all += listed;
			for (CommitteeReport.DistrictLine line : report.districts()) {
				assertThat(line.cell(group).projects()).isEqualTo(this.statuses
					.findRows(districts, line.districtId(), null, null, group, PageRequest.of(0, 1))
					.getTotalElements());
			}
		}
		assertThat(all).isPositive().isEqualTo(report.total().projects());

		// collections: the period's payments of the province's districts, in count and sum, per district
		String payments = "select count(*) as n, coalesce(sum(m.amount), 0) as total from wf_payment m"
				+ " join wf_project p on p.id = m.project_id where p.district_id = ? and m.paid_on between ? and ?";
		long count = 0;
		BigDecimal sum = BigDecimal.ZERO;
		for (CommitteeReport.DistrictLine line : report.districts()) {
			Map<String, Object> row = this.jdbc.queryForMap(payments, line.districtId(), from, today);
			long n = ((Number) row.get("n")).longValue();
			BigDecimal total = new BigDecimal(row.get("total").toString());
			assertThat(line.activity().payments()).as(line.district()).isEqualTo(n);
			assertThat(line.activity().collected()).isEqualByComparingTo(total);
			count += n;
			sum = sum.add(total);
		}
		assertThat(count).isPositive();
		assertThat(report.total().activity().payments()).isEqualTo(count);
		assertThat(report.total().activity().collected()).isEqualByComparingTo(sum);
		Long visits = this.jdbc.queryForObject("select count(*) from wf_visit_record where district_id in ("
				+ String.join(",", districts.stream().map(String::valueOf).toList()) + ") and visited_on between ? and ?",
				Long.class, from, today);
		assertThat(report.total().activity().visits()).isEqualTo(visits);

		// the page shows the same figures in Thai, to a director as well
		String page = mvc.perform(get("/womenfund/committee/meetings/" + id).with(DIRECTOR))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("สถานะลูกหนี้รายอำเภอ")
			.contains(ThaiDates.longDate(today))
			.contains(ReportTables.text(report.total().activity().collected()))
			.contains("ดาวน์โหลด PDF");

		// the changes compare with the previous meeting's stored report (the second demo meeting)
		assertThat(report.previous()).isNotNull();
		assertThat(report.previous().meeting().number()).isEqualTo(2);
		Long shown = this.jdbc.queryForObject("select max(r.id) from wf_committee_report r join wf_committee_meeting m"
				+ " on m.id = r.meeting_id where m.id = ?", Long.class, report.previous().meeting().id());
		for (StatusGroup group : CommitteeReport.GROUPS) {
			Long before = this.jdbc.queryForObject("select coalesce(sum(projects), 0) from wf_committee_status"
					+ " where report_id = ? and status_group = ?", Long.class, shown, group.name());
			assertThat(report.previous().cell(group).projects()).isEqualTo(before);
			for (CommitteeReport.DistrictLine line : report.districts()) {
				Long districtBefore = this.jdbc.queryForObject("select coalesce(sum(projects), 0) from wf_committee_status"
						+ " where report_id = ? and status_group = ? and district_id = ?", Long.class, shown, group.name(),
						line.districtId());
				assertThat(report.change(line, group)).isEqualTo(line.cell(group).projects() - districtBefore);
			}
		}
		assertThat(report.changes()).allSatisfy(change -> assertThat(change.difference())
			.isEqualTo(change.now() - report.previous().cell(change.group()).projects()));
	}

	@Test
	void thePdfEmbedsItsThaiFontTheWorkbookHasItsChartsAndEveryDownloadIsAudited() throws Exception {
		LocalDate today = this.meetings.today();
		Long id = meeting(12, today.minusDays(30), today);
		mvc.perform(post("/womenfund/committee/meetings/" + id + "/report").with(csrf()).with(PROVINCE))
			.andExpect(status().is3xxRedirection());
		long auditBefore = exports();

		byte[] pdf = mvc.perform(get("/womenfund/committee/meetings/" + id + "/report.pdf").with(DIRECTOR))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		// kept for a person to look at (pdftoppm -png target/committee-report.pdf)
		java.nio.file.Files.write(java.nio.file.Path.of("target", "committee-report.pdf"), pdf);
		PdfReader reader = new PdfReader(pdf);
		Set<String> embedded = new HashSet<>();
		for (int i = 0; i < reader.getXrefSize(); i++) {
			PdfObject object = reader.getPdfObject(i);
			if (object instanceof PdfDictionary dictionary && PdfName.FONTDESCRIPTOR.equals(dictionary.get(PdfName.TYPE))
					&& dictionary.get(PdfName.FONTFILE2) != null) {
				embedded.add(dictionary.getAsName(PdfName.FONTNAME).toString());
			}
		}
		assertThat(embedded).anyMatch(name -> name.contains("Laksaman"));
		String text = new PdfTextExtractor(reader).getTextFromPage(1);
		// shaped text extracts with sara am as nikhahit + sara aa and without lowered tone marks
		assertThat(text).contains("สถานะลูกหนี้").contains("จังหวัดภูเก็ต").contains("ครั้งที่ 12/");
		reader.close();

		byte[] xlsx = mvc.perform(get("/womenfund/committee/meetings/" + id + "/report.xlsx").with(PROVINCE))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		java.nio.file.Files.write(java.nio.file.Path.of("target", "committee-report.xlsx"), xlsx);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			XSSFSheet status = workbook.getSheet("สถานะลูกหนี้");
			assertThat(status).isNotNull();
			assertThat(workbook.getSheet("รับชำระ")).isNotNull();
			assertThat(workbook.getSheet("การเปลี่ยนแปลง")).isNotNull();
			assertThat(workbook.getSheet("เปลี่ยนแปลงรายอำเภอ")).isNotNull();
			assertThat(status.getDrawingPatriarch().getCharts()).hasSize(1);
			assertThat(status.getDrawingPatriarch().getCharts().get(0).getChartSeries().get(0).getSeriesCount())
				.isEqualTo(CommitteeReport.GROUPS.size());
			assertThat(workbook.getSheet("รับชำระ").getDrawingPatriarch().getCharts()).hasSize(1);
		}
		assertThat(exports()).isEqualTo(auditBefore + 2);
	}

	@Test
	void aReportIsGeneratedAgainKeepingTheOldOneUntilTheMeetingIsHeld() throws Exception {
		LocalDate today = this.meetings.today();
		Long id = meeting(13, today.minusDays(10), today);
		String report = "/womenfund/committee/meetings/" + id + "/report";
		mvc.perform(post(report).with(csrf()).with(PROVINCE)).andExpect(status().is3xxRedirection());
		mvc.perform(post(report).with(csrf()).with(PROVINCE))
			.andExpect(flash().attribute("message", containsString("ฉบับที่ 2")));
		mvc.perform(post("/womenfund/committee/meetings/" + id + "/held").with(csrf()).with(PROVINCE))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post(report).with(csrf()).with(PROVINCE))
			.andExpect(flash().attribute("problem", containsString("ประชุมแล้ว")));
		assertThat(this.jdbc.queryForList("select version from wf_committee_report where meeting_id = ? order by version",
				Integer.class, id)).containsExactly(1, 2);
		// the first version stays readable
		mvc.perform(get("/womenfund/committee/meetings/" + id).param("version", "1").with(PROVINCE))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("รายงานฉบับที่ 1")));
		mvc.perform(get(report + ".pdf").param("version", "3").with(PROVINCE)).andExpect(status().isNotFound());
	}

	@Test
	void districtRolesNeverReachAMeetingAndAnotherProvincesMeetingIsNotFound() throws Exception {
		Long id = this.jdbc.queryForObject("select min(id) from wf_committee_meeting", Long.class);
		assertThat(id).isNotNull();
		mvc.perform(get("/womenfund/committee").with(KATHU)).andExpect(status().isForbidden());
		mvc.perform(get("/womenfund/committee/meetings/" + id).with(KATHU)).andExpect(status().isForbidden());
		mvc.perform(get("/womenfund/committee/meetings/" + id + "/report.pdf").with(KATHU))
			.andExpect(status().isForbidden());
		mvc.perform(post("/womenfund/committee/meetings/" + id + "/report").with(csrf()).with(KATHU))
			.andExpect(status().isForbidden());
		// the director reads but does not generate
		mvc.perform(get("/womenfund/committee/meetings/" + id).with(DIRECTOR)).andExpect(status().isOk());
		mvc.perform(post("/womenfund/committee/meetings/" + id + "/report").with(csrf()).with(DIRECTOR))
			.andExpect(status().isForbidden());

		Long other = this.jdbc.queryForObject("select min(id) from province where code <> '83'", Long.class);
		this.jdbc.update("insert into wf_committee_meeting (province_id, meeting_no, meeting_year, meeting_on, period_from,"
				+ " period_to, created_at, created_by) values (?, 1, 2569, ?, ?, ?, current_timestamp, 'test')", other,
				LocalDate.of(2026, 11, 1), LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 1));
		Long foreign = this.jdbc.queryForObject("select id from wf_committee_meeting where province_id = ?", Long.class,
				other);
		mvc.perform(get("/womenfund/committee/meetings/" + foreign).with(PROVINCE)).andExpect(status().isNotFound());
		mvc.perform(get("/womenfund/committee/meetings/999999").with(PROVINCE)).andExpect(status().isNotFound());
	}

	@Test
	void aNewMeetingsPeriodStartsTheDayAfterTheLastMeeting() throws Exception {
		LocalDate today = this.meetings.today();
		LocalDate last = this.jdbc.queryForObject("select max(meeting_on) from wf_committee_meeting m join province p"
				+ " on p.id = m.province_id where p.code = '83' and m.meeting_on < ?", LocalDate.class, today.plusDays(40));
		String on = ThaiDates.shortDate(today.plusDays(40));
		String location = mvc.perform(post("/womenfund/committee").param("number", "20")
			.param("year", String.valueOf(ThaiDates.buddhistYear(today)))
			.param("meetingOn", on)
			.with(csrf())
			.with(PROVINCE)).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		Long id = Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
		CommitteeMeetings.Meeting meeting = this.meetings.open(this.currentUsers.load("province").orElseThrow(), id);
		assertThat(meeting.periodFrom()).isEqualTo(last.plusDays(1));
		assertThat(meeting.periodTo()).isEqualTo(today.plusDays(40));
		// the same number again is refused in Thai
		mvc.perform(post("/womenfund/committee").param("number", "20")
			.param("year", String.valueOf(ThaiDates.buddhistYear(today)))
			.param("meetingOn", on)
			.with(csrf())
			.with(PROVINCE)).andExpect(status().isOk()).andExpect(content().string(containsString("มีการประชุมครั้งที่ 20/")));
	}

	private Long meeting(int number, LocalDate from, LocalDate to) throws Exception {
		String location = mvc.perform(post("/womenfund/committee").param("number", String.valueOf(number))
			.param("year", String.valueOf(ThaiDates.buddhistYear(to)))
			.param("meetingOn", ThaiDates.shortDate(to))
			.param("periodFrom", ThaiDates.shortDate(from))
			.param("periodTo", ThaiDates.shortDate(to))
			.with(csrf())
			.with(PROVINCE)).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		return Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
	}

	private long exports() {
		return this.jdbc.queryForObject("select count(*) from audit_entry where action = 'EXPORT'"
				+ " and record_type = 'CommitteeReport'", Long.class);
	}

}
