package th.go.cdd.fastdata.womenfund;


import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The debtor registry through HTTP, on the demo data: a district officer sees her district's
 * debtors, most urgent first; records of other districts are not found; people's records are
 * masked and every opening is logged; payments and acknowledgments re-classify at once.
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class DebtorRegistryJourneys {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	th.go.cdd.fastdata.womenfund.project.ProjectStatuses statuses;

	@Autowired
	th.go.cdd.fastdata.womenfund.project.ProjectRepository projects;

	static final RequestPostProcessor KATHU = user("district.kathu").roles("DISTRICT_OFFICER");

	@Test
	void theHomePageShowsTheOfficersMostUrgentDebtorsWithTheNextAction() throws Exception {
		mvc.perform(get("/").with(KATHU))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ลูกหนี้ที่ต้องติดตามก่อน")))
			.andExpect(content().string(containsString("ควรทำ:")))
			.andExpect(content().string(not(containsString(mueangProjectCode()))));
	}

	@Test
	void theOverviewCountsOnlyHerDistrictAndPutsTheLimitationWarningFirst() throws Exception {
		String page = mvc.perform(get("/womenfund").with(KATHU))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("อำเภอกะทู้").doesNotContain("อำเภอถลาง").doesNotContain("อำเภอเมืองภูเก็ต");
		// the first urgent debtor is one whose limitation period ends soon, if the district has one
		Long warnings = jdbc.queryForObject("select count(*) from wf_project_status s join district d on d.id = s.district_id"
				+ " where d.code = '8302' and s.status_group in ('CONTRACT_ENDED', 'OVERDUE')"
				+ " and s.limitation_ends_on between s.as_of and s.as_of + 180", Long.class);
		if (warnings > 0) {
			assertThat(page.indexOf("วันขาดอายุความ")).isBetween(0, page.indexOf("urgent-item") + 600);
		}
	}

	@Test
	void projectsAndPeopleOfAnotherDistrictAreNotFound() throws Exception {
		Long mueangProject = jdbc.queryForObject("select p.id from wf_project p join district d on d.id = p.district_id"
				+ " where d.code = '8301' order by p.id limit 1", Long.class);
		Long mueangOnlyPerson = jdbc.queryForObject("select m.person_id from wf_project_member m join wf_project p on p.id = m.project_id"
				+ " join district d on d.id = p.district_id group by m.person_id having max(d.code) = '8301' and min(d.code) = '8301'"
				+ " order by m.person_id limit 1", Long.class);
		mvc.perform(get("/womenfund/projects/{id}", mueangProject).with(KATHU)).andExpect(status().isNotFound());
		mvc.perform(get("/womenfund/people/{id}", mueangOnlyPerson).with(KATHU)).andExpect(status().isNotFound());
		mvc.perform(post("/womenfund/projects/{id}/payments", mueangProject).param("paidOn", "1/11/2569")
			.param("amount", "100").param("source", "RECEIPT").with(csrf()).with(KATHU)).andExpect(status().isNotFound());
		mvc.perform(get("/womenfund/projects/{id}", mueangProject).with(user("province").roles("PROVINCE_OFFICER")))
			.andExpect(status().isOk());
	}

	@Test
	void aPersonsRecordIsMaskedAndEveryOpeningIsLogged() throws Exception {
		Long person = kathuBorrower();
		String nationalId = jdbc.queryForObject("select national_id from wf_person where id = ?", String.class, person);
		String masked = nationalId.charAt(0) + "-" + nationalId.substring(1, 5) + "-xxxxx-xx-" + nationalId.charAt(12);
		long before = audits("VIEW", person);
		mvc.perform(get("/womenfund/people/{id}", person).with(KATHU))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(masked)))
			.andExpect(content().string(not(containsString(nationalId.substring(5, 10)))));
		assertThat(audits("VIEW", person)).isEqualTo(before + 1);

		// the officer may reveal it, and that is logged; the director may not
		mvc.perform(post("/womenfund/people/{id}/national-id", person).with(csrf()).with(KATHU))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(nationalId.substring(5, 10))));
		assertThat(audits("VIEW_NATIONAL_ID", person)).isEqualTo(1);
		mvc.perform(post("/womenfund/people/{id}/national-id", person).with(csrf()).with(user("director").roles("DIRECTOR")))
			.andExpect(status().isForbidden());
	}

	@Test
	void aPaymentIsRecordedAuditedAndReclassifiesTheProject() throws Exception {
		Long project = kathuProjectIn("OVERDUE");
		String overdue = jdbc.queryForObject("select cast(overdue_amount as varchar(20)) from wf_project_status where project_id = ?",
				String.class, project);
		mvc.perform(post("/womenfund/projects/{id}/payments", project).param("paidOn", todayBuddhist())
			.param("amount", overdue).param("reference", "RC-TEST-1").param("source", "RECEIPT").with(csrf()).with(KATHU))
			.andExpect(redirectedUrl("/womenfund/projects/" + project));
		assertThat(jdbc.queryForObject("select status_group from wf_project_status where project_id = ?", String.class, project))
			.isEqualTo("NORMAL");
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'CREATE' and record_type = 'Payment'"
				+ " and after_state like '%RC-TEST-1%'", Long.class)).isEqualTo(1);
	}

	@Test
	void aBadPaymentIsExplainedInThaiKeepsWhatWasTypedAndStoresNothing() throws Exception {
		Long project = kathuProjectIn("OVERDUE");
		long payments = jdbc.queryForObject("select count(*) from wf_payment where project_id = ?", Long.class, project);
		mvc.perform(post("/womenfund/projects/{id}/payments", project).param("paidOn", "31/02/2569")
			.param("amount", "12,34x").param("reference", "RC-BAD").param("source", "RECEIPT").with(csrf()).with(KATHU))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("วันที่ไม่ถูกต้อง")))
			.andExpect(content().string(containsString("value=\"12,34x\"")))
			.andExpect(content().string(containsString("value=\"RC-BAD\"")));
		mvc.perform(post("/womenfund/projects/{id}/payments", project).param("paidOn", "1/1/2599")
			.param("amount", "100").param("source", "RECEIPT").with(csrf()).with(KATHU))
			.andExpect(content().string(containsString("ต้องไม่เป็นวันในอนาคต")));
		assertThat(jdbc.queryForObject("select count(*) from wf_payment where project_id = ?", Long.class, project))
			.isEqualTo(payments);
	}

	@Test
	void aDebtAcknowledgmentRestartsTheLimitationPeriod() throws Exception {
		Long project = kathuProjectIn("CONTRACT_ENDED");
		mvc.perform(post("/womenfund/projects/{id}/acknowledgments", project).param("kind", "DEBT")
			.param("signedOn", todayBuddhist()).with(csrf()).with(KATHU))
			.andExpect(redirectedUrl("/womenfund/projects/" + project));
		java.time.LocalDate end = jdbc.queryForObject("select limitation_ends_on from wf_project_status where project_id = ?",
				java.time.LocalDate.class, project);
		assertThat(end).isEqualTo(java.time.LocalDate.now(th.go.cdd.fastdata.thai.ThaiDates.BANGKOK).plusYears(5));
	}

	@Test
	void readOnlyRolesCannotRecordPayments() throws Exception {
		Long project = kathuProjectIn("OVERDUE");
		mvc.perform(post("/womenfund/projects/{id}/payments", project).param("paidOn", todayBuddhist())
			.param("amount", "100").param("source", "RECEIPT").with(csrf()).with(user("committee.kathu").roles("DISTRICT_COMMITTEE")))
			.andExpect(status().isForbidden());
	}

	@Test
	void theProjectPageClassifiesAsOfAnotherDateTypedInTheBuddhistEra() throws Exception {
		Long project = kathuProjectIn("CONTRACT_ENDED");
		mvc.perform(get("/womenfund/projects/{id}", project).param("asOf", "1/1/2560").with(KATHU))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ณ วันที่ 1 ม.ค. 2560")));
		mvc.perform(get("/womenfund/projects/{id}", project).param("asOf", "เมื่อวาน").with(KATHU))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("วันที่ไม่ถูกต้อง")));
	}

	@Test
	void listsFilterByFiscalYearDistrictAndGroupWithinScope() throws Exception {
		mvc.perform(get("/womenfund/projects").param("group", "TIME_BARRED").with(KATHU))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ขาดอายุความ")))
			.andExpect(content().string(not(containsString(mueangProjectCode()))));
		mvc.perform(get("/womenfund/warnings").with(KATHU)).andExpect(status().isOk())
			.andExpect(content().string(containsString("หนังสือรับสภาพหนี้")));
	}

	@Test
	void theStatusApiAnswersWithinScopeAndExplainsBadDates() throws Exception {
		Long project = kathuProjectIn("TIME_BARRED");
		String code = jdbc.queryForObject("select code from wf_project where id = ?", String.class, project);
		mvc.perform(get("/api/v1/projects/{code}/status", code).with(KATHU))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.group").value("TIME_BARRED"))
			.andExpect(jsonPath("$.actions[0]").value("ให้ลูกหนี้ลงนามหนังสือรับสภาพความผิด"));
		mvc.perform(get("/api/v1/projects/{code}/status", mueangProjectCode()).with(KATHU)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/projects/{code}/status", code).param("asOf", "24/11/2569").with(KATHU))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.errors[0].field").value("asOf"));
	}

	@Test
	void searchFindsPeopleByAnyPartOfTheirNameOnlyInsideTheScope() throws Exception {
		var person = jdbc.queryForMap("select pe.id, pe.first_name, pe.last_name, pe.national_id from wf_person pe"
				+ " where exists (select 1 from wf_project_member m join wf_project p on p.id = m.project_id"
				+ " join district d on d.id = p.district_id where m.person_id = pe.id and d.code = '8302')"
				+ " and not exists (select 1 from wf_project_member m join wf_project p on p.id = m.project_id"
				+ " join district d on d.id = p.district_id where m.person_id = pe.id and d.code <> '8302')"
				+ " order by pe.id limit 1");
		String fullName = person.get("first_name") + " " + person.get("last_name");
		String link = "/womenfund/people/" + person.get("id");
		mvc.perform(get("/search").param("q", fullName).with(KATHU))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(link)));
		mvc.perform(get("/search").param("q", fullName).with(user("district.thalang").roles("DISTRICT_OFFICER")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(link))));
		// the whole national ID finds her, shown masked; a prefix finds nothing
		String nationalId = (String) person.get("national_id");
		String masked = nationalId.charAt(0) + "-" + nationalId.substring(1, 5) + "-xxxxx-xx-" + nationalId.charAt(12);
		mvc.perform(get("/search").param("q", nationalId).with(KATHU))
			.andExpect(content().string(containsString(link)))
			.andExpect(content().string(containsString(masked)));
		mvc.perform(get("/api/v1/search").param("q", nationalId.substring(0, 8)).with(KATHU))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("\"id\":" + person.get("id") + ","))));
		mvc.perform(get("/search").param("q", "ก").with(KATHU))
			.andExpect(content().string(containsString("พิมพ์อย่างน้อย 2 ตัวอักษร")));
	}

	@Test
	void theApiListsProjectsByAreaAndGroupWithinScope() throws Exception {
		mvc.perform(get("/api/v1/projects").param("districtCode", "8302").param("group", "OVERDUE").with(KATHU))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].districtCode", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("8302"))))
			.andExpect(jsonPath("$.content[*].group", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("OVERDUE"))))
			.andExpect(jsonPath("$.totalElements").isNumber());
		mvc.perform(get("/api/v1/projects").param("districtCode", "8301").with(KATHU))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("districtCode"));
		mvc.perform(get("/api/v1/status-groups").with(KATHU))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.districts.length()").value(1))
			.andExpect(jsonPath("$.districts[0].district").value("อำเภอกะทู้"));
	}

	@Test
	void theApiRecordsAPaymentOrNamesTheBadField() throws Exception {
		Long project = kathuProjectIn("OVERDUE");
		String code = jdbc.queryForObject("select code from wf_project where id = ?", String.class, project);
		long before = jdbc.queryForObject("select count(*) from wf_payment where project_id = ?", Long.class, project);
		mvc.perform(post("/api/v1/projects/{code}/payments", code).contentType("application/json")
			.content("{\"paidOn\":\"2026-11-24\",\"amount\":\"abc\"}").with(csrf()).with(KATHU))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.errors[0].field").value("amount"));
		assertThat(jdbc.queryForObject("select count(*) from wf_payment where project_id = ?", Long.class, project))
			.isEqualTo(before);
		mvc.perform(post("/api/v1/projects/{code}/payments", code).contentType("application/json")
			.content("{\"paidOn\":\"2026-11-24\",\"amount\":\"100.00\",\"reference\":\"API-1\"}").with(csrf()).with(KATHU))
			.andExpect(status().isCreated());
		assertThat(jdbc.queryForObject("select count(*) from wf_payment where project_id = ?", Long.class, project))
			.isEqualTo(before + 1);
	}

	@Test
	void theGroupCountsFollowAPaymentThatMovesAProjectToAnotherGroup() throws Exception {
		Long project = kathuProjectIn("OVERDUE");
		String overdue = jdbc.queryForObject("select cast(overdue_amount as varchar(20)) from wf_project_status where project_id = ?",
				String.class, project);
		long overdueBefore = kathuCount("OVERDUE");
		long normalBefore = kathuCount("NORMAL");
		mvc.perform(post("/womenfund/projects/{id}/payments", project).param("paidOn", todayBuddhist())
			.param("amount", overdue).param("reference", "RC-TEST-COUNTS").param("source", "RECEIPT").with(csrf()).with(KATHU))
			.andExpect(redirectedUrl("/womenfund/projects/" + project));
		assertThat(kathuCount("OVERDUE")).isEqualTo(overdueBefore - 1);
		assertThat(kathuCount("NORMAL")).isEqualTo(normalBefore + 1);
		// the summary holds what a count made now finds, in every district
		assertThat(figures("select district_id, status_group, projects, outstanding_amount, overdue_amount"
				+ " from wf_district_status_summary where projects > 0"))
			.isEqualTo(figures("select district_id, status_group, count(*), sum(outstanding_amount), sum(overdue_amount)"
					+ " from wf_project_status group by district_id, status_group"));
	}

	@Test
	void theUrgentListIsInTheOrderOfTheStatusRule() throws Exception {
		String page = mvc.perform(get("/womenfund").with(KATHU)).andReturn().getResponse().getContentAsString();
		String list = page.substring(page.indexOf("<ol class=\"urgent\">"), page.indexOf("</ol>", page.indexOf("<ol class=\"urgent\">")));
		java.util.List<Long> shown = new java.util.ArrayList<>();
		java.util.regex.Matcher link = java.util.regex.Pattern.compile("/womenfund/projects/(\\d+)").matcher(list);
		while (link.find()) {
			shown.add(Long.valueOf(link.group(1)));
		}
		// every debtor of the district classified now, sorted by the rule's order (ties by project id)
		java.time.LocalDate today = statuses.today();
		java.util.List<Long> ids = jdbc.queryForList("select s.project_id from wf_project_status s join district d"
				+ " on d.id = s.district_id where d.code = '8302' and s.status_group <> 'SETTLED' order by s.project_id", Long.class);
		java.util.Map<Long, th.go.cdd.fastdata.womenfund.status.Classification> now = new java.util.HashMap<>();
		ids.forEach(id -> now.put(id, statuses.classify(id, today)));
		java.util.List<Long> expected = new java.util.ArrayList<>(ids);
		expected.sort(java.util.Comparator.comparing(now::get, th.go.cdd.fastdata.womenfund.status.Urgency.ORDER));
		assertThat(shown).isNotEmpty().isEqualTo(expected.subList(0, Math.min(20, expected.size())));
	}

	@Test
	void theLimitationWarningsAreListedAPageAtATime() throws Exception {
		RequestPostProcessor province = user("province").roles("PROVINCE_OFFICER");
		java.time.LocalDate today = statuses.today();
		// the demo has fewer warnings than a page: 30 more for a while, put back from their records after
		java.util.List<Long> borrowed = jdbc.queryForList("select project_id from wf_project_status"
				+ " where status_group in ('NORMAL', 'SETTLED') order by project_id limit 30", Long.class);
		try {
			borrowed.forEach(id -> jdbc.update("update wf_project_status set status_group = 'OVERDUE',"
					+ " limitation_ends_on = ? where project_id = ?", today.plusDays(10), id));
			long warnings = jdbc.queryForObject("select count(*) from wf_project_status where status_group in"
					+ " ('CONTRACT_ENDED', 'OVERDUE') and limitation_ends_on between ? and ?", Long.class, today,
					today.plusDays(180));
			assertThat(warnings).isGreaterThan(25);
			String first = mvc.perform(get("/womenfund/warnings").with(province))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("พบ " + warnings + " โครงการ")))
				.andReturn().getResponse().getContentAsString();
			assertThat(rowsIn(first)).isEqualTo(25);
			assertThat(first).contains("ถัดไป →").contains("หน้า 1 / " + ((warnings + 24) / 25));
			String second = mvc.perform(get("/womenfund/warnings").param("page", "1").with(province))
				.andReturn().getResponse().getContentAsString();
			assertThat(rowsIn(second)).isEqualTo(Math.min(warnings - 25, 25));
			assertThat(second).contains("← ก่อนหน้า");
		}
		finally {
			statuses.refresh(borrowed);
		}
	}

	@Test
	void theProjectListOffersTheYearsInScopeAndTheSubdistrictsOfTheChosenDistrict() throws Exception {
		String page = mvc.perform(get("/womenfund/projects").with(KATHU)).andReturn().getResponse().getContentAsString();
		assertThat(optionsOf(page, "fiscalYear")).isEqualTo(jdbc.queryForList("select distinct cast(p.fiscal_year as varchar(4))"
				+ " from wf_project p join district d on d.id = p.district_id where d.code = '8302'"
				+ " order by 1 desc", String.class));
		assertThat(optionsOf(page, "subdistrictId")).isEmpty();
		// a country's years are found one year at a time, with the same answer
		java.util.List<Long> everyDistrict = jdbc.queryForList("select id from district", Long.class);
		assertThat(projects.fiscalYearsInScope(everyDistrict)).isNotEmpty()
			.isEqualTo(projects.fiscalYearsByStep(everyDistrict))
			.isEqualTo(projects.fiscalYearsOf(everyDistrict));
		Long kathu = jdbc.queryForObject("select id from district where code = '8302'", Long.class);
		String chosen = mvc.perform(get("/womenfund/projects").param("districtId", kathu.toString()).with(KATHU))
			.andReturn().getResponse().getContentAsString();
		// its subdistricts, and the projects registered without one (0)
		assertThat(optionsOf(chosen, "subdistrictId")).hasSize(jdbc.queryForObject(
				"select count(*) from subdistrict where district_id = ?", Integer.class, kathu) + 1).contains("0");
	}

	@Test
	void aClassificationStoredWithoutAnUrgencyRankIsStale() {
		Long project = kathuProjectIn("NORMAL");
		jdbc.update("update wf_project_status set urgency_rank = null where project_id = ?", project);
		assertThat(statuses.staleProjectIds()).contains(project);
		statuses.refreshStale(java.util.List.of(project));
		assertThat(statuses.staleProjectIds()).doesNotContain(project);
	}

	@Test
	void theListNarrowsToAVillageAndSortsByWhatIsOverdue() throws Exception {
		java.util.Map<String, Object> place = jdbc.queryForMap("select p.district_id, p.subdistrict_id, p.village_id,"
				+ " count(*) as projects from wf_project p join district d on d.id = p.district_id where d.code = '8302'"
				+ " and p.village_id is not null group by p.district_id, p.subdistrict_id, p.village_id"
				+ " order by count(*) desc, p.village_id limit 1");
		String page = mvc.perform(get("/womenfund/projects").param("districtId", place.get("district_id").toString())
			.param("subdistrictId", place.get("subdistrict_id").toString())
			.param("villageId", place.get("village_id").toString())
			.with(KATHU)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("พบ " + place.get("projects") + " โครงการ");
		// the most overdue project of her district first
		String mostOverdue = jdbc.queryForObject("select p.code from wf_project_status s join wf_project p on p.id = s.project_id"
				+ " join district d on d.id = p.district_id where d.code = '8302'"
				+ " order by s.overdue_amount desc, p.code limit 1", String.class);
		String byOverdue = mvc.perform(get("/womenfund/projects").param("order", "OVERDUE").with(KATHU))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		int first = byOverdue.indexOf("<td><a href=\"/womenfund/projects/");
		assertThat(byOverdue.substring(first, first + 200)).contains(mostOverdue);
	}

	@Test
	void aRunOverManyProjectsWritesWhatAnOfficersChangeWrites() {
		// every group of the demo data, a range of ids with gaps (two batches read by range or by list)
		java.util.List<Long> ids = jdbc.queryForList("select project_id from wf_project_status where mod(project_id, 3) <> 1"
				+ " order by project_id", Long.class);
		statuses.refresh(ids); // the officer's path: JPA entities
		String columns = "select project_id, district_id, status_group, as_of, term_ends_on, last_payment_on,"
				+ " limitation_ends_on, overdue_amount, outstanding_amount, reasons, urgency_rank from wf_project_status"
				+ " where project_id in (" + String.join(", ", ids.stream().map(String::valueOf).toList()) + ") order by project_id";
		java.util.List<java.util.Map<String, Object>> byEntities = jdbc.queryForList(columns);
		// one stored in another group, one not stored: the run updates the first and inserts the second, each
		// with a history row of its group as of today
		Long regrouped = ids.get(0);
		Long missing = ids.get(ids.size() - 1);
		String regroupedGroup = jdbc.queryForObject("select status_group from wf_project_status where project_id = ?",
				String.class, regrouped);
		jdbc.update("update wf_project_status set status_group = ? where project_id = ?",
				"SETTLED".equals(regroupedGroup) ? "NORMAL" : "SETTLED", regrouped);
		jdbc.update("delete from wf_project_status where project_id = ?", missing);
		Long historyBefore = jdbc.queryForObject("select count(*) from wf_project_status_history", Long.class);
		statuses.refreshStale(ids);
		assertThat(jdbc.queryForList(columns)).isEqualTo(byEntities);
		assertThat(jdbc.queryForObject("select count(*) from wf_project_status_history", Long.class))
			.isEqualTo(historyBefore + 2);
		java.time.LocalDate today = java.time.LocalDate.now(th.go.cdd.fastdata.thai.ThaiDates.BANGKOK);
		for (Long project : java.util.List.of(regrouped, missing)) {
			assertThat(jdbc.queryForMap("select status_group, since from wf_project_status_history where project_id = ?"
					+ " order by id desc limit 1", project)).containsEntry("status_group",
							jdbc.queryForObject("select status_group from wf_project_status where project_id = ?",
									String.class, project))
				.containsEntry("since", java.sql.Date.valueOf(today));
		}
		// history ids taken by the run and by JPA come from the same sequence in the same blocks: none collide
		String otherGroup = "update wf_project_status set status_group = case when status_group = 'SETTLED' then 'NORMAL'"
				+ " else 'SETTLED' end where project_id = ?";
		for (int i = 0; i < 3; i++) {
			jdbc.update(otherGroup, regrouped);
			statuses.refresh(java.util.List.of(regrouped));
			jdbc.update(otherGroup, missing);
			statuses.refreshStale(java.util.List.of(missing));
		}
		assertThat(jdbc.queryForObject("select count(distinct id) from wf_project_status_history", Long.class))
			.isEqualTo(historyBefore + 8);
		assertThat(jdbc.queryForList(columns)).isEqualTo(byEntities);
	}

	@Test
	void onlyOneInstanceRunsTheNightlyReclassificationOfADay() {
		jdbc.update("update wf_job_run set last_started_on = null where job = 'reclassify'");
		assertThat(statuses.refreshAll()).isTrue();
		// a second instance waking at the same time finds the day claimed
		assertThat(statuses.refreshAll()).isFalse();
		assertThat(jdbc.queryForObject("select last_started_on from wf_job_run where job = 'reclassify'",
				java.time.LocalDate.class)).isEqualTo(java.time.LocalDate.now(th.go.cdd.fastdata.thai.ThaiDates.BANGKOK));
	}

	private String todayBuddhist() {
		java.time.LocalDate today = java.time.LocalDate.now(th.go.cdd.fastdata.thai.ThaiDates.BANGKOK);
		return today.getDayOfMonth() + "/" + today.getMonthValue() + "/" + (today.getYear() + 543);
	}

	private String mueangProjectCode() {
		return jdbc.queryForObject("select p.code from wf_project p join district d on d.id = p.district_id"
				+ " where d.code = '8301' order by p.id limit 1", String.class);
	}

	private Long kathuProjectIn(String group) {
		return jdbc.queryForObject("select s.project_id from wf_project_status s join district d on d.id = s.district_id"
				+ " where d.code = '8302' and s.status_group = ? and not exists (select 1 from wf_payment x"
				+ " where x.project_id = s.project_id and x.reference like 'RC-TEST%') order by s.project_id limit 1",
				Long.class, group);
	}

	private Long kathuBorrower() {
		return jdbc.queryForObject("select m.person_id from wf_project_member m join wf_project p on p.id = m.project_id"
				+ " join district d on d.id = p.district_id where d.code = '8302' and m.member_role = 'BORROWER'"
				+ " order by m.person_id limit 1", Long.class);
	}

	private long kathuCount(String group) throws Exception {
		String json = mvc.perform(get("/api/v1/status-groups").with(KATHU)).andReturn().getResponse().getContentAsString();
		java.util.Map<String, java.util.Map<String, Object>> groups = com.jayway.jsonpath.JsonPath.read(json, "$.districts[0].groups");
		return groups.containsKey(group) ? ((Number) groups.get(group).get("projects")).longValue() : 0;
	}

	/** Rows of district, group, projects, outstanding, overdue as text, in one order, for comparing. */
	private java.util.List<String> figures(String sql) {
		return jdbc.query(sql + " order by 1, 2", (rs, i) -> rs.getLong(1) + " " + rs.getString(2) + " " + rs.getLong(3) + " "
				+ rs.getBigDecimal(4).setScale(2) + " " + rs.getBigDecimal(5).setScale(2));
	}

	/** The values of a select's options, without the empty "all" option. */
	private static java.util.List<String> optionsOf(String page, String select) {
		int from = page.indexOf("<select id=\"" + select + "\"");
		String options = page.substring(from, page.indexOf("</select>", from));
		return java.util.regex.Pattern.compile("<option value=\"([^\"]+)\"").matcher(options).results()
			.map(m -> m.group(1)).toList();
	}

	private static long rowsIn(String page) {
		String body = page.substring(page.indexOf("<tbody>"), page.indexOf("</tbody>"));
		return java.util.regex.Pattern.compile("href=\"/womenfund/projects/\\d+\"").matcher(body).results().count();
	}

	private long audits(String action, Long person) {
		return jdbc.queryForObject("select count(*) from audit_entry where action = ? and record_type = 'Person' and record_id = ?",
				Long.class, action, String.valueOf(person));
	}


}
