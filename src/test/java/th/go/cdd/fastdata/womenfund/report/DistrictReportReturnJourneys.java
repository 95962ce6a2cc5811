package th.go.cdd.fastdata.womenfund.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import th.go.cdd.fastdata.organisation.Scope;

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
 * The province returns a submitted district report for correction (ส่งกลับแก้ไข), on the demo data:
 * the district sees the reason, corrects and submits again, the history shows each step, the
 * overview and the home page show the report as returned meanwhile; who may return, and what is
 * refused. Works on เมืองภูเก็ต's oldest demo report (submitted on time), which the other report
 * journeys leave alone, and leaves it submitted again.
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class DistrictReportReturnJourneys {

	static final RequestPostProcessor MUEANG = user("district.mueang").roles("DISTRICT_OFFICER");

	static final RequestPostProcessor KATHU = user("district.kathu").roles("DISTRICT_OFFICER");

	static final RequestPostProcessor PROVINCE = user("province").roles("PROVINCE_OFFICER");

	static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

	static final RequestPostProcessor DIRECTOR = user("director").roles("DIRECTOR");

	static final RequestPostProcessor COMMITTEE = user("committee.kathu").roles("DISTRICT_COMMITTEE");

	static final String WRITER = "district-report-return-test";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ReportCalendar calendar;

	@Autowired
	PeriodActivity activity;

	@Autowired
	DistrictReports reports;

	@AfterEach
	void removeWhatThisTestWrote() {
		jdbc.update("delete from wf_payment where created_by = ?", WRITER);
	}

	@Test
	void aReportReturnedLongAgoStillWaitsOnTheOverviewAndTheDistrictsHomePage() throws Exception {
		Long thalang = districtId("8303");
		// the sixth period back: older than the four the overview shows
		ReportPeriod old = this.calendar.recent(this.reports.today(), 6).get(5);
		String url = "/womenfund/reports/" + thalang + "/" + old.dueOn();
		OffsetDateTime submitted = old.dueOn().minusDays(1).atTime(10, 0).atOffset(java.time.ZoneOffset.ofHours(7));
		jdbc.update("""
				insert into wf_district_report (district_id, period_from, due_on, state, achievements, created_by,
				  created_at, updated_by, updated_at, submitted_by, submitted_at, first_submitted_at)
				values (?, ?, ?, 'RETURNED', 'ลงพื้นที่', ?, ?, ?, ?, ?, ?, ?)""", thalang, old.from(), old.dueOn(), WRITER,
				submitted, WRITER, submitted, WRITER, submitted, submitted);
		try {
			String overview = mvc.perform(get("/womenfund/reports").with(PROVINCE))
				.andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
			String returned = overview.substring(overview.indexOf("id=\"returned\""));
			assertThat(returned.substring(0, returned.indexOf("</div>"))).contains(url).contains("อำเภอถลาง · " + old.label());
			String home = mvc.perform(get("/").with(user("district.thalang").roles("DISTRICT_OFFICER")))
				.andReturn().getResponse().getContentAsString();
			assertThat(home).contains(url);
		}
		finally {
			jdbc.update("delete from wf_district_report where created_by = ?", WRITER);
		}
	}

	@Test
	void theProvinceReturnsAReportWithAReasonAndTheDistrictCorrectsAndSubmitsAgain() throws Exception {
		Long mueang = districtId("8301");
		ReportPeriod period = this.calendar.recent(this.reports.today(), 4).get(3);
		String url = "/womenfund/reports/" + mueang + "/" + period.dueOn();
		DistrictReports.Report before = open(mueang, period);
		assertThat(before.submitted()).isTrue();
		assertThat(before.late()).isFalse();

		// the province sees the report submitted, and the form to return it
		mvc.perform(get(url).with(PROVINCE))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ส่งกลับให้อำเภอแก้ไข")))
			.andExpect(content().string(containsString("name=\"_csrf\"")));
		// the district officer does not get that form
		mvc.perform(get(url).with(MUEANG)).andExpect(content().string(not(containsString("name=\"reason\""))));

		// no reason: refused, nothing changes
		mvc.perform(post(url + "/return").param("reason", "   ").with(csrf()).with(PROVINCE))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("กรุณาระบุเหตุผลที่ส่งกลับ")));
		// too long a reason: refused, and what she typed comes back
		String tooLong = "ก".repeat(DistrictReports.REASON_LIMIT) + "ข้อความท้าย";
		mvc.perform(post(url + "/return").param("reason", tooLong).with(csrf()).with(PROVINCE))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("เหตุผลยาวเกิน")))
			.andExpect(content().string(containsString("ข้อความท้าย</textarea>")));
		assertThat(open(mueang, period).state()).isEqualTo(DistrictReports.State.SUBMITTED);
		assertThat(open(mueang, period).history()).extracting(DistrictReports.Event::action).doesNotContain("RETURNED");

		String reason = "ยอดรับชำระไม่ตรงกับทะเบียนคุม <ตรวจใบเสร็จ> กรุณาบันทึกการรับชำระที่ขาด";
		mvc.perform(post(url + "/return").param("reason", reason).with(csrf()).with(PROVINCE))
			.andExpect(redirectedUrl(url));

		// the district officer sees the reason first, and her text in the fields to edit
		String page = mvc.perform(get(url).with(MUEANG))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("id=\"returned\"")
			.contains("ส่งกลับให้แก้ไข")
			.contains("ยอดรับชำระไม่ตรงกับทะเบียนคุม &lt;ตรวจใบเสร็จ&gt;")
			.doesNotContain("<ตรวจใบเสร็จ>")
			.contains("<textarea id=\"achievements\"")
			.contains(before.narrative().achievements())
			.contains(before.narrative().problems());
		assertThat(page.indexOf("id=\"return-reason\"")).isLessThan(page.indexOf("<textarea"));

		// the province's overview shows it returned, not submitted
		String overview = mvc.perform(get("/womenfund/reports").with(PROVINCE)).andReturn().getResponse().getContentAsString();
		String returned = overview.substring(overview.indexOf("id=\"returned\""),
				overview.indexOf("</div>", overview.indexOf("id=\"returned\"")));
		assertThat(returned).contains("อำเภอเมืองภูเก็ต · " + period.label()).contains(url).contains("ส่งกลับให้แก้ไข");
		// her home page lists it until she submits again
		assertThat(mvc.perform(get("/").with(MUEANG)).andReturn().getResponse().getContentAsString())
			.contains("id=\"report-reminders\"").contains(url).contains("จังหวัดส่งกลับให้แก้ไข");
		// the district hears of it: a link, not the reason
		assertThat(jdbc.queryForList("select link from notify_message where topic = 'REPORT_RETURNED' and district_id = ?",
				String.class, mueang)).contains(url);
		assertThat(jdbc.queryForList("select text from notify_message where topic = 'REPORT_RETURNED' and district_id = ?",
				String.class, mueang)).allSatisfy((text) -> assertThat(text).contains(period.label()).doesNotContain("ทะเบียนคุม"));

		// she records the missing payment and submits again: the figures are frozen anew
		BigDecimal collectedBefore = this.activity.of(List.of(mueang), period.from(), period.dueOn()).of(mueang).collected();
		pay(projectOf(mueang), period.dueOn(), new BigDecimal("777.00"));
		long version = jdbc.queryForObject("select version from wf_district_report where district_id = ? and due_on = ?",
				Long.class, mueang, period.dueOn());
		mvc.perform(post(url).param("achievements", "บันทึกการรับชำระที่ขาดแล้ว ตามที่จังหวัดแจ้ง")
			.param("problems", before.narrative().problems())
			.param("version", String.valueOf(version))
			.param("action", "submit")
			.with(csrf())
			.with(MUEANG)).andExpect(redirectedUrl(url));
		BigDecimal counted = this.activity.of(List.of(mueang), period.from(), period.dueOn()).of(mueang).collected();
		assertThat(jdbc.queryForObject("select amount from wf_district_report_figure f join wf_district_report r"
				+ " on r.id = f.report_id where r.district_id = ? and r.due_on = ? and f.name = 'collected'",
				BigDecimal.class, mueang, period.dueOn())).isEqualByComparingTo(counted)
			.isEqualByComparingTo(collectedBefore.add(new BigDecimal("777.00")));

		DistrictReports.Report after = open(mueang, period);
		assertThat(after.submitted()).isTrue();
		assertThat(after.narrative().achievements()).isEqualTo("บันทึกการรับชำระที่ขาดแล้ว ตามที่จังหวัดแจ้ง");
		// lateness counts from the first submission, made on time
		assertThat(after.late()).isFalse();
		assertThat(after.firstSubmittedAt()).isEqualTo(before.submittedAt());
		assertThat(after.history()).extracting(DistrictReports.Event::action)
			.containsSubsequence("SUBMITTED", "RETURNED", "SUBMITTED");
		assertThat(after.history()).filteredOn((e) -> "RETURNED".equals(e.action())).singleElement().satisfies((e) -> {
			assertThat(e.actor()).isEqualTo("province");
			assertThat(e.reason()).isEqualTo(reason);
		});
		mvc.perform(get(url).with(PROVINCE))
			.andExpect(content().string(containsString("จังหวัดส่งกลับให้แก้ไข · province")))
			.andExpect(content().string(containsString("ยอดรับชำระไม่ตรงกับทะเบียนคุม &lt;ตรวจใบเสร็จ&gt;")))
			.andExpect(content().string(containsString("ส่งรายงานอีกครั้ง (หลังแก้ไข) · district.mueang")))
			.andExpect(content().string(containsString("ส่งครั้งแรก")))
			.andExpect(content().string(not(containsString("id=\"returned\""))));
		assertThat(mvc.perform(get("/womenfund/reports").with(PROVINCE)).andReturn().getResponse().getContentAsString())
			.doesNotContain("id=\"returned\"");
		assertThat(mvc.perform(get("/").with(MUEANG)).andReturn().getResponse().getContentAsString()).doesNotContain(url);
	}

	@Test
	void onlyTheProvinceReturnsOnlySubmittedReportsOfItsOwnDistricts() throws Exception {
		Long kathu = districtId("8302");
		Long thalang = districtId("8303");
		ReportPeriod submitted = this.calendar.recent(this.reports.today(), 4).get(2);
		String url = "/womenfund/reports/" + kathu + "/" + submitted.dueOn() + "/return";
		for (RequestPostProcessor notProvince : List.of(KATHU, DIRECTOR, COMMITTEE)) {
			mvc.perform(post(url).param("reason", "แก้ไข").with(csrf()).with(notProvince)).andExpect(status().isForbidden());
		}
		mvc.perform(post(url).param("reason", "แก้ไข").with(PROVINCE)).andExpect(status().isForbidden()); // no CSRF token
		assertThat(open(kathu, submitted).state()).isEqualTo(DistrictReports.State.SUBMITTED);

		// a district of another province, or none at all, is not found
		Long elsewhere = jdbc.queryForObject("select min(id) from district where code not like '83%'", Long.class);
		mvc.perform(post("/womenfund/reports/" + elsewhere + "/" + submitted.dueOn() + "/return").param("reason", "แก้ไข")
			.with(csrf()).with(PROVINCE)).andExpect(status().isNotFound());
		mvc.perform(post("/womenfund/reports/999999/" + submitted.dueOn() + "/return").param("reason", "แก้ไข")
			.with(csrf()).with(ADMIN)).andExpect(status().isNotFound());

		// a report not submitted cannot be returned: not begun, or a draft
		ReportPeriod current = this.calendar.periodOf(this.reports.today());
		String currentUrl = "/womenfund/reports/" + thalang + "/" + current.dueOn();
		mvc.perform(post(currentUrl + "/return").param("reason", "แก้ไข").with(csrf()).with(PROVINCE))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("รายงานนี้ยังไม่ได้ส่ง")));
		mvc.perform(post(currentUrl).param("problems", "ร่างไว้ก่อน").param("action", "save").with(csrf())
			.with(user("district.thalang").roles("DISTRICT_OFFICER"))).andExpect(redirectedUrl(currentUrl));
		mvc.perform(post(currentUrl + "/return").param("reason", "แก้ไข").with(csrf()).with(ADMIN))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("ส่งกลับให้แก้ไขไม่ได้")));
		assertThat(open(thalang, current).state()).isEqualTo(DistrictReports.State.DRAFT);
		assertThat(open(thalang, current).narrative().problems()).isEqualTo("ร่างไว้ก่อน");
		// the demo's current period as it was, for the other report journeys sharing the database
		jdbc.update("delete from wf_district_report where district_id = ? and due_on = ?", thalang, current.dueOn());
	}

	private DistrictReports.Report open(Long districtId, ReportPeriod period) {
		return this.reports.open(new Scope(Set.of(districtId)), districtId, period.dueOn());
	}

	private Long districtId(String code) {
		return jdbc.queryForObject("select id from district where code = ?", Long.class, code);
	}

	private Long projectOf(Long districtId) {
		return jdbc.queryForObject("select min(id) from wf_project where district_id = ?", Long.class, districtId);
	}

	private void pay(Long project, LocalDate on, BigDecimal amount) {
		jdbc.update("insert into wf_payment (project_id, paid_on, amount, source, created_at, created_by)"
				+ " values (?, ?, ?, 'RECEIPT', ?, ?)", project, on, amount, OffsetDateTime.now(), WRITER);
	}

}
