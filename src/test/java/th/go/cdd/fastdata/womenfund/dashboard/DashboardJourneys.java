package th.go.cdd.fastdata.womenfund.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import th.go.cdd.fastdata.thai.ThaiDates;
import th.go.cdd.fastdata.womenfund.project.ProjectRepository;
import th.go.cdd.fastdata.womenfund.project.ProjectStatuses;
import th.go.cdd.fastdata.womenfund.status.Classification;
import th.go.cdd.fastdata.womenfund.status.StatusGroup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dashboards through HTTP on the demo data (Phuket): every figure equals the total of the list it links
 * to; this month is written by the classification and the past months by the back-fill, as the rule gives
 * them; a district officer sees her district only and a guessed district is not found; the director finds
 * and reads the page.
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class DashboardJourneys {

	static final RequestPostProcessor KATHU = user("district.kathu").roles("DISTRICT_OFFICER");

	static final RequestPostProcessor PROVINCE = user("province").roles("PROVINCE_OFFICER");

	static final RequestPostProcessor DIRECTOR = user("director").roles("DIRECTOR");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PastMonths pastMonths;

	@Autowired
	MonthlyFigures figures;

	@Autowired
	ProjectStatuses statuses;

	@Autowired
	ProjectRepository projects;

	@Test
	void eachDistrictAndSubdistrictCountEqualsTheProjectListItLinksTo() throws Exception {
		Map<String, Object> page = model(get("/womenfund/dashboard").with(PROVINCE));
		List<Dashboards.AreaRow> districts = areas(page);
		assertThat(districts).extracting(Dashboards.AreaRow::label).contains("อำเภอกะทู้", "อำเภอถลาง", "อำเภอเมืองภูเก็ต");
		for (Dashboards.AreaRow district : districts) {
			for (StatusGroup group : StatusGroup.values()) {
				assertThat(listTotal(DashboardController.projectsLink(district.id(), null, group)))
					.as(district.label() + " " + group).isEqualTo(district.groups().of(group).projects());
			}
		}
		// the cards: the whole province per group
		Dashboards.Groups now = (Dashboards.Groups) page.get("now");
		for (StatusGroup group : StatusGroup.values()) {
			assertThat(listTotal(DashboardController.projectsLink(null, null, group))).isEqualTo(now.of(group).projects());
		}
		assertThat(now.projects()).isEqualTo(districts.stream().mapToLong(d -> d.groups().projects()).sum());

		// a district's subdistricts, one project of them registered without its subdistrict (it is optional)
		Long kathu = districtId("8302");
		Long unplaced = jdbc.queryForObject("select min(id) from wf_project where district_id = ?", Long.class, kathu);
		Long itsSubdistrict = jdbc.queryForObject("select subdistrict_id from wf_project where id = ?", Long.class, unplaced);
		jdbc.update("update wf_project set subdistrict_id = null where id = ?", unplaced);
		try {
			List<Dashboards.AreaRow> subdistricts = areas(model(get("/womenfund/dashboard")
				.param("districtId", kathu.toString()).with(PROVINCE)));
			assertThat(subdistricts).filteredOn(s -> s.id() != null).hasSizeGreaterThanOrEqualTo(3);
			assertThat(subdistricts).extracting(Dashboards.AreaRow::label).contains("ไม่ระบุตำบล");
			long inSubdistricts = 0;
			for (Dashboards.AreaRow subdistrict : subdistricts) {
				for (StatusGroup group : StatusGroup.values()) {
					long count = subdistrict.groups().of(group).projects();
					// the row without a subdistrict opens its own list too (subdistrictId=0)
					assertThat(listTotal(DashboardController.projectsLink(kathu,
							subdistrict.id() == null ? 0L : subdistrict.id(), group)))
						.as(subdistrict.label() + " " + group).isEqualTo(count);
					inSubdistricts += count;
				}
			}
			assertThat(inSubdistricts).isEqualTo(listTotal("/womenfund/projects?districtId=" + kathu));
		}
		finally {
			jdbc.update("update wf_project set subdistrict_id = ? where id = ?", itsSubdistrict, unplaced);
		}
	}

	@Test
	void eachMonthsCollectionsEqualThePaymentsListOfThatMonthAlsoAfterANewPayment() throws Exception {
		Long kathu = districtId("8302");
		// a payment today in Kathu counts in this month at once
		Long project = jdbc.queryForObject("select s.project_id from wf_project_status s where s.district_id = ?"
				+ " and s.status_group = 'OVERDUE' order by s.project_id limit 1", Long.class, kathu);
		LocalDate today = this.statuses.today();
		mvc.perform(post("/womenfund/projects/{id}/payments", project)
			.param("paidOn", today.getDayOfMonth() + "/" + today.getMonthValue() + "/" + (today.getYear() + 543))
			.param("amount", "1,234.56").param("reference", "RC-DASH-1").param("source", "RECEIPT").with(csrf()).with(KATHU))
			.andExpect(status().is3xxRedirection());

		for (Long district : new Long[] { null, kathu }) {
			MockHttpServletRequestBuilder request = get("/womenfund/dashboard").with(PROVINCE);
			if (district != null) {
				request.param("districtId", district.toString());
			}
			@SuppressWarnings("unchecked")
			List<Dashboards.Collected> months = (List<Dashboards.Collected>) model(request).get("collections");
			assertThat(months).hasSize(12);
			assertThat(months.get(11).month()).isEqualTo(this.figures.thisMonth());
			assertThat(months.stream().filter(m -> m.payments() > 0).count()).as("months with payments").isGreaterThan(6);
			for (Dashboards.Collected month : months) {
				Dashboards.PaymentPage list = (Dashboards.PaymentPage) model(
						get(new DashboardController.Links().payments(district, month.month())).with(PROVINCE)).get("payments");
				assertThat(list.payments()).as(month.longLabel()).isEqualTo(month.payments());
				assertThat(list.amount()).as(month.longLabel()).isEqualByComparingTo(month.amount());
			}
		}
		Dashboards.PaymentPage thisMonth = (Dashboards.PaymentPage) model(get("/womenfund/payments")
			.param("districtId", kathu.toString()).with(KATHU)).get("payments");
		assertThat(thisMonth.page().getContent()).anyMatch(p -> "RC-DASH-1".equals(p.reference())
				&& p.amount().compareTo(new BigDecimal("1234.56")) == 0);
	}

	@Test
	void classificationWritesThisMonthAndTheBackFillGivesPastMonthsAsTheRuleGivesThem() throws Exception {
		Long kathu = districtId("8302");
		LocalDate thisMonth = this.figures.thisMonth().atDay(1);
		// this month is the district summary, written with it
		assertThat(jdbc.queryForList("select status_group, projects from wf_status_month where district_id = ?"
				+ " and month_start = ? and projects > 0 order by status_group", kathu, thisMonth))
			.isEqualTo(jdbc.queryForList("select status_group, projects from wf_district_status_summary where district_id = ?"
					+ " and projects > 0 order by status_group", kathu));

		// the back-fill (already run at start) again from nothing: 23 past months, each as the rule gives it
		jdbc.update("delete from wf_status_month where month_start < ?", thisMonth);
		List<YearMonth> filled = this.pastMonths.fill(this.projects.findAllIds());
		assertThat(filled).hasSize(MonthlyFigures.MONTHS - 1).doesNotContain(this.figures.thisMonth());
		YearMonth past = this.figures.thisMonth().minusMonths(7);
		Map<StatusGroup, Long> expected = new EnumMap<>(StatusGroup.class);
		// only a project with a schedule has a group (on PostgreSQL the LM import tests' projects share the database)
		for (Long id : jdbc.queryForList("select p.id from wf_project p where p.district_id = ? and exists (select 1"
				+ " from wf_contract c join wf_schedule s on s.contract_id = c.id where c.project_id = p.id)", Long.class, kathu)) {
			LocalDate signed = jdbc.queryForObject("select signed_on from wf_contract where project_id = ?", LocalDate.class, id);
			if (!signed.isAfter(past.atEndOfMonth())) {
				Classification c = this.statuses.classify(id, past.atEndOfMonth());
				expected.merge(c.group(), 1L, Long::sum);
			}
		}
		Map<StatusGroup, Long> stored = new EnumMap<>(StatusGroup.class);
		jdbc.queryForList("select status_group, projects from wf_status_month where district_id = ? and month_start = ?",
				kathu, past.atDay(1))
			.forEach(r -> stored.put(StatusGroup.valueOf((String) r.get("status_group")), ((Number) r.get("projects")).longValue()));
		assertThat(stored).isEqualTo(expected).isNotEmpty();
		// months that have rows are left alone
		assertThat(this.pastMonths.fill(this.projects.findAllIds())).isEmpty();

		// and the page shows them: the trend of Kathu has a figure in every month
		@SuppressWarnings("unchecked")
		List<Dashboards.StatusMonth> trend = (List<Dashboards.StatusMonth>) model(get("/womenfund/dashboard")
			.param("districtId", kathu.toString()).param("months", "24").with(PROVINCE)).get("trend");
		assertThat(trend).hasSize(24).allMatch(m -> m.groups().projects() > 0);
		assertThat(trend.get(16).groups().of(StatusGroup.OVERDUE).projects())
			.isEqualTo(expected.getOrDefault(StatusGroup.OVERDUE, 0L));
		// the province's trend (read from its own rows) is the sum of its districts' in every month
		@SuppressWarnings("unchecked")
		List<Dashboards.StatusMonth> province = (List<Dashboards.StatusMonth>) model(get("/womenfund/dashboard")
			.param("months", "24").with(PROVINCE)).get("trend");
		for (Dashboards.StatusMonth month : province) {
			assertThat(month.groups().projects()).as(month.label()).isEqualTo(jdbc.queryForObject(
					"select coalesce(sum(projects), 0) from wf_status_month where month_start = ?", Long.class,
					month.month().atDay(1))).isPositive();
		}
	}

	@Test
	void aDistrictOfficerSeesHerDistrictOnlyAndAGuessedDistrictIsNotFound() throws Exception {
		Long kathu = districtId("8302");
		Long mueang = districtId("8301");
		Map<String, Object> page = model(get("/womenfund/dashboard").with(KATHU));
		assertThat(page.get("districtId")).isEqualTo(kathu);
		assertThat(areas(page)).extracting(Dashboards.AreaRow::label).contains("ตำบลกะทู้", "ตำบลป่าตอง", "ตำบลกมลา")
			.allMatch(label -> label.startsWith("ตำบล") || label.equals("ไม่ระบุตำบล"));
		mvc.perform(get("/womenfund/dashboard").param("districtId", mueang.toString()).with(KATHU)).andExpect(status().isNotFound());
		mvc.perform(get("/womenfund/payments").param("districtId", mueang.toString()).with(KATHU)).andExpect(status().isNotFound());
		mvc.perform(get("/womenfund/dashboard").param("districtId", "999999").with(PROVINCE)).andExpect(status().isNotFound());
		// without a district her payments list is her district's
		YearMonth month = this.figures.thisMonth().minusMonths(1);
		Dashboards.PaymentPage list = (Dashboards.PaymentPage) model(get("/womenfund/payments").param("month", month.toString())
			.with(KATHU)).get("payments");
		assertThat(list.page().getContent()).isNotEmpty().allMatch(p -> p.districtId().equals(kathu));
		Dashboards.PaymentPage ofKathu = (Dashboards.PaymentPage) model(get("/womenfund/payments")
			.param("districtId", kathu.toString()).param("month", month.toString()).with(PROVINCE)).get("payments");
		assertThat(list.payments()).isEqualTo(ofKathu.payments());
	}

	@Test
	void theDirectorFindsTheDashboardOnTheHomePageAndReadsItInThai() throws Exception {
		String home = mvc.perform(get("/").with(DIRECTOR)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(home).contains("href=\"/womenfund/dashboard\"");
		String page = mvc.perform(get("/womenfund/dashboard").with(DIRECTOR)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		YearMonth month = this.figures.thisMonth();
		assertThat(page).contains("แดชบอร์ดลูกหนี้", "<svg", "ยอดรับชำระรายเดือน", ThaiDates.longMonth(month),
				"href=\"/womenfund/payments?month=" + month + "\"", "href=\"/womenfund/projects?group=OVERDUE\"");
		// B.E. on the chart's axis: "พ.ย." over "69"
		String[] shortMonth = ThaiDates.shortMonth(month).split(" ");
		assertThat(page).contains(">" + shortMonth[0] + "</text>", ">" + shortMonth[1] + "</text>");
		mvc.perform(get("/womenfund/payments").with(DIRECTOR)).andExpect(status().isOk());
	}

	private Map<String, Object> model(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getModelAndView().getModel();
	}

	@SuppressWarnings("unchecked")
	private static List<Dashboards.AreaRow> areas(Map<String, Object> model) {
		return (List<Dashboards.AreaRow>) model.get("areas");
	}

	private long listTotal(String link) throws Exception {
		return ((Page<?>) model(get(link).with(PROVINCE)).get("rows")).getTotalElements();
	}

	private Long districtId(String code) {
		return jdbc.queryForObject("select id from district where code = ?", Long.class, code);
	}

}
