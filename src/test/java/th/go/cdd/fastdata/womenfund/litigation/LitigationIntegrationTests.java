package th.go.cdd.fastdata.womenfund.litigation;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import th.go.cdd.fastdata.thai.ThaiDates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A suit from the evidence to the judgment on the pages: stages in order with their numbers, the
 * papers, hearings and costs by fiscal year; a debtor before a court loses the interest reduction;
 * another district answers 404.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class LitigationIntegrationTests {

	static final RequestPostProcessor PROVINCE = user("province").roles("PROVINCE_OFFICER");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aSuitMovesStageByStageAndCostsAreChargedToTheFiscalYear() throws Exception {
		Long project = jdbc.queryForObject("select min(p.id) from wf_project p join district d on d.id = p.district_id"
				+ " join wf_project_status s on s.project_id = p.id where d.code = '8302' and s.status_group = 'TIME_BARRED'",
				Long.class);
		mvc.perform(post("/womenfund/litigation").param("projectId", project.toString()).param("reason", "UNTRACEABLE")
			.with(csrf()).with(PROVINCE))
			.andExpect(redirectedUrlPattern("/womenfund/litigation/*"));
		Long id = jdbc.queryForObject("select max(id) from wf_litigation_case where project_id = ?", Long.class, project);
		// a second suit on the same project is not opened: the open one is shown
		mvc.perform(post("/womenfund/litigation").param("projectId", project.toString()).with(csrf()).with(PROVINCE))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/womenfund/litigation/" + id));
		String today = ThaiDates.shortDate(th.go.cdd.fastdata.thai.ThaiDates.today());
		// the judgment cannot come before the filing
		mvc.perform(post("/womenfund/litigation/{id}/stage", id).param("stage", "JUDGED").param("on", today)
			.with(csrf()).with(PROVINCE))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ขั้นต่อไปของเรื่องนี้คือ")));
		mvc.perform(post("/womenfund/litigation/{id}/papers/LOAN_CONTRACT", id).with(csrf()).with(PROVINCE));
		mvc.perform(post("/womenfund/litigation/{id}/stage", id).param("stage", "WITH_PROSECUTOR").param("on", today)
			.param("prosecutorOffice", "สำนักงานอัยการคุ้มครองสิทธิฯ จังหวัดภูเก็ต").with(csrf()).with(PROVINCE))
			.andExpect(redirectedUrlPattern("/womenfund/litigation/*"));
		Long court = jdbc.queryForObject("select min(id) from wf_court", Long.class);
		mvc.perform(post("/womenfund/litigation/{id}/stage", id).param("stage", "FILED").param("on", today)
			.param("courtId", court.toString()).param("caseNo", "ผบ.123/2569").with(csrf()).with(PROVINCE))
			.andExpect(redirectedUrlPattern("/womenfund/litigation/*"));
		mvc.perform(post("/womenfund/litigation/{id}/hearings", id).param("hearingOn", ThaiDates.shortDate(th.go.cdd.fastdata.thai.ThaiDates.today().plusDays(30)))
			.param("note", "สืบพยานโจทก์").with(csrf()).with(PROVINCE));
		mvc.perform(post("/womenfund/litigation/{id}/costs", id).param("spentOn", today).param("item", "ค่าธรรมเนียมศาล")
			.param("costAmount", "1,500").with(csrf()).with(PROVINCE));
		// the debtor is now before a court: the interest reduction is closed to her
		String code = jdbc.queryForObject("select code from wf_project where id = ?", String.class, project);
		mvc.perform(get("/api/v1/projects/{code}/eligibility", code).with(PROVINCE))
			.andExpect(content().string(containsString("ชั้นศาล")));
		mvc.perform(post("/womenfund/litigation/{id}/stage", id).param("stage", "JUDGED").param("on", today)
			.param("caseNo", "ผบ.456/2569").param("amount", "35,000").param("text", "ให้ชำระพร้อมดอกเบี้ย")
			.with(csrf()).with(PROVINCE))
			.andExpect(redirectedUrlPattern("/womenfund/litigation/*"));
		mvc.perform(get("/womenfund/litigation/{id}", id).with(PROVINCE))
			.andExpect(content().string(containsString("คดีหมายเลขแดง ผบ.456/2569")))
			.andExpect(content().string(containsString("สืบพยานโจทก์")))
			.andExpect(content().string(containsString("1,500.00")));
		int fiscalYear = th.go.cdd.fastdata.thai.FiscalYear.of(th.go.cdd.fastdata.thai.ThaiDates.today()).buddhistYear();
		mvc.perform(get("/womenfund/litigation").with(PROVINCE))
			.andExpect(content().string(containsString("ปีงบประมาณ " + fiscalYear)))
			.andExpect(content().string(containsString("ศาลพิพากษาแล้ว")));
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where record_type = 'LitigationCase' and record_id = ?",
				Long.class, String.valueOf(id))).isGreaterThanOrEqualTo(7);
		mvc.perform(get("/womenfund/litigation/{id}", id).with(user("district.thalang").roles("DISTRICT_OFFICER")))
			.andExpect(status().isNotFound());
	}

	@Test
	void theListShowsOpenSuitsByStageBeforeClosedOnes() throws Exception {
		java.util.List<Long> projects = jdbc.queryForList("""
				select p.id from wf_project p join district d on d.id = p.district_id
				where d.code = '8303' and not exists (select 1 from wf_litigation_case c where c.project_id = p.id)
				order by p.id limit 2""", Long.class);
		java.util.List<Long> suits = new java.util.ArrayList<>();
		try {
			for (Long project : projects) {
				mvc.perform(post("/womenfund/litigation").param("projectId", project.toString()).param("reason", "UNTRACEABLE")
					.with(csrf()).with(PROVINCE))
					.andExpect(redirectedUrlPattern("/womenfund/litigation/*"));
				suits.add(jdbc.queryForObject("select max(id) from wf_litigation_case where project_id = ?", Long.class, project));
			}
			// the first opened is closed (paid in full): the one still being prepared comes before it
			mvc.perform(post("/womenfund/litigation/{id}/stage", suits.get(0)).param("stage", "CLOSED")
				.param("on", ThaiDates.shortDate(ThaiDates.today())).param("text", "ชำระครบแล้ว").with(csrf()).with(PROVINCE))
				.andExpect(redirectedUrlPattern("/womenfund/litigation/*"));
			String page = mvc.perform(get("/womenfund/litigation").with(PROVINCE))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			String list = page.substring(page.indexOf("<h2>เรื่องดำเนินคดี</h2>"));
			int open = list.indexOf("/womenfund/litigation/" + suits.get(1) + "\"");
			int closed = list.indexOf("/womenfund/litigation/" + suits.get(0) + "\"");
			assertThat(open).as("the open suit is listed").isPositive();
			assertThat(closed).as("the closed suit is listed").isPositive();
			assertThat(open).as("open suits before closed ones").isLessThan(closed);
		}
		finally {
			suits.forEach(id -> jdbc.update("delete from wf_litigation_case where id = ?", id));
		}
	}

}
