package th.go.cdd.fastdata.womenfund.mediation;

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
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Pre-suit mediation on the pages: a case by mail whose hearing is too close warns, the two-day
 * checklist is ticked with who and when, a compromise gives the contract a new schedule and no show
 * puts the project on the way to litigation; the court's day prints; another district answers 404.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class MediationIntegrationTests {

	static final RequestPostProcessor KATHU = user("district.kathu").roles("DISTRICT_OFFICER");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aHearingByMailLessThanFortyFiveDaysAfterTheLetterIsWarnedAbout() throws Exception {
		Long project = kathuProject(0);
		LocalDate received = th.go.cdd.fastdata.thai.ThaiDates.today().minusDays(10);
		Long id = open(project, "MAIL", received, received.plusDays(44));
		mvc.perform(get("/womenfund/mediation/{id}", id).with(KATHU))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("เพียง 44 วัน ต้องไม่น้อยกว่า 45 วัน")))
			// by mail the court's letter is on the checklist, the field invitation is not
			.andExpect(content().string(containsString("ไปรษณีย์ลงทะเบียนตอบรับ")))
			.andExpect(content().string(not(containsString("ลงพื้นที่ประชาสัมพันธ์และเชิญลูกหนี้"))));
		Long fine = open(kathuProject(1), "MAIL", received, received.plusDays(45));
		mvc.perform(get("/womenfund/mediation/{id}", fine).with(KATHU))
			.andExpect(content().string(not(containsString("ต้องไม่น้อยกว่า 45 วัน ("))));
	}

	@Test
	void theChecklistRecordsWhoDidWhatAndACompromiseGivesANewSchedule() throws Exception {
		Long project = kathuProject(2);
		LocalDate hearing = th.go.cdd.fastdata.thai.ThaiDates.today().minusDays(1);
		Long id = open(project, "PROACTIVE", null, hearing);
		mvc.perform(post("/womenfund/mediation/{id}/tasks/CIVIL_REGISTRATION", id).param("note", "คัดจากอำเภอแล้ว")
			.with(csrf()).with(KATHU));
		assertThat(jdbc.queryForObject("select done_by from wf_mediation_task_done where case_id = ? and task = 'CIVIL_REGISTRATION'",
				String.class, id)).isEqualTo("district.kathu");
		long schedules = schedulesOf(project);
		// a compromise without its schedule is refused and nothing changes
		mvc.perform(post("/womenfund/mediation/{id}/outcome", id).param("outcome", "COMPROMISE")
			.param("outcomeOn", ThaiDates.shortDate(hearing)).with(csrf()).with(KATHU))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("กรุณากรอกยอดตามสัญญายอมความ")));
		assertThat(jdbc.queryForObject("select outcome from wf_mediation_case where id = ?", String.class, id)).isEqualTo("OPEN");
		mvc.perform(post("/womenfund/mediation/{id}/outcome", id).param("outcome", "COMPROMISE")
			.param("outcomeOn", ThaiDates.shortDate(hearing))
			.param("compromiseAmount", "24,000")
			.param("firstDueOn", ThaiDates.shortDate(th.go.cdd.fastdata.thai.ThaiDates.today().plusMonths(1)))
			.param("installments", "12")
			.param("intervalMonths", "1")
			.with(csrf()).with(KATHU))
			.andExpect(redirectedUrlPattern("/womenfund/mediation/*"));
		assertThat(schedulesOf(project)).isEqualTo(schedules + 1);
		assertThat(jdbc.queryForObject("select s.status_group from wf_project_status s where s.project_id = ?", String.class,
				project)).isEqualTo("NORMAL");
		// closed: read-only
		mvc.perform(get("/womenfund/mediation/{id}", id).with(KATHU))
			.andExpect(content().string(containsString("ทำสัญญาประนีประนอมยอมความ")))
			.andExpect(content().string(not(containsString("บันทึกผลการไกล่เกลี่ย</h2>"))));
	}

	@Test
	void noShowPutsTheProjectOnTheWayToLitigationAndTheCourtsDayPrints() throws Exception {
		Long project = kathuProject(3);
		LocalDate hearing = th.go.cdd.fastdata.thai.ThaiDates.today().plusDays(10);
		Long id = open(project, "PROACTIVE", null, hearing);
		Long court = jdbc.queryForObject("select court_id from wf_mediation_case where id = ?", Long.class, id);
		String code = jdbc.queryForObject("select code from wf_project where id = ?", String.class, project);
		mvc.perform(get("/womenfund/mediation/print").param("courtId", court.toString()).param("date", hearing.toString())
			.with(KATHU))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(code)));
		mvc.perform(get("/womenfund/mediation").with(KATHU))
			.andExpect(content().string(containsString(ThaiDates.longDate(hearing))));
		mvc.perform(post("/womenfund/mediation/{id}/outcome", id).param("outcome", "NO_SHOW")
			.param("outcomeOn", ThaiDates.shortDate(th.go.cdd.fastdata.thai.ThaiDates.today())).with(csrf()).with(KATHU));
		mvc.perform(get("/womenfund/mediation").with(KATHU))
			.andExpect(content().string(containsString("ลูกหนี้ไม่มาตามนัด")));
		// another district does not see it
		mvc.perform(get("/womenfund/mediation/{id}", id).with(user("district.thalang").roles("DISTRICT_OFFICER")))
			.andExpect(status().isNotFound());
	}

	private Long open(Long project, String path, LocalDate received, LocalDate hearing) throws Exception {
		Long court = jdbc.queryForObject("select min(id) from wf_court", Long.class);
		mvc.perform(post("/womenfund/mediation").param("projectId", project.toString())
			.param("courtId", court.toString())
			.param("path", path)
			.param("invitationReceivedOn", received == null ? "" : ThaiDates.shortDate(received))
			.param("hearingOn", ThaiDates.shortDate(hearing))
			.param("hearingTime", "09:30")
			.with(csrf())
			.with(KATHU))
			.andExpect(redirectedUrlPattern("/womenfund/mediation/*"));
		return jdbc.queryForObject("select max(id) from wf_mediation_case where project_id = ?", Long.class, project);
	}

	private Long kathuProject(int n) {
		return jdbc.queryForList("select p.id from wf_project p join district d on d.id = p.district_id"
				+ " join wf_project_status s on s.project_id = p.id"
				+ " where d.code = '8302' and s.status_group in ('TIME_BARRED', 'CONTRACT_ENDED')"
				+ " and not exists (select 1 from wf_mediation_case m where m.project_id = p.id) order by p.id", Long.class)
			.get(n);
	}

	private long schedulesOf(Long project) {
		return jdbc.queryForObject("select count(*) from wf_schedule s join wf_contract c on c.id = s.contract_id"
				+ " where c.project_id = ?", Long.class, project);
	}

}
