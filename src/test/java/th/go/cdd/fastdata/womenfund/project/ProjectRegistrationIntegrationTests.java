package th.go.cdd.fastdata.womenfund.project;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Registering and correcting projects and people by hand, on pages and through the API: what is
 * stored, what is refused (in Thai, naming the field, keeping what was typed, storing nothing),
 * what is audited, and that a district officer works only in her district.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ProjectRegistrationIntegrationTests {

	static final RequestPostProcessor KATHU = user("district.kathu").roles("DISTRICT_OFFICER");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aProjectRegisteredOnTheFormIsStoredWholeClassifiedAndAudited() throws Exception {
		String borrower = nationalId("59990000001");
		mvc.perform(newProject("T-FORM-1", borrower).with(csrf()).with(KATHU))
			.andExpect(redirectedUrlPattern("/womenfund/projects/*"));
		Long id = jdbc.queryForObject("select id from wf_project where code = 'T-FORM-1'", Long.class);
		assertThat(jdbc.queryForObject("select fund_generation from wf_project where id = ?", String.class, id))
			.isEqualTo("NEW");
		// 24 monthly installments whose total is exactly the contract's amount
		assertThat(jdbc.queryForObject("select count(*) from wf_installment i join wf_schedule s on s.id = i.schedule_id"
				+ " join wf_contract c on c.id = s.contract_id where c.project_id = ?", Long.class, id)).isEqualTo(24);
		assertThat(jdbc.queryForObject("select sum(i.amount) from wf_installment i join wf_schedule s on s.id = i.schedule_id"
				+ " join wf_contract c on c.id = s.contract_id where c.project_id = ?", BigDecimal.class, id))
			.isEqualByComparingTo("50000");
		assertThat(jdbc.queryForObject("select count(*) from wf_project_member where project_id = ?", Long.class, id))
			.isEqualTo(2);
		assertThat(jdbc.queryForObject("select status_group from wf_project_status where project_id = ?", String.class, id))
			.isNotNull();
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'CREATE' and record_type = 'Project'"
				+ " and record_id = ?", Long.class, String.valueOf(id))).isEqualTo(1);
		// the page shows it, with the borrower's ID masked
		mvc.perform(get("/womenfund/projects/{id}", id).with(KATHU))
			.andExpect(content().string(containsString("โครงการทดสอบแบบฟอร์ม")))
			.andExpect(content().string(containsString(borrower.charAt(0) + "-" + borrower.substring(1, 5) + "-xxxxx")))
			.andExpect(content().string(not(containsString(borrower.substring(5, 10)))));
	}

	@Test
	void aRefusedProjectFormSaysWhyInThaiKeepsWhatWasTypedAndStoresNothing() throws Exception {
		long projects = count("wf_project");
		long people = count("wf_person");
		String goodGuarantor = nationalId("59990000003");
		mvc.perform(newProject("T-BAD-1", "1234567890123", "fiscalYear", "2022", "firstDueOn", "1/1/2568", "lmUrl",
				"javascript:alert(1)").with(csrf()).with(KATHU))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ยังไม่ได้บันทึก")))
			.andExpect(content().string(containsString("บุคคลที่ 1: เลขประจำตัวประชาชนไม่ถูกต้อง")))
			.andExpect(content().string(containsString("ปีงบประมาณต้องเป็นปี พ.ศ. เช่น 2565")))
			.andExpect(content().string(containsString("วันครบกำหนดงวดแรกต้องอยู่หลังวันที่ลงนามสัญญา")))
			.andExpect(content().string(containsString("ลิงก์ LMต้องขึ้นต้นด้วย https://")))
			.andExpect(content().string(containsString("value=\"1234567890123\"")))
			.andExpect(content().string(containsString("value=\"" + goodGuarantor + "\"")))
			.andExpect(content().string(containsString("value=\"โครงการทดสอบแบบฟอร์ม\"")));
		assertThat(count("wf_project")).isEqualTo(projects);
		assertThat(count("wf_person")).isEqualTo(people);
	}

	@Test
	void aDistrictOfficerCannotRegisterOrEditOutsideHerDistrict() throws Exception {
		Long mueang = jdbc.queryForObject("select id from district where code = '8301'", Long.class);
		mvc.perform(newProject("T-OUT-1", nationalId("59990000004"), "districtId", mueang.toString(), "subdistrictId", "")
			.with(csrf()).with(KATHU))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ไม่พบอำเภอนี้ในพื้นที่ที่คุณรับผิดชอบ")));
		assertThat(jdbc.queryForObject("select count(*) from wf_project where code = 'T-OUT-1'", Long.class)).isZero();
		Long mueangProject = jdbc.queryForObject("select min(id) from wf_project where district_id = ?", Long.class, mueang);
		mvc.perform(get("/womenfund/projects/{id}/edit", mueangProject).with(KATHU)).andExpect(status().isNotFound());
		mvc.perform(post("/womenfund/projects/{id}/edit", mueangProject).param("name", "x").with(csrf()).with(KATHU))
			.andExpect(status().isNotFound());
		// a director reads the registry but does not register projects
		mvc.perform(get("/womenfund/projects/new").with(user("director").roles("DIRECTOR")))
			.andExpect(status().isForbidden());
	}

	@Test
	void anEditIsAuditedWithBeforeAndAfterAndKeepsTheLmCode() throws Exception {
		mvc.perform(newProject("T-EDIT-1", nationalId("59990000005")).with(csrf()).with(KATHU));
		Long id = jdbc.queryForObject("select id from wf_project where code = 'T-EDIT-1'", Long.class);
		String editPage = mvc.perform(get("/womenfund/projects/{id}/edit", id).with(KATHU))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(editPage).contains("value=\"15/2569\"").contains("value=\"50,000.00\"");
		mvc.perform(editOf(id, "name", "โครงการแก้ชื่อแล้ว", "contractAmount", "48,000").with(csrf()).with(KATHU))
			.andExpect(redirectedUrlPattern("/womenfund/projects/*"));
		assertThat(jdbc.queryForObject("select name from wf_project where id = ?", String.class, id))
			.isEqualTo("โครงการแก้ชื่อแล้ว");
		assertThat(jdbc.queryForObject("select code from wf_project where id = ?", String.class, id)).isEqualTo("T-EDIT-1");
		assertThat(jdbc.queryForObject("select amount from wf_contract where project_id = ?", BigDecimal.class, id))
			.isEqualByComparingTo("48000");
		assertThat(jdbc.queryForObject("select before_state from audit_entry where action = 'UPDATE' and record_type = 'Project'"
				+ " and record_id = ?", String.class, String.valueOf(id))).contains("name=โครงการทดสอบแบบฟอร์ม");
		assertThat(jdbc.queryForObject("select after_state from audit_entry where action = 'UPDATE' and record_type = 'Contract'",
				String.class)).contains("amount=48000");
		// the project page's history shows the registration and the edit, newest first
		String page = mvc.perform(get("/womenfund/projects/{id}", id).with(KATHU))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("ประวัติการบันทึกและแก้ไข");
		// the edit left it without a subdistrict (optional): the list still shows it
		mvc.perform(get("/womenfund/projects").param("fiscalYear", "2569").with(KATHU))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("T-EDIT-1")));
		assertThat(page.indexOf("แก้ไขโครงการ T-EDIT-1")).isPositive().isLessThan(page.indexOf("ลงทะเบียนโครงการ T-EDIT-1"));
	}

	@Test
	void peopleAreAddedLinkedTakenOffAndCorrected() throws Exception {
		String borrower = nationalId("59990000006");
		mvc.perform(newProject("T-PEOPLE-1", borrower).with(csrf()).with(KATHU));
		Long id = jdbc.queryForObject("select id from wf_project where code = 'T-PEOPLE-1'", Long.class);
		// the borrower of another project, added as guarantor here: the same person, not a copy
		long people = count("wf_person");
		mvc.perform(post("/womenfund/projects/{id}/members", id).param("role", "CO_BORROWER").param("nationalId", borrower)
			.param("firstName", "ชื่ออื่น").param("lastName", "สกุลอื่น").with(csrf()).with(KATHU))
			.andExpect(redirectedUrlPattern("/womenfund/projects/*"));
		assertThat(count("wf_person")).isEqualTo(people);
		assertThat(jdbc.queryForObject("select first_name from wf_person where national_id = ?", String.class, borrower))
			.isEqualTo("สมพร");
		// the only borrower stays
		Long borrowerMember = jdbc.queryForObject("select id from wf_project_member where project_id = ? and member_role = 'BORROWER'",
				Long.class, id);
		mvc.perform(post("/womenfund/projects/{id}/members/{m}/remove", id, borrowerMember).with(csrf()).with(KATHU))
			.andExpect(redirectedUrlPattern("/womenfund/projects/*"));
		assertThat(jdbc.queryForObject("select count(*) from wf_project_member where id = ?", Long.class, borrowerMember))
			.isEqualTo(1);
		// correcting her: coordinates swapped are refused, then stored and audited
		Long person = jdbc.queryForObject("select id from wf_person where national_id = ?", Long.class, borrower);
		mvc.perform(post("/womenfund/people/{id}/edit", person).param("firstName", "สมพร").param("lastName", "ใจงาม")
			.param("latitude", "98.39").param("longitude", "7.88").with(csrf()).with(KATHU))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ตรวจว่าไม่ได้สลับละติจูดกับลองจิจูด")));
		mvc.perform(post("/womenfund/people/{id}/edit", person).param("firstName", "สมพร").param("lastName", "ใจดี")
			.param("birthDate", "3/5/2515").param("latitude", "7.8804").param("longitude", "98.3923").with(csrf()).with(KATHU))
			.andExpect(redirectedUrlPattern("/womenfund/people/*"));
		assertThat(jdbc.queryForObject("select last_name from wf_person where id = ?", String.class, person)).isEqualTo("ใจดี");
		assertThat(jdbc.queryForObject("select birth_date from wf_person where id = ?", java.time.LocalDate.class, person))
			.isEqualTo(java.time.LocalDate.of(1972, 5, 3));
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'UPDATE' and record_type = 'Person'"
				+ " and record_id = ?", Long.class, String.valueOf(person))).isEqualTo(1);
	}

	@Test
	void theApiRegistersAProjectAndReadsItBackMasked() throws Exception {
		String borrower = nationalId("59990000007");
		String body = """
				{"code":"T-API-1","name":"โครงการทำขนมไทย","districtCode":"8302","subdistrictCode":"830201","village":"1",
				 "fiscalYear":2569,
				 "contract":{"number":"9/2569","signedOn":"2026-01-15","amount":60000,"annualInterestRate":0,
				   "installments":[{"dueOn":"2026-07-15","amount":30000},{"dueOn":"2027-01-15","amount":30000}]},
				 "people":[{"nationalId":"%s","title":"นาง","firstName":"สมพร","lastName":"ใจงาม","role":"BORROWER",
				   "phone":"081-234-5678"}]}
				""".formatted(borrower);
		mvc.perform(post("/api/v1/projects").contentType("application/json").content(body).with(csrf()).with(KATHU))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/v1/projects/T-API-1"))
			.andExpect(jsonPath("$.contract.installments.length()").value(2))
			.andExpect(jsonPath("$.status.group").isNotEmpty());
		mvc.perform(get("/api/v1/projects/T-API-1").with(KATHU))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.districtCode").value("8302"))
			.andExpect(jsonPath("$.village").value("1"))
			.andExpect(jsonPath("$.people[0].nationalId").value(borrower.charAt(0) + "-" + borrower.substring(1, 5)
					+ "-xxxxx-xx-" + borrower.charAt(12)));
		// another district's officer does not find it
		mvc.perform(get("/api/v1/projects/T-API-1").with(user("district.thalang").roles("DISTRICT_OFFICER")))
			.andExpect(status().isNotFound());
	}

	@Test
	void theApiRefusesBadInputWithProblemDetailsNamingEachField() throws Exception {
		long projects = count("wf_project");
		String body = """
				{"code":"T-API-BAD","name":"โครงการ","districtCode":"8301","fiscalYear":2569,
				 "contract":{"number":"1/2569","signedOn":"2026-01-15","amount":60000,"annualInterestRate":0,
				   "installments":[{"dueOn":"2026-13-45","amount":30000}]},
				 "people":[{"nationalId":"1234567890123","firstName":"ก","lastName":"ข","role":"BORROWER"}]}
				""";
		mvc.perform(post("/api/v1/projects").contentType("application/json").content(body).with(csrf()).with(KATHU))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.errors[?(@.field == 'districtCode')].message").value(hasItem(containsString("ไม่พบรหัสอำเภอ 8301"))))
			.andExpect(jsonPath("$.errors[?(@.field == 'people[0].nationalId')].message")
				.value(hasItem(containsString("เลขประจำตัวประชาชนไม่ถูกต้อง"))))
			.andExpect(jsonPath("$.errors[?(@.field == 'contract.installments[0].dueOn')]").isNotEmpty());
		assertThat(count("wf_project")).isEqualTo(projects);
		// a code already registered is refused, naming it
		mvc.perform(post("/api/v1/projects").contentType("application/json")
			.content(body.replace("T-API-BAD", existingKathuCode()).replace("8301", "8302")).with(csrf()).with(KATHU))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'code')].message").value(hasItem(containsString("ในระบบแล้ว"))));
	}

	@Test
	void thePrintViewListsTheFilteredProjectsWithTotalsAndIsAudited() throws Exception {
		String kathuCode = existingKathuCode();
		String mueangCode = jdbc.queryForObject("select min(p.code) from wf_project p join district d on d.id = p.district_id"
				+ " where d.code = '8301'", String.class);
		long exports = jdbc.queryForObject("select count(*) from audit_entry where action = 'EXPORT'", Long.class);
		mvc.perform(get("/womenfund/projects/print").with(KATHU))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ทะเบียนโครงการกองทุนพัฒนาบทบาทสตรี")))
			.andExpect(content().string(containsString(kathuCode)))
			.andExpect(content().string(not(containsString(mueangCode))))
			.andExpect(content().string(containsString("รวม")));
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'EXPORT'", Long.class))
			.isEqualTo(exports + 1);
	}

	@Test
	void theAreaChoicesFollowOneAnotherAndStayInHerDistricts() throws Exception {
		Long kathu = jdbc.queryForObject("select id from district where code = '8302'", Long.class);
		Long mueang = jdbc.queryForObject("select id from district where code = '8301'", Long.class);
		Long patong = jdbc.queryForObject("select id from subdistrict where code = '830202'", Long.class);
		mvc.perform(get("/womenfund/projects/form/subdistricts").param("districtId", kathu.toString()).with(KATHU))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ตำบลป่าตอง")))
			.andExpect(content().string(containsString("id=\"villageId\"")));
		mvc.perform(get("/womenfund/projects/form/subdistricts").param("districtId", mueang.toString()).with(KATHU))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("ตำบลตลาดใหญ่"))));
		mvc.perform(get("/womenfund/projects/form/villages").param("subdistrictId", patong.toString()).with(KATHU))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("หมู่ที่ 1")));
	}

	@Test
	void theApprovalTableCountsHerDistrictsProjectsByFiscalYear() throws Exception {
		Long kathuProjects = jdbc.queryForObject("select count(*) from wf_project p join district d on d.id = p.district_id"
				+ " where d.code = '8302'", Long.class);
		Integer year = jdbc.queryForObject("select max(p.fiscal_year) from wf_project p join district d on d.id = p.district_id"
				+ " where d.code = '8302'", Integer.class);
		Long inYear = jdbc.queryForObject("select count(*) from wf_project p join district d on d.id = p.district_id"
				+ " where d.code = '8302' and p.fiscal_year = ?", Long.class, year);
		Long kathu = jdbc.queryForObject("select id from district where code = '8302'", Long.class);
		String page = mvc.perform(get("/womenfund/approvals").with(KATHU))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("อำเภอกะทู้").doesNotContain("อำเภอถลาง").contains("ปีงบ " + year)
			.contains("fiscalYear=" + year + "\">" + inYear + "<")
			.contains("districtId=" + kathu + "\">" + kathuProjects + "<");
	}

	private MockHttpServletRequestBuilder newProject(String code, String borrowerId, String... overrides) {
		Long patong = jdbc.queryForObject("select id from subdistrict where code = '830202'", Long.class);
		java.util.Map<String, String> fields = projectAndContract();
		fields.put("code", code);
		fields.put("groupName", "กลุ่มสตรีทดสอบ");
		fields.put("subdistrictId", patong.toString());
		fields.put("firstDueOn", "15/2/2569");
		fields.put("installmentCount", "24");
		fields.put("intervalMonths", "1");
		fields.put("members[0].role", "BORROWER");
		fields.put("members[0].nationalId", borrowerId);
		fields.put("members[0].title", "นาง");
		fields.put("members[0].firstName", "สมพร");
		fields.put("members[0].lastName", "ใจงาม");
		fields.put("members[0].phone", "081-234-5678");
		fields.put("members[1].role", "GUARANTOR");
		fields.put("members[1].nationalId",
				nationalId("59990000003").equals(borrowerId) ? nationalId("59990000009") : nationalId("59990000003"));
		fields.put("members[1].firstName", "สมใจ");
		fields.put("members[1].lastName", "ใจงาม");
		fields.put("members[2].role", "GUARANTOR");
		return form(post("/womenfund/projects"), fields, overrides);
	}

	private MockHttpServletRequestBuilder editOf(Long id, String... overrides) {
		return form(post("/womenfund/projects/{id}/edit", id), projectAndContract(), overrides);
	}

	/** The fields the new-project and edit forms share, as an officer of Kathu fills them. */
	private java.util.Map<String, String> projectAndContract() {
		Long kathu = jdbc.queryForObject("select id from district where code = '8302'", Long.class);
		java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
		fields.put("name", "โครงการทดสอบแบบฟอร์ม");
		fields.put("districtId", kathu.toString());
		fields.put("fiscalYear", "2569");
		fields.put("approvedAmount", "50,000");
		fields.put("contractNumber", "15/2569");
		fields.put("signedOn", "15/1/2569");
		fields.put("contractAmount", "50,000");
		fields.put("annualInterestRate", "0");
		fields.put("defaultInterestRate", "7.5");
		return fields;
	}

	private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request,
			java.util.Map<String, String> fields, String... overrides) {
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		fields.forEach((name, value) -> request.param(name, value));
		return request;
	}

	private String existingKathuCode() {
		return jdbc.queryForObject("select min(p.code) from wf_project p join district d on d.id = p.district_id"
				+ " where d.code = '8302' and p.code like 'LM-%'", String.class);
	}

	private long count(String table) {
		return jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

	/** A valid national ID from the first eleven digits and a twelfth of 0 (not one the demo data uses). */
	static String nationalId(String first11) {
		String twelve = first11 + "0";
		int sum = 0;
		for (int i = 0; i < 12; i++) {
			sum += (twelve.charAt(i) - '0') * (13 - i);
		}
		return twelve + ((11 - sum % 11) % 10);
	}

}
