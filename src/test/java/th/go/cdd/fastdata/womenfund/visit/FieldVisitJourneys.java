package th.go.cdd.fastdata.womenfund.visit;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import th.go.cdd.fastdata.organisation.Scope;
import th.go.cdd.fastdata.womenfund.project.ProjectRow;
import th.go.cdd.fastdata.womenfund.project.ProjectStatusRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Field visits through HTTP on the demo data: a plan takes the most urgent debtors and groups them by
 * place; other districts' plans, projects and lists answer 404; a record sent twice under one UUID is
 * stored once; outcomes show on the project and "moved" puts the debtor on the untraceable list.
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class FieldVisitJourneys {

	static final RequestPostProcessor KATHU = user("district.kathu").roles("DISTRICT_OFFICER");

	static final RequestPostProcessor THALANG = user("district.thalang").roles("DISTRICT_OFFICER");

	static final RequestPostProcessor PROVINCE = user("province").roles("PROVINCE_OFFICER");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	VisitPlans plans;

	@org.springframework.beans.factory.annotation.Value("${fastdata.demo-data.password}")
	String password;

	@Autowired
	ProjectStatusRepository statuses;

	@Test
	void aNewPlanTakesTheMostUrgentDebtorsAndGroupsThemBySubdistrictAndVillage() throws Exception {
		Long thalang = districtId("8303");
		YearMonth next = YearMonth.from(this.plans.today()).plusMonths(1);
		String location = mvc.perform(post("/womenfund/visits/plans").param("districtId", thalang.toString())
			.param("month", next.toString())
			.param("size", "25")
			.with(csrf())
			.with(THALANG)).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		Long planId = Long.valueOf(location.substring(location.lastIndexOf('/') + 1));

		// the 25 most urgent debtors of the district, in the registry's order
		List<ProjectRow> urgent = this.statuses.findUrgent(List.of(thalang), PageRequest.of(0, 25));
		Map<Long, Integer> position = new HashMap<>();
		for (int i = 0; i < urgent.size(); i++) {
			position.put(urgent.get(i).id(), i);
		}
		VisitPlans.Plan plan = this.plans.open(new Scope(Set.of(thalang)), planId);
		assertThat(plan.inOrder()).extracting(VisitPlans.Stop::projectId)
			.containsExactlyElementsOf(urgent.stream().map(ProjectRow::id).toList());

		// places come in the order of their most urgent debtor; inside a place, most urgent first
		List<Integer> firstOfArea = new ArrayList<>();
		for (VisitPlans.Area area : plan.areas()) {
			List<Integer> firstOfPlace = new ArrayList<>();
			for (VisitPlans.Place place : area.places()) {
				List<Integer> order = place.stops().stream().map(s -> position.get(s.projectId())).toList();
				assertThat(order).isSorted();
				assertThat(place.stops()).allMatch(s -> java.util.Objects.equals(s.villageId(), place.villageId()));
				firstOfPlace.add(order.get(0));
			}
			assertThat(firstOfPlace).isSorted();
			firstOfArea.add(firstOfPlace.get(0));
		}
		assertThat(firstOfArea).isSorted().startsWith(0);
		assertThat(plan.areas().size()).isLessThan(plan.inOrder().size());

		// the page shows the first place's most urgent debtor before the others, and the month in Thai
		String page = mvc.perform(get(location).with(THALANG)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		String first = plan.areas().get(0).places().get(0).stops().get(0).code();
		String last = plan.inOrder().get(plan.inOrder().size() - 1).code();
		assertThat(page).contains(plan.summary().monthLabel()).contains("อำเภอถลาง");
		assertThat(page.indexOf(first)).isLessThan(page.indexOf(last));

		// the same month again opens the plan that exists
		mvc.perform(post("/womenfund/visits/plans").param("districtId", thalang.toString())
			.param("month", next.toString()).with(csrf()).with(THALANG))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(location));

		// the officer adds and removes a project; an officer of another district may not be assigned
		String extra = jdbc.queryForObject("select p.code from wf_project p where p.district_id = ? and p.id not in"
				+ " (select project_id from wf_visit_stop where plan_id = ?) order by p.id limit 1", String.class, thalang, planId);
		mvc.perform(post(location + "/stops").param("code", extra).with(csrf()).with(THALANG)).andExpect(status().is3xxRedirection());
		Long stop = jdbc.queryForObject("select st.id from wf_visit_stop st join wf_project p on p.id = st.project_id"
				+ " where st.plan_id = ? and p.code = ?", Long.class, planId, extra);
		Long kathuOfficer = jdbc.queryForObject("select id from user_account where username = 'district.kathu'", Long.class);
		mvc.perform(post(location + "/assign").param("stopIds", stop.toString()).param("officerId", kathuOfficer.toString())
			.with(csrf()).with(THALANG)).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("problem", containsString("ไม่ได้ปฏิบัติงาน")));
		Long thalangOfficer = jdbc.queryForObject("select id from user_account where username = 'district.thalang'", Long.class);
		mvc.perform(post(location + "/assign").param("stopIds", stop.toString()).param("officerId", thalangOfficer.toString())
			.param("visitOn", "3/" + next.getMonthValue() + "/" + (next.getYear() + 543)).param("leaders", "นายสมชาย ผู้ใหญ่บ้าน")
			.with(csrf()).with(THALANG)).andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("select local_leaders from wf_visit_stop where id = ?", String.class, stop))
			.isEqualTo("นายสมชาย ผู้ใหญ่บ้าน");
		mvc.perform(post(location + "/stops/" + stop + "/remove").with(csrf()).with(THALANG)).andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("select count(*) from wf_visit_stop where id = ?", Long.class, stop)).isZero();
	}

	@Test
	void plansProjectsAndListsOfAnotherDistrictAreNotFound() throws Exception {
		Long mueangPlan = planOf("8301");
		Long mueangProject = projectIn("8301");
		mvc.perform(get("/womenfund/visits/plans/{id}", mueangPlan).with(KATHU)).andExpect(status().isNotFound());
		mvc.perform(get("/womenfund/visits/plans/{id}/packet", mueangPlan).with(KATHU)).andExpect(status().isNotFound());
		mvc.perform(post("/womenfund/visits/plans/{id}/stops", mueangPlan).param("code", "X").with(csrf()).with(KATHU))
			.andExpect(status().isNotFound());
		mvc.perform(get("/womenfund/visits/projects/{id}/record", mueangProject).with(KATHU)).andExpect(status().isNotFound());
		mvc.perform(send(mueangProject, UUID.randomUUID(), "MET").with(csrf()).with(KATHU)).andExpect(status().isNotFound());
		mvc.perform(get("/womenfund/visits/untraceable").param("districtId", districtId("8301").toString()).with(KATHU))
			.andExpect(status().isNotFound());
		assertThat(jdbc.queryForObject("select count(*) from wf_visit_record where project_id = ?", Long.class, mueangProject))
			.isZero();
		// her list shows only her plans; the province sees every district's
		mvc.perform(get("/womenfund/visits").with(KATHU))
			.andExpect(content().string(containsString("อำเภอกะทู้")))
			.andExpect(content().string(not(containsString("อำเภอเมืองภูเก็ต ·"))));
		mvc.perform(get("/womenfund/visits/plans/{id}", mueangPlan).with(PROVINCE)).andExpect(status().isOk());
		// the director reads but does not record
		mvc.perform(send(projectIn("8302"), UUID.randomUUID(), "MET").with(csrf()).with(user("director").roles("DIRECTOR")))
			.andExpect(status().isForbidden());
	}

	@Test
	void aRecordSentAgainUnderTheSameUuidIsStoredOnce() throws Exception {
		Long project = projectIn("8302");
		UUID clientId = UUID.randomUUID();
		Number id = com.jayway.jsonpath.JsonPath.read(mvc.perform(send(project, clientId, "PROMISED_TO_PAY")
			.param("promiseOn", "1/1/2599").param("promiseAmount", "2,500").with(csrf()).with(KATHU))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.duplicate").value(false))
			.andReturn().getResponse().getContentAsString(), "$.id");
		// the answer was lost with the signal: the phone sends the same record again
		mvc.perform(send(project, clientId, "PROMISED_TO_PAY").param("promiseOn", "1/1/2599").param("promiseAmount", "2,500")
			.with(csrf()).with(KATHU))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.duplicate").value(true))
			.andExpect(jsonPath("$.id").value(id.longValue()));
		assertThat(jdbc.queryForObject("select count(*) from wf_visit_record where client_id = ?", Long.class, clientId.toString()))
			.isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where record_type = 'VisitRecord' and action = 'CREATE'"
				+ " and after_state like ?", Long.class, "%" + clientId + "%")).isEqualTo(1);
		// without the CSRF token the resend is refused, and a fresh token can be fetched for it
		mvc.perform(send(project, UUID.randomUUID(), "MET").with(KATHU)).andExpect(status().isForbidden());
		mvc.perform(get("/womenfund/visits/csrf").with(KATHU))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.headerName").value("X-CSRF-TOKEN"))
			.andExpect(jsonPath("$.token").isNotEmpty());
	}

	@Test
	void aBadRecordIsExplainedFieldByFieldInThaiAndStoresNothing() throws Exception {
		Long project = projectIn("8302");
		UUID clientId = UUID.randomUUID();
		mvc.perform(sendOn(project, clientId, "PROMISED_TO_PAY", "1/1/2599").with(csrf()).with(KATHU))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'promiseOn')].message").value(org.hamcrest.Matchers.hasItem("กรุณากรอกวันที่นัดชำระ")))
			.andExpect(jsonPath("$.errors[?(@.field == 'visitedOn')].message").value(org.hamcrest.Matchers.hasItem("วันที่ไปเยี่ยมต้องไม่เป็นวันในอนาคต")));
		mvc.perform(send(project, clientId, "SOMETHING").with(csrf()).with(KATHU))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("outcome"));
		// the plain form keeps what was typed
		mvc.perform(send(project, clientId, "MET", "/womenfund/visits/records").param("latitude", "51.5")
			.param("longitude", "-0.1").param("notes", "หน้าบ้าน").with(csrf()).with(KATHU))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("พิกัดอยู่นอกประเทศไทย")))
			.andExpect(content().string(containsString("หน้าบ้าน")));
		assertThat(jdbc.queryForObject("select count(*) from wf_visit_record where client_id = ?", Long.class, clientId.toString()))
			.isZero();
	}

	@Test
	void outcomesShowOnTheProjectAndMovedPutsTheDebtorOnTheUntraceableList() throws Exception {
		Long project = jdbc.queryForObject("select p.id from wf_project p join district d on d.id = p.district_id"
				+ " where d.code = '8302' and p.id not in (select project_id from wf_visit_record) order by p.id desc limit 1", Long.class);
		String code = jdbc.queryForObject("select code from wf_project where id = ?", String.class, project);
		LocalDate today = this.plans.today();
		mvc.perform(sendOn(project, UUID.randomUUID(), "MOVED", today.minusDays(2).toString())
			.param("metPerson", "เพื่อนบ้าน").param("notes", "ย้ายไปอยู่จังหวัดตรังตั้งแต่ต้นปี").with(csrf()).with(KATHU))
			.andExpect(status().isCreated());
		long views = jdbc.queryForObject("select count(*) from audit_entry where record_type = 'VisitRecord' and action = 'VIEW'", Long.class);
		mvc.perform(get("/womenfund/projects/{id}", project).with(KATHU))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("การติดตามเยี่ยม")))
			.andExpect(content().string(containsString("ย้ายที่อยู่")))
			.andExpect(content().string(containsString("ย้ายไปอยู่จังหวัดตรังตั้งแต่ต้นปี")));
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where record_type = 'VisitRecord' and action = 'VIEW'", Long.class))
			.isEqualTo(views + 1);
		mvc.perform(get("/womenfund/visits/untraceable").with(KATHU)).andExpect(content().string(containsString(code)));
		String csv = mvc.perform(get("/womenfund/visits/untraceable.csv").with(KATHU))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv).contains(code).contains("ย้ายที่อยู่").contains("รหัส LM");
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where record_type = 'VisitRecord' and action = 'EXPORT'", Long.class))
			.isPositive();
		// the province sees it too; a later visit that met her takes her off the list
		mvc.perform(get("/womenfund/visits/untraceable").with(PROVINCE)).andExpect(content().string(containsString(code)));
		mvc.perform(sendOn(project, UUID.randomUUID(), "MET", today.toString()).with(csrf()).with(KATHU))
			.andExpect(status().isCreated());
		mvc.perform(get("/womenfund/visits/untraceable").with(KATHU)).andExpect(content().string(not(containsString(code))));
	}

	@Test
	void thePacketPrintsThePlansDebtorsWithTheAccountInForceOnItsSlips() throws Exception {
		Long kathuPlan = planOf("8302");
		Long province = jdbc.queryForObject("select id from province where code = '83'", Long.class);
		mvc.perform(post("/womenfund/visits/accounts").param("provinceId", province.toString()).param("effectiveFrom", "1/1/2599")
			.param("bankName", "ธนาคารออมสิน").param("accountName", "บัญชีอนาคต").param("accountNumber", "999-9-99999-9")
			.with(csrf()).with(KATHU)).andExpect(status().isForbidden());
		mvc.perform(post("/womenfund/visits/accounts").param("provinceId", province.toString()).param("effectiveFrom", "1/1/2599")
			.param("bankName", "ธนาคารออมสิน").param("accountName", "บัญชีอนาคต").param("accountNumber", "999-9-99999-9")
			.with(csrf()).with(PROVINCE)).andExpect(status().is3xxRedirection());
		String firstCode = this.plans.open(new Scope(Set.of(districtId("8302"))), kathuPlan).inOrder().get(0).code();
		mvc.perform(get("/womenfund/visits/plans/{id}/packet", kathuPlan).with(KATHU))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(firstCode)))
			.andExpect(content().string(containsString("000-0-00000-0")))
			// an account that applies only from a later date is not printed yet
			.andExpect(content().string(not(containsString("999-9-99999-9"))))
			.andExpect(content().string(containsString("ใบแจ้งการชำระเงิน")));
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where record_type = 'VisitPlan' and action = 'EXPORT'", Long.class))
			.isPositive();
	}

	private MockHttpServletRequestBuilder send(Long project, UUID clientId, String outcome) {
		return send(project, clientId, outcome, "/womenfund/visits/records/send");
	}

	@Test
	void theApiRecordsAVisitOnceUnderItsUuidAndListsTheProjectsVisits() throws Exception {
		String code = jdbc.queryForObject("select p.code from wf_project p join district d on d.id = p.district_id"
				+ " where d.code = '8302' order by p.id limit 1 offset 1", String.class);
		String clientId = UUID.randomUUID().toString();
		String body = "{\"clientId\":\"" + clientId + "\",\"projectCode\":\"" + code + "\",\"visitedOn\":\""
				+ this.plans.today() + "\",\"outcome\":\"WILL_APPLY_FOR_MEASURE\",\"notes\":\"สนใจปรับโครงสร้างหนี้\"}";
		RequestPostProcessor basic = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
			.httpBasic("district.kathu", this.password);
		mvc.perform(post("/api/v1/visits").contentType("application/json").content(body).with(basic))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.duplicate").value(false));
		mvc.perform(post("/api/v1/visits").contentType("application/json").content(body).with(basic))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.duplicate").value(true));
		mvc.perform(get("/api/v1/projects/{code}/visits", code).with(basic))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.outcome == 'WILL_APPLY_FOR_MEASURE')].outcomeTh").value(org.hamcrest.Matchers.hasItem("จะยื่นขอเข้ามาตรการ")));
		mvc.perform(post("/api/v1/visits").contentType("application/json")
			.content("{\"clientId\":\"not-a-uuid\",\"projectCode\":\"" + code + "\"}").with(basic))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.errors[0].field").value("clientId"));
		String mueang = jdbc.queryForObject("select p.code from wf_project p join district d on d.id = p.district_id"
				+ " where d.code = '8301' order by p.id limit 1", String.class);
		mvc.perform(get("/api/v1/projects/{code}/visits", mueang).with(basic)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/visits/untraceable").param("districtCode", "8301").with(basic)).andExpect(status().isNotFound());
	}

	private MockHttpServletRequestBuilder sendOn(Long project, UUID clientId, String outcome, String visitedOn) {
		return send(project, clientId, outcome, "/womenfund/visits/records/send", visitedOn);
	}

	private MockHttpServletRequestBuilder send(Long project, UUID clientId, String outcome, String path) {
		return send(project, clientId, outcome, path, this.plans.today().toString());
	}

	private MockHttpServletRequestBuilder send(Long project, UUID clientId, String outcome, String path,
			String visitedOn) {
		return post(path).accept(path.endsWith("/send") ? org.springframework.http.MediaType.APPLICATION_JSON
				: org.springframework.http.MediaType.TEXT_HTML)
			.param("clientId", clientId.toString())
			.param("projectId", project.toString())
			.param("visitedOn", visitedOn)
			.param("outcome", outcome);
	}

	private Long districtId(String code) {
		return jdbc.queryForObject("select id from district where code = ?", Long.class, code);
	}

	private Long planOf(String districtCode) {
		return jdbc.queryForObject("select pl.id from wf_visit_plan pl join district d on d.id = pl.district_id"
				+ " where d.code = ? order by pl.plan_month limit 1", Long.class, districtCode);
	}

	private Long projectIn(String districtCode) {
		return jdbc.queryForObject("select p.id from wf_project p join district d on d.id = p.district_id"
				+ " where d.code = ? order by p.id limit 1", Long.class, districtCode);
	}

}
