package th.go.cdd.fastdata.womenfund.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import th.go.cdd.fastdata.womenfund.DistrictReportReminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The twice-monthly district reports on the demo data (Phuket; the demo has เมืองภูเก็ต and กะทู้
 * submitting the last three reports and ถลาง missing the last one): the period a day belongs to,
 * figures counted from the records of the period, a draft, a refused submission keeping what was
 * typed, submission freezing the figures, the province's overview of who is late, reminders, and
 * scope.
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class DistrictReportJourneys {

	static final RequestPostProcessor KATHU = user("district.kathu").roles("DISTRICT_OFFICER");

	static final RequestPostProcessor THALANG = user("district.thalang").roles("DISTRICT_OFFICER");

	static final RequestPostProcessor PROVINCE = user("province").roles("PROVINCE_OFFICER");

	static final RequestPostProcessor DIRECTOR = user("director").roles("DIRECTOR");

	/** Who the rows written straight into the tables are by, so they go again after each test. */
	static final String WRITER = "district-report-test";

	@Autowired
	MockMvc mvc;

	/**
	 * The demo data is shared by every test of the same context: visits and payments written here
	 * (without a classification) would change other tests' lists and urgent order.
	 */
	@org.junit.jupiter.api.AfterEach
	void removeWhatThisTestWrote() {
		jdbc.update("delete from wf_visit_record where created_by = ?", WRITER);
		jdbc.update("delete from wf_payment where created_by = ?", WRITER);
	}

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ReportCalendar calendar;

	@Autowired
	PeriodActivity activity;

	@Autowired
	DistrictReports reports;

	@Autowired
	DistrictReportReminders reminders;

	@Test
	void theLastDayOfWeekOneBelongsToTheWeekOneReportAndTheFirstDayOfWeekTwoToTheWeekThreeReport() {
		// a month well in the past, whatever today is
		YearMonth month = YearMonth.from(this.reports.today()).minusMonths(3);
		LocalDate lastOfWeekOne = month.atDay(7);
		LocalDate firstOfWeekTwo = month.atDay(8);

		ReportPeriod weekOne = this.calendar.periodOf(lastOfWeekOne);
		ReportPeriod weekThree = this.calendar.periodOf(firstOfWeekTwo);
		assertThat(weekOne.dueOn()).isEqualTo(lastOfWeekOne);
		assertThat(weekOne.from()).isEqualTo(month.minusMonths(1).atDay(22));
		assertThat(weekOne.week()).isEqualTo(1);
		assertThat(weekThree.from()).isEqualTo(firstOfWeekTwo);
		assertThat(weekThree.dueOn()).isEqualTo(month.atDay(21));
		assertThat(weekThree.week()).isEqualTo(3);
		// the day after the week-3 due day opens next month's week-1 report
		assertThat(this.calendar.periodOf(month.atDay(22)).dueOn()).isEqualTo(month.plusMonths(1).atDay(7));
		assertThat(this.calendar.periodDueOn(firstOfWeekTwo)).isEmpty();

		Long mueang = districtId("8301");
		DistrictFigures beforeOne = figures(mueang, weekOne);
		DistrictFigures beforeThree = figures(mueang, weekThree);
		Long project = projectOf(mueang);
		visit(project, mueang, lastOfWeekOne, "PROMISED_TO_PAY", new BigDecimal("1500.00"));
		visit(project, mueang, firstOfWeekTwo, "MOVED", null);
		pay(project, lastOfWeekOne, new BigDecimal("123.45"));
		pay(project, firstOfWeekTwo, new BigDecimal("200.00"));

		DistrictFigures afterOne = figures(mueang, weekOne);
		DistrictFigures afterThree = figures(mueang, weekThree);
		assertThat(afterOne.visits()).isEqualTo(beforeOne.visits() + 1);
		assertThat(afterOne.promises()).isEqualTo(beforeOne.promises() + 1);
		assertThat(afterOne.promisedAmount()).isEqualByComparingTo(beforeOne.promisedAmount().add(new BigDecimal("1500")));
		assertThat(afterOne.untraceable()).isEqualTo(beforeOne.untraceable());
		assertThat(afterOne.collected()).isEqualByComparingTo(beforeOne.collected().add(new BigDecimal("123.45")));
		assertThat(afterThree.visits()).isEqualTo(beforeThree.visits() + 1);
		assertThat(afterThree.untraceable()).isEqualTo(beforeThree.untraceable() + 1);
		assertThat(afterThree.collected()).isEqualByComparingTo(beforeThree.collected().add(new BigDecimal("200.00")));
	}

	@Test
	void anOfficerDraftsIsToldWhatIsMissingSubmitsAndTheReportIsFrozenAndReadOnly() throws Exception {
		Long kathu = districtId("8302");
		ReportPeriod period = this.calendar.periodOf(this.reports.today());
		String url = "/womenfund/reports/" + kathu + "/" + period.dueOn();

		// the draft is counted from the period's records before anything is stored
		DistrictFigures live = this.activity.of(List.of(kathu), period.from(), this.reports.today()).of(kathu);
		mvc.perform(get(url).with(KATHU))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("อำเภอกะทู้ " + period.label())))
			.andExpect(content().string(containsString("id=\"fig-payments\">" + live.payments() + "<")))
			.andExpect(content().string(containsString("ยังไม่เริ่ม")))
			// a draft's group counts are today's: each opens its list
			.andExpect(content().string(containsString("/womenfund/projects?districtId=" + kathu + "&amp;group=")));

		mvc.perform(post(url).param("problems", "ลูกหนี้ย้ายออกนอกพื้นที่").param("action", "save").with(csrf()).with(KATHU))
			.andExpect(redirectedUrl(url));
		long version = jdbc.queryForObject("select version from wf_district_report where district_id = ? and due_on = ?",
				Long.class, kathu, period.dueOn());

		// submitting without the results is refused, and what she typed comes back
		mvc.perform(post(url).param("problems", "ลูกหนี้ย้ายออกนอกพื้นที่ <b>")
			.param("nextSteps", "นัดประชุมลูกหนี้")
			.param("version", String.valueOf(version))
			.param("action", "submit")
			.with(csrf())
			.with(KATHU))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("กรุณาเขียนผลการดำเนินงานก่อนส่งรายงาน")))
			.andExpect(content().string(containsString("ลูกหนี้ย้ายออกนอกพื้นที่ &lt;b&gt;")))
			.andExpect(content().string(containsString("นัดประชุมลูกหนี้")));

		mvc.perform(post(url).param("achievements", "ลงพื้นที่ 4 หมู่บ้าน")
			.param("problems", "ลูกหนี้ย้ายออกนอกพื้นที่")
			.param("version", String.valueOf(version))
			.param("action", "submit")
			.with(csrf())
			.with(KATHU)).andExpect(redirectedUrl(url));
		BigDecimal frozen = jdbc.queryForObject("select amount from wf_district_report_figure f join wf_district_report r"
				+ " on r.id = f.report_id where r.district_id = ? and r.due_on = ? and f.name = 'collected'",
				BigDecimal.class, kathu, period.dueOn());
		assertThat(frozen).isEqualByComparingTo(live.collected());

		// a payment after submission changes the live figures, not the submitted report
		pay(projectOf(kathu), this.reports.today(), new BigDecimal("999.00"));
		DistrictReports.Report report = this.reports.open(new th.go.cdd.fastdata.organisation.Scope(java.util.Set.of(kathu)),
				kathu, period.dueOn());
		assertThat(report.submitted()).isTrue();
		assertThat(report.figures().collected()).isEqualByComparingTo(frozen);
		assertThat(report.history()).extracting(DistrictReports.Event::action).containsExactly("CREATED", "SAVED", "SUBMITTED");
		mvc.perform(get(url).with(KATHU))
			.andExpect(content().string(containsString("ลงพื้นที่ 4 หมู่บ้าน")))
			.andExpect(content().string(not(containsString("<textarea"))))
			// the frozen counts are not links to today's lists, which would show other numbers
			.andExpect(content().string(not(containsString("/womenfund/projects?districtId=" + kathu + "&amp;group="))))
			.andExpect(content().string(containsString("รายชื่อลูกหนี้ของอำเภอ ณ วันนี้")));

		// and it cannot be changed any more
		mvc.perform(post(url).param("achievements", "แก้ไขภายหลัง").param("action", "save").with(csrf()).with(KATHU))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("รายงานนี้ส่งแล้วเมื่อ")));
		assertThat(jdbc.queryForObject("select achievements from wf_district_report where district_id = ? and due_on = ?",
				String.class, kathu, period.dueOn())).isEqualTo("ลงพื้นที่ 4 หมู่บ้าน");
	}

	@Test
	void aLateDistrictShowsOnTheProvincesOverviewUntilItSubmits() throws Exception {
		Long thalang = districtId("8303");
		ReportPeriod missed = this.calendar.recent(this.reports.today(), 2).get(1);
		String url = "/womenfund/reports/" + thalang + "/" + missed.dueOn();
		String overview = mvc.perform(get("/womenfund/reports").with(PROVINCE))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		String late = overview.substring(overview.indexOf("id=\"late\""), overview.indexOf("</div>", overview.indexOf("id=\"late\"")));
		assertThat(late).contains("อำเภอถลาง · " + missed.label()).contains(url).doesNotContain("อำเภอเมืองภูเก็ต");

		// her home page tells the district officer first thing
		String home = mvc.perform(get("/").with(THALANG)).andReturn().getResponse().getContentAsString();
		assertThat(home).contains("id=\"report-reminders\"").contains(url).contains("เลยกำหนด");

		mvc.perform(post(url).param("achievements", "ส่งล่าช้าเพราะลงพื้นที่น้ำท่วม").param("action", "submit")
			.with(csrf()).with(THALANG)).andExpect(redirectedUrl(url));
		mvc.perform(get("/womenfund/reports").with(PROVINCE))
			.andExpect(content().string(not(containsString("อำเภอถลาง · " + missed.label()))))
			.andExpect(content().string(containsString("ส่งช้า")));
		assertThat(mvc.perform(get("/").with(THALANG)).andReturn().getResponse().getContentAsString()).doesNotContain(url);
	}

	@Test
	void anAdministratorOfTwoProvincesSeesProvincesFirstAndOpensOnesDistricts() throws Exception {
		RequestPostProcessor admin = user("admin").roles("ADMIN");
		Boolean served = jdbc.queryForObject("select served from province where code = '82'", Boolean.class);
		jdbc.update("update province set served = true where code = '82'");
		try {
			Long phuket = jdbc.queryForObject("select id from province where code = '83'", Long.class);
			String overview = mvc.perform(get("/womenfund/reports").with(admin))
				.andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
			// a row per province, each period tallied; no district listed
			assertThat(overview).contains("href=\"/womenfund/reports?provinceId=" + phuket + "\"")
				.contains("ส่งแล้ว").contains("/3").doesNotContain("อำเภอกะทู้");
			mvc.perform(get("/womenfund/reports").param("provinceId", phuket.toString()).with(admin))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("อำเภอกะทู้")))
				.andExpect(content().string(containsString("← ทุกจังหวัด")))
				.andExpect(content().string(not(containsString("อำเภอเมืองพังงา"))));
			// a province she does not serve is not found; the province's own officer sees her districts at once
			Long bangkok = jdbc.queryForObject("select id from province where code = '10'", Long.class);
			mvc.perform(get("/womenfund/reports").param("provinceId", bangkok.toString()).with(admin))
				.andExpect(status().isNotFound());
			mvc.perform(get("/womenfund/reports").with(PROVINCE))
				.andExpect(content().string(containsString("อำเภอกะทู้")))
				.andExpect(content().string(not(containsString("ทุกจังหวัด"))));
		}
		finally {
			jdbc.update("update province set served = ? where code = '82'", served);
		}
	}

	@Test
	void remindersGoToDistrictsThatHaveNotSubmitted() {
		// a period far ahead, that nobody has written yet
		YearMonth month = YearMonth.from(this.reports.today()).plusMonths(6);
		Long kathu = districtId("8302");
		Long mueang = districtId("8301");
		List<DistrictReportReminders.Reminder> dueSoon = this.reminders.on(month.atDay(5), List.of(kathu, mueang));
		assertThat(dueSoon).extracting(DistrictReportReminders.Reminder::districtId).containsExactlyInAnyOrder(kathu, mueang);
		assertThat(dueSoon).allMatch((r) -> !r.late() && r.dueOn().equals(month.atDay(7)) && r.days() == 2);
		// three days before the due day is outside the calendar's two reminder days
		assertThat(this.reminders.on(month.atDay(4), List.of(kathu))).isEmpty();
		List<DistrictReportReminders.Reminder> late = this.reminders.on(month.atDay(8), List.of(kathu));
		assertThat(late).singleElement().satisfies((r) -> {
			assertThat(r.late()).isTrue();
			assertThat(r.dueOn()).isEqualTo(month.atDay(7));
			assertThat(r.link()).isEqualTo("/womenfund/reports/" + kathu + "/" + month.atDay(7));
		});
		// a submitted report stops them (the demo submitted the last ones in time)
		ReportPeriod submitted = this.calendar.recent(this.reports.today(), 2).get(1);
		assertThat(this.reminders.on(submitted.dueOn().plusDays(1), List.of(mueang)))
			.noneMatch((r) -> r.dueOn().equals(submitted.dueOn()));
	}

	@Test
	void anotherDistrictsReportAWrongDayAndAFuturePeriodAreNotFoundAndReadersCannotWrite() throws Exception {
		Long thalang = districtId("8303");
		Long kathu = districtId("8302");
		ReportPeriod current = this.calendar.periodOf(this.reports.today());
		mvc.perform(get("/womenfund/reports/" + thalang + "/" + current.dueOn()).with(KATHU)).andExpect(status().isNotFound());
		mvc.perform(post("/womenfund/reports/" + thalang + "/" + current.dueOn()).param("achievements", "x")
			.with(csrf()).with(KATHU)).andExpect(status().isNotFound());
		mvc.perform(get("/womenfund/reports/" + kathu + "/" + current.dueOn().plusDays(1)).with(KATHU))
			.andExpect(status().isNotFound());
		ReportPeriod next = this.calendar.periodOf(current.dueOn().plusDays(1));
		mvc.perform(get("/womenfund/reports/" + kathu + "/" + next.dueOn()).with(KATHU)).andExpect(status().isNotFound());
		mvc.perform(get("/womenfund/reports/" + kathu + "/not-a-date").with(KATHU)).andExpect(status().isNotFound());
		// the overview of a district officer lists her district only
		mvc.perform(get("/womenfund/reports").with(KATHU))
			.andExpect(content().string(containsString("อำเภอกะทู้")))
			.andExpect(content().string(not(containsString("อำเภอถลาง"))));
		// the director reads, but does not write
		mvc.perform(get("/womenfund/reports/" + thalang + "/" + current.dueOn()).with(DIRECTOR))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<textarea"))));
		mvc.perform(post("/womenfund/reports/" + thalang + "/" + current.dueOn()).param("achievements", "x")
			.with(csrf()).with(DIRECTOR)).andExpect(status().isForbidden());
	}

	@Test
	void theAdministratorAnnouncesNewDueDaysFromADateAndBadOnesAreRefusedInThai() throws Exception {
		RequestPostProcessor admin = user("admin").roles("ADMIN");
		mvc.perform(post("/womenfund/reports/calendar").param("effectiveFrom", "1/1/2560").param("dueDays", "10,25")
			.with(csrf()).with(admin))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("problem", containsString("วันที่มีผลต้องเป็นวันหลังจากวันนี้")));
		mvc.perform(post("/womenfund/reports/calendar").param("effectiveFrom", "1/1/2700").param("dueDays", "7,40")
			.with(csrf()).with(admin))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("problem", containsString("1–31")));
		mvc.perform(post("/womenfund/reports/calendar").param("effectiveFrom", "1/1/2700").param("dueDays", "10,25")
			.with(csrf()).with(PROVINCE)).andExpect(status().isForbidden());
		// a calendar a century ahead: today's periods keep their days
		mvc.perform(post("/womenfund/reports/calendar").param("effectiveFrom", "1/1/2700").param("dueDays", "25, 10")
			.param("source", "หนังสือสั่งการ ที่ มท 0000/ทดสอบ").with(csrf()).with(admin))
			.andExpect(status().is3xxRedirection());
		assertThat(this.calendar.periodOf(LocalDate.of(2157, 1, 11)))
			.isEqualTo(new ReportPeriod(LocalDate.of(2157, 1, 11), LocalDate.of(2157, 1, 25)));
		assertThat(this.calendar.periodOf(this.reports.today()).dueOn().getDayOfMonth()).isIn(7, 21);
		mvc.perform(get("/womenfund/reports").with(PROVINCE))
			.andExpect(content().string(containsString("10 และ 25")))
			.andExpect(content().string(containsString("หนังสือสั่งการ ที่ มท 0000/ทดสอบ")));
	}

	private DistrictFigures figures(Long districtId, ReportPeriod period) {
		return this.activity.of(List.of(districtId), period.from(), period.dueOn()).of(districtId);
	}

	private Long districtId(String code) {
		return jdbc.queryForObject("select id from district where code = ?", Long.class, code);
	}

	private Long projectOf(Long districtId) {
		return jdbc.queryForObject("select min(id) from wf_project where district_id = ?", Long.class, districtId);
	}

	private void visit(Long project, Long district, LocalDate on, String outcome, BigDecimal promise) {
		jdbc.update("insert into wf_visit_record (client_id, project_id, district_id, visited_on, outcome, promise_on,"
				+ " promise_amount, created_at, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
				UUID.randomUUID().toString(), project, district, on, outcome, promise == null ? null : on.plusDays(10),
				promise, OffsetDateTime.now(), WRITER);
	}

	private void pay(Long project, LocalDate on, BigDecimal amount) {
		jdbc.update("insert into wf_payment (project_id, paid_on, amount, source, created_at, created_by)"
				+ " values (?, ?, ?, 'RECEIPT', ?, ?)", project, on, amount, OffsetDateTime.now(), WRITER);
	}

}
