package th.go.cdd.fastdata.womenfund.measure;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Relief measures end to end through the API: who may apply and why not, an application from draft to
 * approval and what the approval changes on the contract, and the refusals (400, 403, 409) on the way.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class MeasureApplicationIntegrationTests {

	static final RequestPostProcessor KATHU = user("district.kathu").roles("DISTRICT_OFFICER");

	static final RequestPostProcessor KATHU_COMMITTEE = user("committee.kathu").roles("DISTRICT_COMMITTEE");

	static final RequestPostProcessor PROVINCE_COMMITTEE = user("committee.province").roles("PROVINCE_COMMITTEE");

	static final RequestPostProcessor PROVINCE = user("province").roles("PROVINCE_OFFICER");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theListIsFilteredByTheDatabaseByDistrictMeasureAndStateAndADistrictOutsideTheScopeShowsNothing()
			throws Exception {
		// the district with the most demo applications
		Long kathu = jdbc.queryForObject("select district_id from wf_measure_application group by district_id"
				+ " order by count(*) desc, district_id limit 1", Long.class);
		Long bangkok = jdbc.queryForObject("select min(id) from district where code like '10%'", Long.class);
		for (String measure : java.util.List.of("", "RESTRUCTURING", "GUARANTOR_RELEASE")) {
			String page = mvc.perform(get("/womenfund/applications").param("view", "all")
				.param("districtId", kathu.toString())
				.param("measure", measure)
				.with(PROVINCE)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
			long expected = jdbc.queryForObject("select count(*) from wf_measure_application where district_id = ?"
					+ " and (? = '' or measure = ?)", Long.class, kathu, measure, measure);
			assertThat(java.util.regex.Pattern.compile("href=\"/womenfund/applications/\\d+\"").matcher(page).results().count())
				.as("applications of Kathu, measure '%s'", measure)
				.isEqualTo(expected);
			if (measure.isEmpty()) {
				assertThat(expected).isPositive();
			}
		}
		String approved = mvc.perform(get("/womenfund/applications").param("view", "all").param("state", "APPROVED")
			.with(PROVINCE)).andReturn().getResponse().getContentAsString();
		long approvedInProvince = jdbc.queryForObject("select count(*) from wf_measure_application a join district d"
				+ " on d.id = a.district_id where d.code like '83%' and a.state = 'APPROVED'", Long.class);
		assertThat(java.util.regex.Pattern.compile("href=\"/womenfund/applications/\\d+\"").matcher(approved).results().count())
			.isEqualTo(approvedInProvince);
		mvc.perform(get("/womenfund/applications").param("view", "all").param("districtId", bangkok.toString())
			.with(PROVINCE))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ไม่มีคำขอตามเงื่อนไขนี้")));
	}

	@Test
	void theSummaryCountsEachMeasureAndStepAndLinksToItsList() throws Exception {
		java.util.Map<String, Object> most = jdbc.queryForMap("""
				select a.measure, a.state, count(*) as n from wf_measure_application a join district d on d.id = a.district_id
				where d.code like '83%' and a.state <> 'REJECTED' group by a.measure, a.state order by count(*) desc, a.measure
				limit 1""");
		String link = "/womenfund/applications?view=all&amp;measure=" + most.get("measure") + "&amp;state=" + most.get("state");
		mvc.perform(get("/womenfund/applications").param("view", "all").with(PROVINCE))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"" + link + "\">" + most.get("n") + "</a>")));
	}

	@Test
	void theWholeListIsReachedFiftyAPageNewestFirst() throws Exception {
		// 60 more rejected applications in Thalang, copies of one demo application, the newest a minute apart
		Long thalang = jdbc.queryForObject("select id from district where code = '8303'", Long.class);
		Long model = jdbc.queryForObject("select min(id) from wf_measure_application", Long.class);
		Long before = jdbc.queryForObject("select coalesce(max(id), 0) from wf_measure_application", Long.class);
		try {
			for (int i = 0; i < 60; i++) {
				jdbc.update("""
						insert into wf_measure_application (project_id, person_id, district_id, member_role, measure,
						  version_id, state, drafted_by, drafted_at, state_since)
						select project_id, person_id, ?, member_role, measure, version_id, 'REJECTED', 'test', drafted_at,
						  ? from wf_measure_application where id = ?""", thalang,
						java.sql.Timestamp.from(java.time.Instant.parse("2100-01-01T00:00:00Z").plusSeconds(60L * i)), model);
			}
			long total = jdbc.queryForObject("select count(*) from wf_measure_application where district_id = ?"
					+ " and state = 'REJECTED'", Long.class, thalang);
			java.util.Set<String> seen = new java.util.LinkedHashSet<>();
			int pages = (int) ((total + 49) / 50);
			for (int page = 0; page < pages; page++) {
				String html = mvc.perform(get("/womenfund/applications").param("view", "all").param("state", "REJECTED")
					.param("districtId", thalang.toString()).param("page", String.valueOf(page)).with(PROVINCE))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString();
				assertThat(html).contains("ทั้งหมด " + total + " รายการ").contains("หน้า " + (page + 1) + " / " + pages);
				java.util.List<String> ids = java.util.regex.Pattern.compile("href=\"/womenfund/applications/(\\d+)\"")
					.matcher(html)
					.results()
					.map(m -> m.group(1))
					.toList();
				assertThat(ids).hasSize(page < pages - 1 ? 50 : (int) (total - 50L * (pages - 1)));
				if (page == 0) {
					// the newest first: the last copy made
					assertThat(ids.get(0)).isEqualTo(jdbc.queryForObject("select max(id) from wf_measure_application",
							Long.class).toString());
					// the next page keeps the filter
					assertThat(html).contains("state=REJECTED").contains("districtId=" + thalang).contains("page=1");
				}
				seen.addAll(ids);
			}
			assertThat(seen).as("every application once over the pages").hasSize((int) total);
		}
		finally {
			jdbc.update("delete from wf_measure_application where id > ? and drafted_by = 'test'", before);
		}
	}

	@Test
	void anOverdueBorrowerIsRestructuredFromDraftToApprovalAndCountsAsNormalOnHerNewSchedule() throws Exception {
		String borrower = nationalId("59991000001");
		// signed in January, the July installment missed: OVERDUE within the contract term
		register("T-MEAS-1", "2026-01-15", "2026-07-15", "2027-01-15", borrower, nationalId("59991000002"));
		assertThat(group("T-MEAS-1")).isEqualTo("OVERDUE");
		mvc.perform(get("/api/v1/projects/T-MEAS-1/eligibility").with(KATHU))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.measure == 'RESTRUCTURING' && @.role == 'BORROWER')].eligible").value(hasItem(true)))
			.andExpect(jsonPath("$[?(@.measure == 'RESTRUCTURING' && @.role == 'BORROWER')].nationalIdMasked")
				.value(hasItem(containsString("xxxxx"))));
		String first = th.go.cdd.fastdata.thai.ThaiDates.today().plusMonths(1).withDayOfMonth(1).toString();
		// more years than the measure allows is refused, naming the field
		draft("T-MEAS-1", "RESTRUCTURING", borrower, ",\"restructuring\":{\"firstDueOn\":\"" + first
				+ "\",\"years\":3,\"installmentsPerYear\":12}", KATHU)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("restructuring.years"));
		String created = draft("T-MEAS-1", "RESTRUCTURING", borrower, ",\"restructuring\":{\"firstDueOn\":\"" + first
				+ "\",\"years\":2,\"installmentsPerYear\":12}", KATHU)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.state").value("DRAFT"))
			.andReturn().getResponse().getContentAsString();
		long id = ((Number) JsonPath.read(created, "$.id")).longValue();
		// a second application of hers for the same measure is closed while this one is open
		draft("T-MEAS-1", "RESTRUCTURING", borrower, ",\"restructuring\":{\"firstDueOn\":\"" + first
				+ "\",\"years\":1,\"installmentsPerYear\":12}", KATHU)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("อยู่ระหว่างดำเนินการ")));
		// not submitted yet: the committee cannot approve it
		act(id, "approve", "{\"resolution\":\"อนุมัติ\"}", PROVINCE_COMMITTEE).andExpect(status().isConflict());
		act(id, "submit", "{}", KATHU).andExpect(status().isOk()).andExpect(jsonPath("$.state").value("SUBMITTED"));
		// the district officer does not approve; the province decides this measure without endorsement
		act(id, "approve", "{}", KATHU).andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		act(id, "endorse", "{}", KATHU_COMMITTEE).andExpect(status().isConflict());
		// a return always carries its reason
		act(id, "return", "{}", PROVINCE_COMMITTEE).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("note"));
		act(id, "return", "{\"note\":\"แนบตารางผ่อนชำระที่ลูกหนี้ลงนาม\"}", PROVINCE_COMMITTEE)
			.andExpect(jsonPath("$.state").value("RETURNED"));
		act(id, "submit", "{\"note\":\"แนบแล้ว\"}", KATHU).andExpect(jsonPath("$.state").value("SUBMITTED"));
		act(id, "approve", "{\"resolution\":\"อนุมัติให้ขยายเวลา 2 ปี\",\"meetingNo\":\"5/2569\"}", PROVINCE_COMMITTEE)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("APPROVED"))
			.andExpect(jsonPath("$.steps.length()").value(5))
			.andExpect(jsonPath("$.steps[2].note").value("แนบตารางผ่อนชำระที่ลูกหนี้ลงนาม"));
		// the contract has a new schedule of 24 installments and she counts as NORMAL on it
		Long projectId = jdbc.queryForObject("select id from wf_project where code = 'T-MEAS-1'", Long.class);
		assertThat(jdbc.queryForObject("select count(*) from wf_schedule s join wf_contract c on c.id = s.contract_id"
				+ " where c.project_id = ?", Long.class, projectId)).isEqualTo(2);
		assertThat(jdbc.queryForObject("select count(*) from wf_installment i join wf_schedule s on s.id = i.schedule_id"
				+ " join wf_contract c on c.id = s.contract_id where c.project_id = ? and s.effective_from = ?", Long.class,
				projectId, th.go.cdd.fastdata.thai.ThaiDates.today())).isEqualTo(24);
		assertThat(group("T-MEAS-1")).isEqualTo("NORMAL");
		// decided: read-only
		act(id, "reject", "{\"note\":\"เปลี่ยนใจ\"}", PROVINCE_COMMITTEE).andExpect(status().isConflict());
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where record_type = 'MeasureApplication'"
				+ " and record_id = ?", Long.class, String.valueOf(id))).isEqualTo(5);
	}

	@Test
	void anEditedScheduleIsKeptAndItsLastInstallmentTakesWhatChangedBeforeApproval() throws Exception {
		String borrower = nationalId("59991000031");
		register("T-MEAS-3", "2026-01-15", "2026-07-15", "2027-01-15", borrower, nationalId("59991000032"));
		LocalDate first = th.go.cdd.fastdata.thai.ThaiDates.today().plusMonths(1);
		// installments out of order are refused naming the one
		draft("T-MEAS-3", "RESTRUCTURING", borrower, ",\"restructuring\":{\"firstDueOn\":\"" + first + "\",\"years\":1,"
				+ "\"installmentsPerYear\":1,\"installments\":[{\"dueOn\":\"" + first.plusMonths(2) + "\",\"amount\":20000},"
				+ "{\"dueOn\":\"" + first + "\",\"amount\":40000}]}", KATHU)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("restructuring.installments[1].dueOn"));
		// 60,000 outstanding asked as 10,000 then 45,000: the last takes the 5,000 difference at approval
		long id = ((Number) JsonPath.read(draft("T-MEAS-3", "RESTRUCTURING", borrower, ",\"restructuring\":{\"firstDueOn\":\""
				+ first + "\",\"years\":1,\"installmentsPerYear\":1,\"installments\":[{\"dueOn\":\"" + first
				+ "\",\"amount\":10000},{\"dueOn\":\"" + first.plusMonths(6) + "\",\"amount\":45000}]}", KATHU)
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
		act(id, "submit", "{}", KATHU);
		act(id, "approve", "{\"resolution\":\"อนุมัติตามตารางที่ลูกหนี้เสนอ\"}", PROVINCE_COMMITTEE)
			.andExpect(jsonPath("$.state").value("APPROVED"));
		Long projectId = jdbc.queryForObject("select id from wf_project where code = 'T-MEAS-3'", Long.class);
		assertThat(jdbc.queryForList("select i.amount from wf_installment i join wf_schedule s on s.id = i.schedule_id"
				+ " join wf_contract c on c.id = s.contract_id where c.project_id = ? and s.reason like '%คำขอเลขที่%'"
				+ " order by i.seq", java.math.BigDecimal.class, projectId))
			.usingElementComparator(java.math.BigDecimal::compareTo)
			.containsExactly(new java.math.BigDecimal("10000"), new java.math.BigDecimal("50000"));
		assertThat(group("T-MEAS-3")).isEqualTo("NORMAL");
	}

	@Test
	void theDraftFormTakesEditedInstallmentsOneALineWithThaiDates() throws Exception {
		String borrower = nationalId("59991000041");
		register("T-MEAS-4", "2026-01-15", "2026-07-15", "2027-01-15", borrower, nationalId("59991000042"));
		Long projectId = jdbc.queryForObject("select id from wf_project where code = 'T-MEAS-4'", Long.class);
		Long personId = jdbc.queryForObject("select id from wf_person where national_id = ?", Long.class, borrower);
		LocalDate first = th.go.cdd.fastdata.thai.ThaiDates.today().plusMonths(1);
		String lines = th.go.cdd.fastdata.thai.ThaiDates.shortDate(first) + " 10,000\n"
				+ th.go.cdd.fastdata.thai.ThaiDates.shortDate(first.plusMonths(6)) + " 50,000.00";
		mvc.perform(post("/womenfund/projects/{id}/applications", projectId).with(csrf()).with(KATHU)
			.param("personId", personId.toString()).param("measure", "RESTRUCTURING")
			.param("firstDueOn", th.go.cdd.fastdata.thai.ThaiDates.shortDate(first)).param("years", "1")
			.param("installmentsPerYear", "1").param("useCustom", "true").param("customInstallments", lines))
			.andExpect(status().is3xxRedirection());
		Long id = jdbc.queryForObject("select max(id) from wf_measure_application where project_id = ?", Long.class, projectId);
		assertThat(jdbc.queryForObject("select count(*) from wf_measure_application_due where application_id = ?", Long.class, id))
			.isEqualTo(2);
		// a line without an amount is refused naming the line, and nothing is stored
		long before = jdbc.queryForObject("select count(*) from wf_measure_application", Long.class);
		mvc.perform(post("/womenfund/projects/{id}/applications", projectId).with(csrf()).with(KATHU)
			.param("personId", nationalIdPersonOf(nationalId("59991000042")).toString()).param("measure", "RESTRUCTURING")
			.param("firstDueOn", th.go.cdd.fastdata.thai.ThaiDates.shortDate(first)).param("years", "1")
			.param("installmentsPerYear", "1").param("useCustom", "true").param("customInstallments", "10,000"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("บรรทัดที่ 1")));
		assertThat(jdbc.queryForObject("select count(*) from wf_measure_application", Long.class)).isEqualTo(before);
	}

	private Long nationalIdPersonOf(String nationalId) {
		return jdbc.queryForObject("select id from wf_person where national_id = ?", Long.class, nationalId);
	}

	@Test
	void aGuarantorOfTheOldFundIsReleasedAfterTheDistrictEndorsesAndTheProvinceApproves() throws Exception {
		String borrower = nationalId("59991000011");
		String guarantor = nationalId("59991000012");
		register("T-MEAS-2", "2015-01-15", "2015-07-15", "2016-01-15", borrower, guarantor);
		mvc.perform(get("/api/v1/projects/T-MEAS-2/eligibility").with(KATHU))
			// the main borrower cannot use the guarantor release
			.andExpect(jsonPath("$[?(@.measure == 'GUARANTOR_RELEASE' && @.role == 'BORROWER')].eligible").value(hasItem(false)))
			.andExpect(jsonPath("$[?(@.measure == 'GUARANTOR_RELEASE' && @.role == 'GUARANTOR')].eligible").value(hasItem(true)))
			// interest reduction is for contracts from 30 Sep 2566 only
			.andExpect(jsonPath("$[?(@.measure == 'INTEREST_REDUCTION' && @.role == 'BORROWER')].reasons[*]")
				.value(hasItem(containsString("ก่อนวันที่มาตรการกำหนด"))))
			// individual discharge is for co-borrowers of the new fund
			.andExpect(jsonPath("$[?(@.measure == 'INDIVIDUAL_DISCHARGE' && @.role == 'GUARANTOR')].reasons[*]")
				.value(hasItem(containsString("ผู้ค้ำประกัน"))))
			// pre-suit mediation is for debtors who joined a measure before
			.andExpect(jsonPath("$[?(@.measure == 'PRE_SUIT_MEDIATION' && @.role == 'BORROWER')].reasons[*]")
				.value(hasItem(containsString("ยังไม่เคยเข้าร่วม"))))
			// the 2568 relief has no announcement entered yet
			.andExpect(jsonPath("$[?(@.measure == 'HARDSHIP_2568' && @.role == 'BORROWER')].reasons[*]")
				.value(hasItem(containsString("ยังไม่มีประกาศ"))));
		long id = ((Number) JsonPath.read(draft("T-MEAS-2", "GUARANTOR_RELEASE", guarantor, "", KATHU)
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
		act(id, "submit", "{}", KATHU).andExpect(jsonPath("$.state").value("SUBMITTED"));
		// the district subcommittee hears of it (an outbox message to its members, no ID, no amount)
		assertThat(jdbc.queryForObject("select usernames from notify_message where topic = 'APPLICATION_WAITING'"
				+ " and link = ?", String.class, "/womenfund/applications/" + id)).contains("committee.kathu")
			.doesNotContain("district.kathu");
		// the district subcommittee endorses first; the province cannot skip it, the district cannot approve
		act(id, "approve", "{}", PROVINCE_COMMITTEE).andExpect(status().isConflict());
		act(id, "approve", "{}", KATHU_COMMITTEE).andExpect(status().isForbidden());
		act(id, "endorse", "{\"resolution\":\"เห็นชอบ\",\"meetingNo\":\"2/2569\",\"meetingOn\":\"2026-11-20\"}",
				KATHU_COMMITTEE)
			.andExpect(jsonPath("$.state").value("ENDORSED"));
		// someone of another district does not even find it
		act(id, "approve", "{}", user("district.thalang").roles("DISTRICT_OFFICER")).andExpect(status().isNotFound());
		act(id, "approve", "{\"resolution\":\"อนุมัติ\",\"meetingNo\":\"6/2569\",\"meetingOn\":\"2026-11-24\"}",
				PROVINCE_COMMITTEE)
			.andExpect(jsonPath("$.state").value("APPROVED"))
			.andExpect(jsonPath("$.decidedOn").value("2026-11-24"));
		assertThat(jdbc.queryForObject("select m.released_on from wf_project_member m join wf_person p on p.id = m.person_id"
				+ " where p.national_id = ?", LocalDate.class, guarantor)).isEqualTo(LocalDate.of(2026, 11, 24));
		// released, she may apply for nothing more on this contract; the borrower, who joined a measure
		// through her guarantor, may now go to pre-suit mediation
		mvc.perform(get("/api/v1/projects/T-MEAS-2/eligibility").with(KATHU))
			.andExpect(jsonPath("$[?(@.role == 'GUARANTOR' && @.eligible == true)]").isEmpty())
			.andExpect(jsonPath("$[?(@.measure == 'PRE_SUIT_MEDIATION' && @.role == 'BORROWER')].eligible").value(hasItem(true)));
		// accepted for mediation in court, interest reduction is closed to her for that reason too
		long mediation = ((Number) JsonPath.read(draft("T-MEAS-2", "PRE_SUIT_MEDIATION", borrower, "", KATHU)
			.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
		act(mediation, "submit", "{}", KATHU);
		act(mediation, "approve", "{\"note\":\"ส่งศาลแขวงภูเก็ต\"}", PROVINCE).andExpect(jsonPath("$.state").value("APPROVED"));
		mvc.perform(get("/api/v1/projects/T-MEAS-2/eligibility").with(KATHU))
			.andExpect(jsonPath("$[?(@.measure == 'INTEREST_REDUCTION' && @.role == 'BORROWER')].reasons[*]")
				.value(hasItem(containsString("ชั้นศาล"))));
	}

	@Test
	void anApplicationOfAPersonOutsideTheProjectOrAnUnknownMeasureIsRefusedAndNothingIsStored() throws Exception {
		long before = jdbc.queryForObject("select count(*) from wf_measure_application", Long.class);
		String code = jdbc.queryForObject("select min(p.code) from wf_project p join district d on d.id = p.district_id"
				+ " where d.code = '8302'", String.class);
		draft(code, "FREE_MONEY", nationalId("59991000021"), "", KATHU).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("measure"));
		draft(code, "PENALTY_WAIVER", nationalId("59991000021"), "", KATHU).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("nationalId"));
		// a director reads but does not draft
		draft(code, "PENALTY_WAIVER", nationalId("59991000021"), "", user("director").roles("DIRECTOR"))
			.andExpect(status().isBadRequest());
		assertThat(jdbc.queryForObject("select count(*) from wf_measure_application", Long.class)).isEqualTo(before);
	}

	@Test
	void provincialStaffEnterANewVersionFromAnAnnouncementAndThePreviousOneEnds() throws Exception {
		mvc.perform(post("/womenfund/measures/HARDSHIP_2568/versions").with(csrf()).with(PROVINCE)
			.param("announcement", "ประกาศคณะกรรมการบริหารกองทุนฯ เรื่อง ความช่วยเหลือ พ.ศ. 2568")
			.param("effectiveFromText", "1/1/2568")
			.param("summary", "ลูกหนี้ที่ทุพพลภาพ ชราภาพ ถึงแก่ความตาย หรือประกอบอาชีพไม่ได้ ขอความช่วยเหลือได้")
			.param("whoMayApply", "ลูกหนี้หรือทายาท")
			.param("applicantRoles", "BORROWER", "CO_BORROWER", "GUARANTOR")
			.param("conditionsToCheck", "มีใบรับรองแพทย์หรือหลักฐานการเสียชีวิต")
			.param("approvalPath", "PROVINCE")
			.param("source", "ประกาศฯ ลงวันที่ 1 ม.ค. 2568"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/womenfund/measures").with(PROVINCE))
			.andExpect(content().string(containsString("มีใบรับรองแพทย์หรือหลักฐานการเสียชีวิต")));
		// a district officer does not enter announcements
		mvc.perform(get("/womenfund/measures/RESTRUCTURING/versions/new").with(KATHU)).andExpect(status().isForbidden());
		// a version must start after the latest; a refused form says why and stores nothing
		long versions = jdbc.queryForObject("select count(*) from wf_measure_version", Long.class);
		mvc.perform(post("/womenfund/measures/HARDSHIP_2568/versions").with(csrf()).with(PROVINCE)
			.param("announcement", "ฉบับย้อนหลัง")
			.param("effectiveFromText", "1/6/2567")
			.param("summary", "x").param("whoMayApply", "x").param("applicantRoles", "BORROWER")
			.param("approvalPath", "PROVINCE").param("source", "x"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ฉบับใหม่ต้องมีผลหลังฉบับล่าสุด")));
		assertThat(jdbc.queryForObject("select count(*) from wf_measure_version", Long.class)).isEqualTo(versions);
		// a later one closes the first the day before
		mvc.perform(post("/womenfund/measures/HARDSHIP_2568/versions").with(csrf()).with(PROVINCE)
			.param("announcement", "ฉบับแก้ไข").param("effectiveFromText", "1/10/2568")
			.param("summary", "x").param("whoMayApply", "x").param("applicantRoles", "BORROWER")
			.param("approvalPath", "PROVINCE").param("source", "x"))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("select effective_to from wf_measure_version where measure = 'HARDSHIP_2568'"
				+ " and effective_from = ?", LocalDate.class, LocalDate.of(2025, 1, 1))).isEqualTo(LocalDate.of(2025, 9, 30));
	}

	private void register(String code, String signedOn, String firstDue, String secondDue, String borrower,
			String guarantor) throws Exception {
		String body = """
				{"code":"%s","name":"โครงการทดสอบมาตรการ","districtCode":"8302","fiscalYear":2569,
				 "contract":{"number":"%s","signedOn":"%s","amount":60000,"annualInterestRate":0,
				   "installments":[{"dueOn":"%s","amount":30000},{"dueOn":"%s","amount":30000}]},
				 "people":[{"nationalId":"%s","title":"นาง","firstName":"สมใจ","lastName":"ทดสอบ","role":"BORROWER"},
				           {"nationalId":"%s","title":"นาง","firstName":"ค้ำ","lastName":"ทดสอบ","role":"GUARANTOR"}]}
				""".formatted(code, code, signedOn, firstDue, secondDue, borrower, guarantor);
		mvc.perform(post("/api/v1/projects").contentType("application/json").content(body).with(csrf()).with(KATHU))
			.andExpect(status().isCreated());
	}

	private ResultActions draft(String code, String measure, String nationalId, String extra, RequestPostProcessor who)
			throws Exception {
		return mvc.perform(post("/api/v1/applications").contentType("application/json")
			.content("{\"projectCode\":\"" + code + "\",\"measure\":\"" + measure + "\",\"nationalId\":\"" + nationalId
					+ "\",\"note\":\"ทดสอบ\"" + extra + "}")
			.with(csrf())
			.with(who));
	}

	private ResultActions act(long id, String action, String body, RequestPostProcessor who) throws Exception {
		return mvc.perform(post("/api/v1/applications/{id}/{action}", id, action).contentType("application/json")
			.content(body)
			.with(csrf())
			.with(who));
	}

	private String group(String code) {
		return jdbc.queryForObject("select s.status_group from wf_project_status s join wf_project p on p.id = s.project_id"
				+ " where p.code = ?", String.class, code);
	}

	static String nationalId(String first11) {
		String twelve = first11 + "0";
		int sum = 0;
		for (int i = 0; i < 12; i++) {
			sum += (twelve.charAt(i) - '0') * (13 - i);
		}
		return twelve + ((11 - sum % 11) % 10);
	}

}
