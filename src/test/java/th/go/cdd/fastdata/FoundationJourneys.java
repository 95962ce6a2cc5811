package th.go.cdd.fastdata;

import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the foundation promises a user, through HTTP: sign-in, throttling, CSRF, roles,
 * district scope by guessed ids, the audit log. Run on H2 and on PostgreSQL by the
 * subclasses; every test leaves data the others do not depend on.
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class FoundationJourneys {

	/** Each failing-login test comes from its own address, so address throttling stays its own test. */
	private static final AtomicInteger ADDRESSES = new AtomicInteger(10);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Value("${fastdata.demo-data.password}")
	String password;

	// --- sign-in ------------------------------------------------------------------

	@Test
	void theStylesheetScriptsFontsAndIconAreServedWithoutSigningIn() throws Exception {
		// mapped folder by folder (app/WebConfiguration), the htmx WebJar by a path without its version
		mvc.perform(get("/css/fastdata.css")).andExpect(status().isOk());
		mvc.perform(get("/js/fastdata.js")).andExpect(status().isOk());
		mvc.perform(get("/img/favicon.svg")).andExpect(status().isOk());
		mvc.perform(get("/fonts/sarabun/sarabun-latin-400-normal.woff2")).andExpect(status().isOk());
		mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
	}

	@Test
	void districtOfficerSignsInAndIsGreetedWithHerDistrict() throws Exception {
		MvcResult login = mvc.perform(post("/login").param("username", "district.kathu")
			.param("password", password)
			.with(csrf())
			.with(from(nextAddress()))).andExpect(redirectedUrl("/")).andReturn();
		Cookie session = login.getResponse().getCookie("FASTDATA_SESSION");

		mvc.perform(get("/").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("อำเภอกะทู้")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("พัฒนากร")));
		assertThat(auditCount("LOGIN", "district.kathu")).isPositive();
	}

	@Test
	void wrongPasswordIsRefusedWithAThaiMessageAndAudited() throws Exception {
		String address = nextAddress();
		MvcResult result = mvc
			.perform(post("/login").param("username", "academic").param("password", "wrong-1234").with(csrf()).with(from(address)))
			.andExpect(redirectedUrl("/login?error"))
			.andReturn();
		mvc.perform(get("/login").param("error", "").cookie(result.getResponse().getCookie("FASTDATA_SESSION")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง")));
		assertThat(jdbc.queryForObject(
				"select count(*) from audit_entry where action = 'LOGIN_FAILED' and username = 'academic' and remote_address = ?",
				Long.class, address)).isEqualTo(1);
	}

	@Test
	void fiveWrongPasswordsLockTheAccountEvenForTheRightPassword() throws Exception {
		String username = newUser("lockout", "DISTRICT_OFFICER");
		for (int i = 0; i < 5; i++) {
			mvc.perform(post("/login").param("username", username).param("password", "wrong-password-" + i)
				.with(csrf()).with(from(nextAddress()))).andExpect(redirectedUrl("/login?error"));
		}
		MvcResult result = mvc
			.perform(post("/login").param("username", username).param("password", password).with(csrf()).with(from(nextAddress())))
			.andExpect(redirectedUrl("/login?error"))
			.andReturn();
		mvc.perform(get("/login").param("error", "").cookie(result.getResponse().getCookie("FASTDATA_SESSION")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("ระงับการเข้าสู่ระบบชั่วคราว")));
	}

	@Test
	void manyWrongPasswordsFromOneAddressLockThatAddress() throws Exception {
		String address = nextAddress();
		for (int i = 0; i < 20; i++) {
			mvc.perform(post("/login").param("username", "nobody" + i).param("password", "wrong-password")
				.with(csrf()).with(from(address))).andExpect(redirectedUrl("/login?error"));
		}
		// the right password of a real account, from the locked address: refused
		mvc.perform(post("/login").param("username", "province").param("password", password).with(csrf()).with(from(address)))
			.andExpect(redirectedUrl("/login?error"));
		// from another address: accepted
		mvc.perform(post("/login").param("username", "province").param("password", password).with(csrf()).with(from(nextAddress())))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void aFormWithoutCsrfTokenIsRefused() throws Exception {
		Long subdistrict = subdistrictId("830201");
		mvc.perform(post("/areas/subdistricts/{id}/villages", subdistrict).param("moo", "40").param("name", "บ้านทดสอบ")
			.with(user("district.kathu").roles("DISTRICT_OFFICER"))).andExpect(status().isForbidden());
		mvc.perform(post("/login").param("username", "district.kathu").param("password", password))
			.andExpect(status().isForbidden());
		assertThat(jdbc.queryForObject("select count(*) from village where name_th = 'บ้านทดสอบ'", Long.class)).isZero();
	}

	@Test
	void anOfficerAddsAVillageInHerDistrictAndTheChangeIsAudited() throws Exception {
		Long subdistrict = subdistrictId("830202");
		mvc.perform(post("/areas/subdistricts/{id}/villages", subdistrict).param("moo", "41").param("name", "บ้านใหม่ทดสอบ")
			.with(csrf()).with(user("district.kathu").roles("DISTRICT_OFFICER")))
			.andExpect(redirectedUrl("/areas/subdistricts/" + subdistrict));
		assertThat(jdbc.queryForObject("select code from village where name_th = 'บ้านใหม่ทดสอบ'", String.class))
			.isEqualTo("83020241");
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'CREATE' and record_type = 'Village'"
				+ " and username = 'district.kathu' and after_state like '%83020241%'", Long.class)).isEqualTo(1);
	}

	@Test
	void badVillageInputIsExplainedInThaiAndNothingIsStored() throws Exception {
		Long subdistrict = subdistrictId("830203");
		mvc.perform(post("/areas/subdistricts/{id}/villages", subdistrict).param("moo", "1").param("name", "บ้านซ้ำ")
			.with(csrf()).with(user("district.kathu").roles("DISTRICT_OFFICER")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("หมู่ที่ 1 มีอยู่แล้ว")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("บ้านซ้ำ")));
		mvc.perform(post("/areas/subdistricts/{id}/villages", subdistrict).param("moo", "120").param("name", "")
			.with(csrf()).with(user("district.kathu").roles("DISTRICT_OFFICER")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("หมู่ที่ต้องอยู่ระหว่าง 1 ถึง 99")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("กรุณากรอกชื่อหมู่บ้าน")));
		assertThat(jdbc.queryForObject("select count(*) from village where name_th = 'บ้านซ้ำ'", Long.class)).isZero();
	}

	// --- roles --------------------------------------------------------------------

	@Test
	void onlyAdministratorsReachAdministratorPages() throws Exception {
		for (String page : List.of("/admin/users", "/admin/audit", "/admin/provinces", "/admin/users/new")) {
			mvc.perform(get(page).with(user("district.kathu").roles("DISTRICT_OFFICER"))).andExpect(status().isForbidden());
			mvc.perform(get(page).with(user("director").roles("DIRECTOR"))).andExpect(status().isForbidden());
			mvc.perform(get(page).with(user("admin").roles("ADMIN"))).andExpect(status().isOk());
		}
		mvc.perform(get("/admin/users")).andExpect(redirectedUrl("/login"));
	}

	@Test
	void administratorsFindUsersByNameOrRole() throws Exception {
		mvc.perform(get("/admin/users").param("q", "KATHU").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("district.kathu")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("district.thalang"))));
		mvc.perform(get("/admin/users").param("role", "DIRECTOR").with(user("admin").roles("ADMIN")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString(">director<")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(">district.kathu<"))));
		mvc.perform(get("/admin/users").param("q", "%").with(user("admin").roles("ADMIN")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("ไม่พบผู้ใช้ตามเงื่อนไข")));
	}

	@Test
	void readOnlyRolesCannotAddVillages() throws Exception {
		Long subdistrict = subdistrictId("830101");
		mvc.perform(post("/areas/subdistricts/{id}/villages", subdistrict).param("moo", "42").param("name", "บ้านผู้บริหาร")
			.with(csrf()).with(user("director").roles("DIRECTOR"))).andExpect(status().isForbidden());
	}

	// --- scope --------------------------------------------------------------------

	@Test
	void aDistrictOfficerCannotOpenOrGuessRecordsOfAnotherDistrict() throws Exception {
		Long kathuVillage = villageId("83020101");
		Long mueangVillage = villageId("83010101");
		Long mueangSubdistrict = subdistrictId("830101");
		RequestPostProcessor kathu = user("district.kathu").roles("DISTRICT_OFFICER");

		mvc.perform(get("/areas/villages/{id}", kathuVillage).with(kathu)).andExpect(status().isOk());
		mvc.perform(get("/areas/villages/{id}", mueangVillage).with(kathu))
			.andExpect(status().isNotFound());
		mvc.perform(get("/areas/villages/{id}", 987654321L).with(kathu)).andExpect(status().isNotFound());
		mvc.perform(get("/areas/subdistricts/{id}", mueangSubdistrict).with(kathu)).andExpect(status().isNotFound());
		mvc.perform(post("/areas/villages/{id}", mueangVillage).param("moo", "1").param("name", "เปลี่ยนชื่อ")
			.with(csrf()).with(kathu)).andExpect(status().isNotFound());
		mvc.perform(post("/areas/subdistricts/{id}/villages", mueangSubdistrict).param("moo", "43").param("name", "บ้านนอกเขต")
			.with(csrf()).with(kathu)).andExpect(status().isNotFound());
		// the province officer sees both
		mvc.perform(get("/areas/villages/{id}", mueangVillage).with(user("province").roles("PROVINCE_OFFICER")))
			.andExpect(status().isOk());
	}

	@Test
	void theApiAnswersWithinScopeOverHttpBasicWithoutSessionOrCsrf() throws Exception {
		Long mueangVillage = villageId("83010101");
		MvcResult me = mvc.perform(get("/api/v1/me").with(basic("district.kathu")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.role").value("DISTRICT_OFFICER"))
			.andExpect(jsonPath("$.districts[0]").value("อำเภอกะทู้"))
			.andExpect(header().doesNotExist(HttpHeaders.SET_COOKIE))
			.andReturn();
		assertThat(me.getRequest().getSession(false)).isNull();
		mvc.perform(get("/api/v1/villages/{id}", mueangVillage).with(basic("district.kathu"))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/villages/{id}", mueangVillage).with(basic("district.mueang"))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/villages").with(basic("district.kathu")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].districtCode", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("8302"))));
		mvc.perform(get("/api/v1/me")).andExpect(status().isUnauthorized());
	}

	// --- audit --------------------------------------------------------------------

	@Test
	void openingAPersonsRecordWritesAnAuditRow() throws Exception {
		Long kathuId = jdbc.queryForObject("select id from user_account where username = 'district.kathu'", Long.class);
		long before = auditViews(kathuId);
		mvc.perform(get("/admin/users/{id}", kathuId).with(user("admin").roles("ADMIN")).with(from("10.9.9.9")))
			.andExpect(status().isOk());
		assertThat(auditViews(kathuId)).isEqualTo(before + 1);
		assertThat(jdbc.queryForObject("select username from audit_entry where action = 'VIEW' and record_id = ?"
				+ " and remote_address = '10.9.9.9'", String.class, String.valueOf(kathuId))).isEqualTo("admin");
		mvc.perform(get("/admin/audit").param("username", "admin").param("action", "VIEW")
			.with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("เปิดดูบัญชีผู้ใช้ district.kathu")));
	}

	// --- administration -----------------------------------------------------------

	@Test
	void anAdministratorCreatesAUserWhoMustChangeHerPasswordAtFirstSignIn() throws Exception {
		Long phuket = jdbc.queryForObject("select id from province where code = '83'", Long.class);
		Long thalang = jdbc.queryForObject("select id from district where code = '8303'", Long.class);
		mvc.perform(post("/admin/users/new").param("username", "new.thalang").param("displayName", "นางสาวใหม่ ถลาง")
			.param("role", "DISTRICT_OFFICER").param("provinceId", phuket.toString()).param("districtIds", thalang.toString())
			.param("password", "Temporary2569").with(csrf()).with(user("admin").roles("ADMIN")))
			.andExpect(status().is3xxRedirection());
		MvcResult login = mvc.perform(post("/login").param("username", "new.thalang").param("password", "Temporary2569")
			.with(csrf()).with(from(nextAddress()))).andExpect(redirectedUrl("/")).andReturn();
		Cookie session = login.getResponse().getCookie("FASTDATA_SESSION");
		mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/account/password"));
		mvc.perform(post("/account/password").param("currentPassword", "Temporary2569").param("newPassword", "short")
			.param("confirmPassword", "short").with(csrf()).cookie(session))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("อย่างน้อย 10 ตัวอักษร")));
		mvc.perform(post("/account/password").param("currentPassword", "Temporary2569").param("newPassword", "MyOwnPass2569")
			.param("confirmPassword", "MyOwnPass2569").with(csrf()).cookie(session)).andExpect(redirectedUrl("/"));
		mvc.perform(get("/").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("อำเภอถลาง")));
	}

	@Test
	void anAdministratorCannotGiveADistrictRoleNoDistrict() throws Exception {
		Long phuket = jdbc.queryForObject("select id from province where code = '83'", Long.class);
		mvc.perform(post("/admin/users/new").param("username", "no.district").param("displayName", "ไม่มีอำเภอ")
			.param("role", "DISTRICT_OFFICER").param("provinceId", phuket.toString()).param("password", "Temporary2569")
			.with(csrf()).with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("ต้องเลือกอำเภออย่างน้อย 1 อำเภอ")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("ไม่มีอำเภอ")));
		assertThat(jdbc.queryForObject("select count(*) from user_account where username = 'no.district'", Long.class)).isZero();
	}

	@Test
	void aLockedAccountCannotSignIn() throws Exception {
		String username = newUser("locked", "DISTRICT_OFFICER");
		Long id = jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
		Cookie openSession = mvc.perform(post("/login").param("username", username).param("password", password)
			.with(csrf()).with(from(nextAddress()))).andReturn().getResponse().getCookie("FASTDATA_SESSION");
		mvc.perform(get("/account/password").cookie(openSession)).andExpect(status().isOk());

		mvc.perform(post("/admin/users/{id}/lock", id).with(csrf()).with(user("admin").roles("ADMIN")))
			.andExpect(status().is3xxRedirection());
		// the session she had open ends at her next request
		mvc.perform(get("/account/password").cookie(openSession)).andExpect(redirectedUrl("/login?ended"));
		mvc.perform(get("/").cookie(openSession)).andExpect(redirectedUrl("/login"));
		MvcResult result = mvc.perform(post("/login").param("username", username).param("password", password)
			.with(csrf()).with(from(nextAddress()))).andExpect(redirectedUrl("/login?error")).andReturn();
		mvc.perform(get("/login").param("error", "").cookie(result.getResponse().getCookie("FASTDATA_SESSION")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("ถูกระงับโดยผู้ดูแลระบบ")));
	}

	@Test
	void theOnlyAdministratorCanNeitherBeLockedNorLoseHerRole() throws Exception {
		Long adminId = jdbc.queryForObject("select id from user_account where username = 'admin'", Long.class);
		Long phuket = jdbc.queryForObject("select id from province where code = '83'", Long.class);
		mvc.perform(post("/admin/users/{id}/lock", adminId).with(csrf()).with(user("admin").roles("ADMIN")))
			.andExpect(redirectedUrl("/admin/users/" + adminId));
		mvc.perform(post("/admin/users/{id}/edit", adminId).param("displayName", "นายระบบ ดูแลดี").param("role", "DIRECTOR")
			.param("provinceId", phuket.toString()).with(csrf()).with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("ต้องมีผู้ดูแลระบบที่ใช้งานได้อย่างน้อย 1 คน")));
		assertThat(jdbc.queryForMap("select role, locked from user_account where id = ?", adminId))
			.containsEntry("role", "ADMIN").containsEntry("locked", false);
	}

	@Test
	void aSecondProvinceCanBeServed() throws Exception {
		Long phangnga = jdbc.queryForObject("select id from province where code = '82'", Long.class);
		mvc.perform(post("/admin/provinces/{id}/serve", phangnga).with(csrf()).with(user("admin").roles("ADMIN")))
			.andExpect(redirectedUrl("/admin/provinces"));
		assertThat(jdbc.queryForObject("select served from province where code = '82'", Boolean.class)).isTrue();
	}

	// --- data and operations --------------------------------------------------------

	@Test
	void everyProvinceDistrictAndSubdistrictIsLoadedAndPhuketMatchesTheHandbook() {
		assertThat(jdbc.queryForObject("select count(*) from province", Long.class)).isEqualTo(77);
		assertThat(jdbc.queryForObject("select count(*) from district", Long.class)).isGreaterThan(900);
		assertThat(jdbc.queryForObject("select count(*) from subdistrict", Long.class)).isGreaterThan(7000);
		assertThat(jdbc.queryForList("select s.code || ' ' || s.name_th from subdistrict s join district d on d.id = s.district_id"
				+ " where d.code like '83%' order by s.code", String.class))
			.containsExactly("830101 ตลาดใหญ่", "830102 ตลาดเหนือ", "830103 เกาะแก้ว", "830104 รัษฎา", "830105 วิชิต",
					"830106 ฉลอง", "830107 ราไวย์", "830108 กะรน", "830201 กะทู้", "830202 ป่าตอง", "830203 กมลา",
					"830301 เทพกระษัตรี", "830302 ศรีสุนทร", "830303 เชิงทะเล", "830304 ป่าคลอก", "830305 ไม้ขาว",
					"830306 สาคู");
		assertThat(jdbc.queryForList("select code || ' ' || name_th from district where code like '83%' order by code",
				String.class)).containsExactly("8301 เมืองภูเก็ต", "8302 กะทู้", "8303 ถลาง");
	}

	@Test
	void healthIsPublicAndMetricsAreForAdministrators() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
		mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
		mvc.perform(get("/actuator/prometheus").with(basic("district.kathu"))).andExpect(status().isForbidden());
		mvc.perform(get("/actuator/prometheus").with(basic("admin"))).andExpect(status().isOk());
	}

	@Test
	void theApiIsDocumentedForSignedInUsersAndSwaggerIsForAdministrators() throws Exception {
		mvc.perform(get("/v3/api-docs")).andExpect(status().isUnauthorized());
		mvc.perform(get("/v3/api-docs").with(basic("district.kathu")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.info.title").value("Fast Data API"))
			.andExpect(jsonPath("$.paths['/api/v1/projects']").exists());
		mvc.perform(get("/swagger-ui/index.html").with(user("district.kathu").roles("DISTRICT_OFFICER")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/swagger-ui/index.html").with(user("admin").roles("ADMIN"))).andExpect(status().isOk());
	}

	@Test
	void pagesSendSecurityHeaders() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("default-src 'self'")))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
	}

	// --- helpers ------------------------------------------------------------------

	private RequestPostProcessor basic(String username) {
		String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes());
		return request -> {
			request.addHeader(HttpHeaders.AUTHORIZATION, "Basic " + token);
			request.setRemoteAddr(nextAddress());
			return request;
		};
	}

	static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	static String nextAddress() {
		int n = ADDRESSES.incrementAndGet();
		return "10.0." + (n / 250) + "." + (n % 250 + 1);
	}

	/** A fresh district officer in Kathu with the demo password. */
	private String newUser(String prefix, String role) throws Exception {
		String username = prefix + "." + ADDRESSES.incrementAndGet();
		Long phuket = jdbc.queryForObject("select id from province where code = '83'", Long.class);
		Long kathu = jdbc.queryForObject("select id from district where code = '8302'", Long.class);
		mvc.perform(post("/admin/users/new").param("username", username).param("displayName", "ผู้ทดสอบ " + username)
			.param("role", role).param("provinceId", phuket.toString()).param("districtIds", kathu.toString())
			.param("password", password).with(csrf()).with(user("admin").roles("ADMIN")))
			.andExpect(status().is3xxRedirection());
		return username;
	}

	private Long villageId(String code) {
		return jdbc.queryForObject("select id from village where code = ?", Long.class, code);
	}

	private Long subdistrictId(String code) {
		return jdbc.queryForObject("select id from subdistrict where code = ?", Long.class, code);
	}

	private long auditCount(String action, String username) {
		return jdbc.queryForObject("select count(*) from audit_entry where action = ? and username = ?", Long.class, action,
				username);
	}

	private long auditViews(Long userId) {
		return jdbc.queryForObject("select count(*) from audit_entry where action = 'VIEW' and record_type = 'UserAccount'"
				+ " and record_id = ?", Long.class, String.valueOf(userId));
	}


}
