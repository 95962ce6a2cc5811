package th.go.cdd.fastdata.notify;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/**
 * With neither LINE nor e-mail configured (the default) every message is still kept in the outbox
 * and shown in the log, and nothing is sent. (The foundation tests' configuration: one context.)
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class NotificationsOffIntegrationTests {

	@Autowired
	Notifications notifications;

	@Autowired
	Dispatcher dispatcher;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void withNoChannelTheOutboxStillRecordsTheMessageAndTheLogShowsIt() throws Exception {
		Long kathu = jdbc.queryForObject("select id from district where code = '8302'", Long.class);
		long id = notifications.publish(Notice.toDistrict(Topic.REPORT_DUE, kathu,
				"รายงานครึ่งเดือนแรกของอำเภอกะทู้ครบกำหนดส่งวันศุกร์นี้", "/"));
		dispatcher.work();
		assertThat(jdbc.queryForObject("select count(*) from notify_delivery where message_id = ?", Long.class, id))
			.isZero();
		mvc.perform(get("/admin/notifications").with(user("admin").roles("ADMIN")))
			.andExpect(content().string(containsString("รายงานครึ่งเดือนแรกของอำเภอกะทู้ครบกำหนดส่งวันศุกร์นี้")))
			.andExpect(content().string(containsString("ยังไม่ได้ตั้งค่า")))
			.andExpect(content().string(containsString("รอส่ง (ยังไม่ถึงรอบ หรือยังไม่ได้ตั้งค่าช่องทางส่ง)")));
	}

}
