package th.go.cdd.fastdata.womenfund.committee;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import th.go.cdd.fastdata.thai.ThaiDates;
import th.go.cdd.fastdata.womenfund.document.DocumentStore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Correcting and removing a committee meeting through HTTP, as the province's staff see it: a
 * corrected date shows, a taken number is refused in Thai keeping what was typed, a held meeting
 * stays as it is, a removed meeting leaves the list with its reports and their files, and only the
 * staff who record meetings may do either.
 * <p>
 * The meetings here are of next B.E. year (numbers 31–39) and dated two months ahead or later, so
 * they neither take the numbers of {@link CommitteeReportJourneys} (the same database when the
 * context is shared) nor come between its meetings and the ones they compare with.
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class CommitteeMeetingCorrectionJourneys {

	static final RequestPostProcessor PROVINCE = user("province").roles("PROVINCE_OFFICER");

	static final RequestPostProcessor DIRECTOR = user("director").roles("DIRECTOR");

	static final RequestPostProcessor COMMITTEE = user("committee.province").roles("PROVINCE_COMMITTEE");

	static final RequestPostProcessor KATHU = user("district.kathu").roles("DISTRICT_OFFICER");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CommitteeMeetings meetings;

	@Autowired
	DocumentStore store;

	@Test
	void aMeetingsDateCorrectedBeforeItIsHeldShowsTheNewDateAndTheCorrectionIsInItsHistory() throws Exception {
		LocalDate on = day(70);
		Long id = meeting(31, on);
		LocalDate corrected = on.plusDays(1);
		mvc.perform(correction(id, 31, corrected, on.minusDays(20), corrected).with(PROVINCE))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/womenfund/committee/meetings/" + id))
			.andExpect(flash().attribute("message", containsString("บันทึกการแก้ไขข้อมูลการประชุมแล้ว")));

		mvc.perform(get("/womenfund/committee/meetings/" + id).with(PROVINCE))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(ThaiDates.longDate(corrected))))
			.andExpect(content().string(not(containsString(ThaiDates.longDate(on)))))
			// who corrected what, on the meeting's page
			.andExpect(content().string(containsString("แก้ไขข้อมูลการประชุม ครั้งที่ 31/" + year())))
			.andExpect(content().string(containsString(
					"วันประชุม " + ThaiDates.shortDate(on) + " → " + ThaiDates.shortDate(corrected))));
		mvc.perform(get("/womenfund/committee").with(PROVINCE))
			.andExpect(content().string(containsString(ThaiDates.shortDate(corrected))));
		assertThat(this.jdbc.queryForObject("select count(*) from audit_entry where record_type = 'CommitteeMeeting'"
				+ " and record_id = ? and action = 'UPDATE' and username = 'province' and before_state like ?",
				Long.class, String.valueOf(id), "%" + ThaiDates.shortDate(on) + "%")).isEqualTo(1);

		// the edit form holds what is stored
		mvc.perform(get("/womenfund/committee/meetings/" + id + "/edit").with(PROVINCE))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + ThaiDates.shortDate(corrected) + "\"")));
	}

	@Test
	void aNumberAlreadyTakenIsRefusedInThaiKeepingWhatWasTyped() throws Exception {
		Long first = meeting(32, day(75));
		Long second = meeting(33, day(76));
		String typedDay = "9/9/" + (year() - 1);
		mvc.perform(post("/womenfund/committee/meetings/" + second + "/edit").param("number", "32")
			.param("year", String.valueOf(year()))
			.param("meetingOn", typedDay)
			.param("periodFrom", "")
			.param("periodTo", "")
			.with(csrf())
			.with(PROVINCE))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("มีการประชุมครั้งที่ 32/" + year() + " แล้ว")))
			.andExpect(content().string(containsString("value=\"" + typedDay + "\"")))
			.andExpect(content().string(containsString("value=\"32\"")));
		assertThat(this.jdbc.queryForObject("select meeting_no from wf_committee_meeting where id = ?", Integer.class,
				second)).isEqualTo(33);
		// a period ending before it starts is refused as on a new meeting
		mvc.perform(correction(second, 33, day(76), day(76), day(60)).with(PROVINCE))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("วันเริ่มต้นต้องไม่อยู่หลังวันสิ้นสุด")));
		// keeping its own number is no clash
		mvc.perform(correction(first, 32, day(75), day(50), day(75)).with(PROVINCE))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void aHeldMeetingCannotBeCorrectedNorRemoved() throws Exception {
		Long id = meeting(34, day(80));
		mvc.perform(post("/womenfund/committee/meetings/" + id + "/report").with(csrf()).with(PROVINCE));
		mvc.perform(post("/womenfund/committee/meetings/" + id + "/held").with(csrf()).with(PROVINCE))
			.andExpect(flash().attribute("message", containsString("บันทึกว่าประชุมแล้ว")));

		mvc.perform(get("/womenfund/committee/meetings/" + id).with(PROVINCE))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/meetings/" + id + "/edit"))))
			.andExpect(content().string(not(containsString("/meetings/" + id + "/delete"))));
		mvc.perform(get("/womenfund/committee/meetings/" + id + "/edit").with(PROVINCE))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("ไม่ได้ เพราะบันทึกว่าประชุมแล้ว")))
			// the refusal is a page of the application: her name and the menus are on it
			.andExpect(content().string(containsString("class=\"who-name\"")))
			.andExpect(content().string(containsString("aria-label=\"เมนูหลัก\"")));
		mvc.perform(correction(id, 34, day(81), day(50), day(81)).with(PROVINCE))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("แก้ไขการประชุม ครั้งที่ 34/" + year() + " ไม่ได้")));
		mvc.perform(post("/womenfund/committee/meetings/" + id + "/delete").with(csrf()).with(PROVINCE))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("ลบการประชุม ครั้งที่ 34/" + year() + " ไม่ได้")));
		assertThat(this.jdbc.queryForObject("select meeting_on from wf_committee_meeting where id = ?", LocalDate.class,
				id)).isEqualTo(day(80));
		assertThat(this.jdbc.queryForObject("select count(*) from wf_committee_report where meeting_id = ?", Long.class,
				id)).isEqualTo(1);
	}

	@Test
	void aCorrectionAfterTheReportAsksForANewOneBeforeTheMeetingIsHeld() throws Exception {
		Long id = meeting(35, day(85));
		String page = "/womenfund/committee/meetings/" + id;
		mvc.perform(post(page + "/report").with(csrf()).with(PROVINCE));
		mvc.perform(correction(id, 35, day(85), day(40), day(85)).with(PROVINCE))
			.andExpect(flash().attribute("message", containsString("กรุณาสร้างรายงานใหม่")));
		mvc.perform(get(page).with(PROVINCE))
			.andExpect(content().string(containsString("ข้อมูลการประชุมแก้ไขหลังสร้างรายงาน")));
		mvc.perform(get("/womenfund/committee").with(PROVINCE))
			.andExpect(content().string(containsString("ต้องสร้างใหม่")));
		mvc.perform(post(page + "/held").with(csrf()).with(PROVINCE))
			.andExpect(flash().attribute("problem", containsString("กรุณาสร้างรายงานใหม่")));
		assertThat(this.jdbc.queryForObject("select held_at from wf_committee_meeting where id = ?", Object.class, id))
			.isNull();

		mvc.perform(post(page + "/report").with(csrf()).with(PROVINCE))
			.andExpect(flash().attribute("message", containsString("ฉบับที่ 2")));
		mvc.perform(get(page).with(PROVINCE))
			.andExpect(content().string(not(containsString("ข้อมูลการประชุมแก้ไขหลังสร้างรายงาน"))));
		mvc.perform(post(page + "/held").with(csrf()).with(PROVINCE))
			.andExpect(flash().attribute("message", containsString("บันทึกว่าประชุมแล้ว")));
	}

	@Test
	void removingAMeetingTakesItsReportsAndTheirFilesFromTheList() throws Exception {
		// the latest of these tests' meetings, so no other meeting's report compares with its report
		Long id = meeting(36, day(300));
		String page = "/womenfund/committee/meetings/" + id;
		mvc.perform(post(page + "/report").with(csrf()).with(PROVINCE));
		mvc.perform(post(page + "/report").with(csrf()).with(PROVINCE));
		List<String> keys = new ArrayList<>();
		this.jdbc.query("select xlsx_key, pdf_key from wf_committee_report where meeting_id = ?", rs -> {
			keys.add(rs.getString(1));
			keys.add(rs.getString(2));
		}, id);
		assertThat(keys).hasSize(4);
		for (String key : keys) {
			assertThat(this.store.exists(key)).isTrue();
		}

		// first the confirmation step, which removes nothing
		mvc.perform(get(page + "/delete").with(PROVINCE))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ยืนยันลบการประชุม")))
			.andExpect(content().string(containsString("ทั้ง 2 ฉบับ")));
		mvc.perform(get("/womenfund/committee").with(PROVINCE))
			.andExpect(content().string(containsString("ครั้งที่ 36/" + year())));

		mvc.perform(post(page + "/delete").with(csrf()).with(PROVINCE))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("message", containsString("และรายงาน 2 ฉบับแล้ว")));
		mvc.perform(get("/womenfund/committee").with(PROVINCE))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("ครั้งที่ 36/" + year()))));
		mvc.perform(get(page).with(PROVINCE)).andExpect(status().isNotFound());
		assertThat(this.jdbc.queryForObject("select count(*) from wf_committee_report where meeting_id = ?", Long.class,
				id)).isZero();
		for (String key : keys) {
			assertThat(this.store.exists(key)).as(key).isFalse();
		}
		assertThat(this.jdbc.queryForObject("select count(*) from audit_entry where record_type = 'CommitteeMeeting'"
				+ " and record_id = ? and action = 'DELETE' and username = 'province'", Long.class, String.valueOf(id)))
			.isEqualTo(1);
	}

	@Test
	void aMeetingWhoseReportALaterReportComparesWithIsNotRemoved() throws Exception {
		Long earlier = meeting(37, day(200));
		Long later = meeting(38, day(210));
		mvc.perform(post("/womenfund/committee/meetings/" + earlier + "/report").with(csrf()).with(PROVINCE));
		mvc.perform(post("/womenfund/committee/meetings/" + later + "/report").with(csrf()).with(PROVINCE));
		mvc.perform(get("/womenfund/committee/meetings/" + earlier + "/delete").with(PROVINCE))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ลบไม่ได้ เพราะรายงานของการประชุม ครั้งที่ 38/" + year())))
			.andExpect(content().string(not(containsString("ยืนยันลบการประชุม"))));
		mvc.perform(post("/womenfund/committee/meetings/" + earlier + "/delete").with(csrf()).with(PROVINCE))
			.andExpect(status().isConflict());
		assertThat(this.jdbc.queryForObject("select count(*) from wf_committee_meeting where id = ?", Long.class,
				earlier)).isEqualTo(1);
	}

	@Test
	void onlyTheStaffWhoRecordMeetingsCorrectOrRemoveThemAndOnlyInTheirProvince() throws Exception {
		Long id = meeting(39, day(90));
		for (RequestPostProcessor reader : List.of(DIRECTOR, COMMITTEE, KATHU)) {
			mvc.perform(get("/womenfund/committee/meetings/" + id + "/edit").with(reader))
				.andExpect(status().isForbidden());
			mvc.perform(correction(id, 39, day(91), day(50), day(91)).with(reader)).andExpect(status().isForbidden());
			mvc.perform(get("/womenfund/committee/meetings/" + id + "/delete").with(reader))
				.andExpect(status().isForbidden());
			mvc.perform(post("/womenfund/committee/meetings/" + id + "/delete").with(csrf()).with(reader))
				.andExpect(status().isForbidden());
		}
		// the director reads the page without the buttons
		mvc.perform(get("/womenfund/committee/meetings/" + id).with(DIRECTOR))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/meetings/" + id + "/edit"))))
			.andExpect(content().string(not(containsString("/meetings/" + id + "/delete"))));
		// without the form's CSRF token nothing happens
		mvc.perform(post("/womenfund/committee/meetings/" + id + "/delete").with(PROVINCE))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.queryForObject("select meeting_on from wf_committee_meeting where id = ?", LocalDate.class,
				id)).isEqualTo(day(90));

		// not the province CommitteeReportJourneys puts its foreign meeting in: it reads that one by province alone
		Long other = this.jdbc.queryForObject("select max(id) from province where code <> '83'", Long.class);
		this.jdbc.update("insert into wf_committee_meeting (province_id, meeting_no, meeting_year, meeting_on, period_from,"
				+ " period_to, created_at, created_by) values (?, 31, ?, ?, ?, ?, current_timestamp, 'test')", other, year(),
				day(90), day(60), day(90));
		Long foreign = this.jdbc.queryForObject("select id from wf_committee_meeting where province_id = ?"
				+ " and meeting_no = 31 and meeting_year = ?", Long.class, other, year());
		mvc.perform(get("/womenfund/committee/meetings/" + foreign + "/edit").with(PROVINCE))
			.andExpect(status().isNotFound());
		mvc.perform(correction(foreign, 31, day(91), day(60), day(91)).with(PROVINCE)).andExpect(status().isNotFound());
		mvc.perform(get("/womenfund/committee/meetings/" + foreign + "/delete").with(PROVINCE))
			.andExpect(status().isNotFound());
		mvc.perform(post("/womenfund/committee/meetings/" + foreign + "/delete").with(csrf()).with(PROVINCE))
			.andExpect(status().isNotFound());
		assertThat(this.jdbc.queryForObject("select count(*) from wf_committee_meeting where id = ?", Long.class,
				foreign)).isEqualTo(1);
	}

	/** Next B.E. year: no meeting of the other committee tests is numbered in it. */
	private int year() {
		return ThaiDates.buddhistYear(this.meetings.today()) + 1;
	}

	private LocalDate day(int daysAhead) {
		return this.meetings.today().plusDays(daysAhead);
	}

	private Long meeting(int number, LocalDate on) throws Exception {
		String location = mvc.perform(post("/womenfund/committee").param("number", String.valueOf(number))
			.param("year", String.valueOf(year()))
			.param("meetingOn", ThaiDates.shortDate(on))
			.param("periodFrom", ThaiDates.shortDate(on.minusDays(30)))
			.param("periodTo", ThaiDates.shortDate(on))
			.with(csrf())
			.with(PROVINCE)).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		return Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
	}

	private MockHttpServletRequestBuilder correction(Long id, int number, LocalDate on, LocalDate from,
			LocalDate to) {
		return post("/womenfund/committee/meetings/" + id + "/edit").param("number", String.valueOf(number))
			.param("year", String.valueOf(year()))
			.param("meetingOn", ThaiDates.shortDate(on))
			.param("periodFrom", ThaiDates.shortDate(from))
			.param("periodTo", ThaiDates.shortDate(to))
			.with(csrf());
	}

}
