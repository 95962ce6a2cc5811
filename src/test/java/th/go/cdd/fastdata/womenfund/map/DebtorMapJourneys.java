package th.go.cdd.fastdata.womenfund.map;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The debtor map through HTTP on the demo data: a district officer's map shows only her district's
 * houses and no national ID; another district's project is not found; every location set is kept as
 * history and every view of it is logged; a point outside Thailand is refused in Thai; old Google My
 * Maps pins come in after a preview, all or nothing; exports are logged as exports.
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class DebtorMapJourneys {

	static final RequestPostProcessor KATHU = user("district.kathu").roles("DISTRICT_OFFICER");

	static final RequestPostProcessor KATHU_COMMITTEE = user("committee.kathu").roles("DISTRICT_COMMITTEE");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aDistrictOfficersMapShowsOnlyHerDistrictAndNoNationalId() throws Exception {
		String body = mvc.perform(get("/api/v1/map/points").with(KATHU))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("application/geo+json")))
			.andExpect(jsonPath("$.type").value("FeatureCollection"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		List<String> districts = JsonPath.read(body, "$.features[*].properties.district");
		Long located = jdbc.queryForObject("""
				select count(*) from wf_project p join district d on d.id = p.district_id
				where d.code = '8302' and exists (select 1 from wf_project_location l
				  where l.project_id = p.id and l.superseded_at is null)""", Long.class);
		assertThat(located).isPositive();
		assertThat(districts).hasSize(located.intValue()).containsOnly("อำเภอกะทู้");
		// longitude first (RFC 7946), inside Phuket
		List<Double> longitudes = JsonPath.read(body, "$.features[*].geometry.coordinates[0]");
		assertThat(longitudes).allSatisfy(lon -> assertThat(lon).isBetween(98.2, 98.5));
		List<String> nextActions = JsonPath.read(body, "$.features[*].properties.nextAction");
		assertThat(nextActions).isNotEmpty();
		String someId = jdbc.queryForObject("""
				select pe.national_id from wf_person pe join wf_project_member m on m.person_id = pe.id
				join wf_project p on p.id = m.project_id join district d on d.id = p.district_id
				where d.code = '8302' order by pe.id limit 1""", String.class);
		assertThat(body).doesNotContain(someId).doesNotContainIgnoringCase("nationalId");

		// asking for another district gives nothing, not its points
		mvc.perform(get("/api/v1/map/points").param("districtCode", "8301").with(KATHU))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.features.length()").value(0));
		mvc.perform(get("/api/v1/map/points").param("group", "BROKE").with(KATHU))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("group"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("กลุ่มสถานะไม่ถูกต้อง")));
		// the province sees all three districts; filters narrow it
		String province = mvc.perform(get("/api/v1/map/points").param("group", "TIME_BARRED").param("districtCode", "8303")
			.with(user("province").roles("PROVINCE_OFFICER"))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		List<String> groups = JsonPath.read(province, "$.features[*].properties.statusGroup");
		assertThat(groups).isNotEmpty().containsOnly("TIME_BARRED");
		assertThat(audits("VIEW", null)).isPositive();
	}

	@Test
	void anotherDistrictsProjectLocationIsNotFound() throws Exception {
		Long mueang = projectIn("8301");
		mvc.perform(get("/womenfund/projects/{id}/location", mueang).with(KATHU)).andExpect(status().isNotFound());
		mvc.perform(post("/womenfund/projects/{id}/location", mueang).param("latitude", "7.9").param("longitude", "98.3")
			.param("method", "MAP_CLICK").with(csrf()).with(KATHU)).andExpect(status().isNotFound());
		mvc.perform(get("/womenfund/projects/{id}/location", 999_999_999L).with(KATHU)).andExpect(status().isNotFound());
	}

	@Test
	void everyLocationIsKeptAsHistoryAndEveryViewIsLogged() throws Exception {
		Long project = projectIn("8302");
		int before = jdbc.queryForObject("select count(*) from wf_project_location where project_id = ?", Integer.class, project);
		mvc.perform(post("/womenfund/projects/{id}/location", project).param("latitude", "7.912345")
			.param("longitude", "98.301234").param("method", "MAP_CLICK").with(csrf()).with(KATHU))
			.andExpect(redirectedUrl("/womenfund/projects/" + project + "/location"));
		mvc.perform(post("/womenfund/projects/{id}/location", project).param("latitude", "7.9131")
			.param("longitude", "98.3022").param("accuracy", "12.4").param("method", "GPS")
			.param("note", "บ้านหลังที่สองหลังร้านค้า").with(csrf()).with(KATHU))
			.andExpect(redirectedUrl("/womenfund/projects/" + project + "/location"));

		List<Map<String, Object>> rows = jdbc.queryForList("""
				select method, accuracy_m, note, recorded_by, superseded_at from wf_project_location
				where project_id = ? order by id""", project);
		assertThat(rows).hasSize(before + 2);
		assertThat(rows.stream().filter(r -> r.get("superseded_at") == null)).hasSize(1);
		Map<String, Object> current = rows.get(rows.size() - 1);
		assertThat(current.get("superseded_at")).isNull();
		assertThat(current.get("method")).isEqualTo("GPS");
		assertThat(((Number) current.get("accuracy_m")).intValue()).isEqualTo(12);
		assertThat(current.get("recorded_by")).isEqualTo("district.kathu");
		assertThat(rows.get(rows.size() - 2).get("superseded_at")).isNotNull();
		// the borrower's record shows the same house
		assertThat(jdbc.queryForObject("""
				select cast(pe.latitude as varchar(20)) from wf_person pe where pe.id =
				  (select min(person_id) from wf_project_member where project_id = ? and member_role = 'BORROWER')""",
				String.class, project)).startsWith("7.9131");
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where record_type = 'ProjectLocation'"
				+ " and record_id = ? and action in ('CREATE', 'UPDATE')", Long.class, String.valueOf(project))).isGreaterThanOrEqualTo(2);

		long views = audits("VIEW", project);
		mvc.perform(get("/womenfund/projects/{id}/location", project).with(KATHU_COMMITTEE))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("บ้านหลังที่สองหลังร้านค้า")))
			.andExpect(content().string(containsString("±12 เมตร")))
			// the faint neighbours drawn for orientation are her district's only
			.andExpect(content().string(containsString("data-points-url=\"/api/v1/map/points?districtCode=8302\"")))
			.andExpect(content().string(containsString("7.912345, 98.301234")))
			.andExpect(content().string(containsString("google.com/maps/dir/?api=1&amp;destination=7.913100,98.302200")))
			// read-only roles see the history, not the capture form
			.andExpect(content().string(not(containsString("id=\"location-form\""))));
		assertThat(audits("VIEW", project)).isEqualTo(views + 1);
		// the project page shows where the house is
		mvc.perform(get("/womenfund/projects/{id}", project).with(KATHU))
			.andExpect(content().string(containsString("ทางไปบ้าน: บ้านหลังที่สองหลังร้านค้า")));
		// a committee member may look, not set
		mvc.perform(post("/womenfund/projects/{id}/location", project).param("latitude", "7.9").param("longitude", "98.3")
			.with(csrf()).with(KATHU_COMMITTEE)).andExpect(status().isForbidden());
	}

	@Test
	void coordinatesTypedOnTheBorrowersRecordBecomeHerProjectsLocation() throws Exception {
		Long project = jdbc.queryForObject("""
				select p.id from wf_project p join district d on d.id = p.district_id
				where d.code = '8303' order by p.id limit 1""", Long.class);
		Map<String, Object> borrower = jdbc.queryForMap("""
				select id, first_name, last_name from wf_person where id =
				  (select min(person_id) from wf_project_member where project_id = ? and member_role = 'BORROWER')""", project);
		mvc.perform(post("/womenfund/people/{id}/edit", borrower.get("id")).param("firstName", (String) borrower.get("first_name"))
			.param("lastName", (String) borrower.get("last_name")).param("latitude", "8.0412").param("longitude", "98.3301")
			.with(csrf()).with(user("province").roles("PROVINCE_OFFICER")))
			.andExpect(status().is3xxRedirection());
		Map<String, Object> current = jdbc.queryForMap("""
				select method, cast(latitude as varchar(20)) lat, recorded_by from wf_project_location
				where project_id = ? and superseded_at is null""", project);
		assertThat(current.get("method")).isEqualTo("PERSON_RECORD");
		assertThat((String) current.get("lat")).startsWith("8.0412");
		assertThat(current.get("recorded_by")).isEqualTo("province");
	}

	@Test
	void aPointOutsideThailandIsRefusedInThaiAndNothingIsStored() throws Exception {
		Long project = projectIn("8302");
		int before = jdbc.queryForObject("select count(*) from wf_project_location where project_id = ?", Integer.class, project);
		// London, and Phuket with latitude and longitude swapped
		for (String[] point : new String[][] { { "51.5072", "-0.1276" }, { "98.3", "7.9" } }) {
			mvc.perform(post("/womenfund/projects/{id}/location", project).param("latitude", point[0])
				.param("longitude", point[1]).param("method", "MAP_CLICK").with(csrf()).with(KATHU))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("พิกัดอยู่นอกประเทศไทย")))
				.andExpect(content().string(containsString("value=\"" + point[0] + "\"")));
		}
		mvc.perform(post("/womenfund/projects/{id}/location", project).param("latitude", "เจ็ด").param("longitude", "")
			.param("method", "MAP_CLICK").with(csrf()).with(KATHU))
			.andExpect(content().string(containsString("ละติจูดต้องเป็นตัวเลขทศนิยม")))
			.andExpect(content().string(containsString("กรุณาระบุลองจิจูด")));
		assertThat(jdbc.queryForObject("select count(*) from wf_project_location where project_id = ?", Integer.class, project))
			.isEqualTo(before);
	}

	@Test
	void oldMyMapsPinsAreMatchedByCodePreviewedAndAppliedAllOrNothing() throws Exception {
		String[] kathu = jdbc.queryForObject("""
				select p.code || ' ' || p.id from wf_project p join district d on d.id = p.district_id
				where d.code = '8302' order by p.id desc limit 1""", String.class).split(" ");
		String[] kathu2 = jdbc.queryForObject("""
				select p.code || ' ' || p.id from wf_project p join district d on d.id = p.district_id
				where d.code = '8302' order by p.id desc limit 1 offset 1""", String.class).split(" ");
		String mueang = jdbc.queryForObject("select code from wf_project where id = ?", String.class, projectIn("8301"));
		String kml = """
				<?xml version="1.0" encoding="UTF-8"?>
				<kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>ลูกหนี้กะทู้</name>
				<Placemark><name>%s บ้านป้าศรี</name><description><![CDATA[ซอยข้างวัด<br>บ้านสีฟ้า]]></description>
				  <Point><coordinates>98.3011,7.9102,0</coordinates></Point></Placemark>
				<Placemark><name>กลุ่มทำขนม</name><ExtendedData><Data name="รหัส"><value>%s</value></Data></ExtendedData>
				  <Point><coordinates>98.3021,7.9112</coordinates></Point></Placemark>
				<Placemark><name>บ้านไม่มีรหัส</name><Point><coordinates>98.31,7.92,0</coordinates></Point></Placemark>
				<Placemark><name>%s</name><Point><coordinates>98.38,7.88,0</coordinates></Point></Placemark>
				<Placemark><name>%s ปักผิดที่</name><Point><coordinates>7.91,98.30,0</coordinates></Point></Placemark>
				</Document></kml>""".formatted(kathu[0], kathu2[0].toLowerCase(), mueang, kathu[0]);
		int before = jdbc.queryForObject("select count(*) from wf_project_location", Integer.class);
		// sessions live in the database (Spring Session): the preview follows the session cookie
		jakarta.servlet.http.Cookie session = mvc.perform(multipart("/womenfund/map/import").file(new MockMultipartFile("file",
				"my-maps.kmz", "application/vnd.google-earth.kmz", kmz(kml))).with(csrf()).with(KATHU))
			.andExpect(redirectedUrl("/womenfund/map/import"))
			.andReturn().getResponse().getCookie("FASTDATA_SESSION");
		assertThat(session).isNotNull();
		String preview = mvc.perform(get("/womenfund/map/import").cookie(session).with(KATHU))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(preview).contains("ไฟล์ my-maps.kmz: 5 หมุด")
			.contains("ยืนยันนำเข้า 2 โครงการ")
			.contains("ไม่พบรหัสโครงการ")
			.contains("โครงการอยู่นอกพื้นที่ของท่าน")
			.contains("พิกัดอยู่นอกประเทศไทย");
		// nothing stored until confirmed
		assertThat(jdbc.queryForObject("select count(*) from wf_project_location", Integer.class)).isEqualTo(before);

		String token = preview.replaceAll("(?s).*name=\"token\" value=\"([^\"]+)\".*", "$1");
		mvc.perform(post("/womenfund/map/import/apply").param("token", "not-the-token").cookie(session).with(csrf()).with(KATHU))
			.andExpect(redirectedUrl("/womenfund/map/import"));
		assertThat(jdbc.queryForObject("select count(*) from wf_project_location", Integer.class)).isEqualTo(before);
		mvc.perform(post("/womenfund/map/import/apply").param("token", token).cookie(session).with(csrf()).with(KATHU))
			.andExpect(redirectedUrl("/womenfund/map"));
		assertThat(jdbc.queryForObject("select count(*) from wf_project_location", Integer.class)).isEqualTo(before + 2);
		Map<String, Object> imported = jdbc.queryForMap("""
				select method, cast(latitude as varchar(20)) lat, note from wf_project_location
				where project_id = ? and superseded_at is null""", Long.valueOf(kathu[1]));
		assertThat(imported.get("method")).isEqualTo("KML_IMPORT");
		assertThat((String) imported.get("lat")).startsWith("7.9102");
		assertThat((String) imported.get("note")).contains("บ้านป้าศรี").contains("ซอยข้างวัด บ้านสีฟ้า");
		assertThat(jdbc.queryForObject("select method from wf_project_location where project_id = ? and superseded_at is null",
				String.class, Long.valueOf(kathu2[1]))).isEqualTo("KML_IMPORT");
		// the other district's project was left alone
		assertThat(jdbc.queryForObject("""
				select count(*) from wf_project_location l join wf_project p on p.id = l.project_id
				where p.code = ? and l.method = 'KML_IMPORT'""", Integer.class, mueang)).isZero();
		// a second apply of the same preview stores nothing more
		mvc.perform(post("/womenfund/map/import/apply").param("token", token).cookie(session).with(csrf()).with(KATHU));
		assertThat(jdbc.queryForObject("select count(*) from wf_project_location", Integer.class)).isEqualTo(before + 2);
	}

	@Test
	void aFileThatIsNotKmlIsRefusedInThai() throws Exception {
		mvc.perform(multipart("/womenfund/map/import").file(new MockMultipartFile("file", "pins.kml",
				"application/vnd.google-earth.kml+xml", "%PDF-1.4 not a map".getBytes(StandardCharsets.UTF_8)))
			.with(csrf()).with(KATHU))
			.andExpect(redirectedUrl("/womenfund/map/import"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("problem", containsString("ไฟล์นี้ไม่ใช่ KML หรือ KMZ")));
	}

	@Test
	void theFilteredPointsExportToKmlAndCsvAndEachExportIsLogged() throws Exception {
		long exports = jdbc.queryForObject("select count(*) from audit_entry where action = 'EXPORT' and record_type = 'ProjectLocation'",
				Long.class);
		String kml = mvc.perform(get("/womenfund/map/export.kml").param("group", "OVERDUE").with(KATHU))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("application/vnd.google-earth.kml+xml")))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(kml).contains("<kml xmlns=\"http://www.opengis.net/kml/2.2\">").contains("<styleUrl>#OVERDUE</styleUrl>")
			.doesNotContain("#NORMAL</styleUrl>").contains("LM-83-");
		byte[] csv = mvc.perform(get("/womenfund/map/export.csv").with(KATHU))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		String text = new String(csv, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFFรหัสโครงการ,ชื่อโครงการ").contains("อำเภอกะทู้").doesNotContain("อำเภอถลาง");
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'EXPORT' and record_type = 'ProjectLocation'",
				Long.class)).isEqualTo(exports + 2);
		// what an export says exists, in the KML format this import reads back
		assertThat(KmlPins.read(kml.getBytes(StandardCharsets.UTF_8))).isNotEmpty()
			.allSatisfy(pin -> assertThat(pin.latitude()).isBetween(7.7, 8.2));
	}

	@Test
	void theMapPageListsHerAreasAndHidesTheImportFromReadOnlyRoles() throws Exception {
		mvc.perform(get("/womenfund/map").with(KATHU))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("แผนที่ลูกหนี้")))
			.andExpect(content().string(containsString("ตำบลป่าตอง")))
			.andExpect(content().string(not(containsString("ตำบลฉลอง"))))
			.andExpect(content().string(containsString("/webjars/leaflet/1.9.4/dist/leaflet.js")))
			.andExpect(content().string(containsString("นำเข้าหมุดจาก KML/KMZ")));
		mvc.perform(get("/womenfund/map").with(KATHU_COMMITTEE))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("นำเข้าหมุดจาก KML/KMZ"))));
		mvc.perform(get("/womenfund/map/import").with(KATHU_COMMITTEE)).andExpect(status().isForbidden());
		mvc.perform(get("/webjars/leaflet-markercluster/1.4.1/leaflet.markercluster.js")).andExpect(status().isOk());
		// the province lists its subdistricts with their districts; a chosen district, its own only
		RequestPostProcessor province = user("province").roles("PROVINCE_OFFICER");
		mvc.perform(get("/womenfund/map").with(province))
			.andExpect(content().string(containsString("ตำบลป่าตอง (อำเภอกะทู้)")))
			.andExpect(content().string(containsString("ตำบลฉลอง (อำเภอเมืองภูเก็ต)")));
		mvc.perform(get("/womenfund/map").param("districtCode", "8302").with(province))
			.andExpect(content().string(containsString("ตำบลป่าตอง")))
			.andExpect(content().string(not(containsString("ตำบลฉลอง"))));
	}

	Long projectIn(String districtCode) {
		return jdbc.queryForObject("""
				select p.id from wf_project p join district d on d.id = p.district_id
				where d.code = ? order by p.id limit 1""", Long.class, districtCode);
	}

	long audits(String action, Long projectId) {
		return projectId == null
				? jdbc.queryForObject("select count(*) from audit_entry where action = ? and record_type = 'ProjectLocation'",
						Long.class, action)
				: jdbc.queryForObject("select count(*) from audit_entry where action = ? and record_type = 'ProjectLocation'"
						+ " and record_id = ?", Long.class, action, String.valueOf(projectId));
	}

	static byte[] kmz(String kml) throws java.io.IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("doc.kml"));
			zip.write(kml.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return bytes.toByteArray();
	}

}
