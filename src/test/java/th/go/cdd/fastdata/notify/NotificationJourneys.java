package th.go.cdd.fastdata.notify;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import th.go.cdd.fastdata.womenfund.ImportFinished;

import th.go.cdd.fastdata.thai.ThaiDates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Notifications on the demo data, delivered to a local LINE stub and a local SMTP server
 * (GreenMail), with retries made fast by configuration: a failed push retried until it succeeds,
 * one that gives up and is sent again by an administrator, preferences respected, an LM import
 * that tells the user who uploaded it, the daily limitation reminder once per district.
 */
@SpringBootTest(properties = { "fastdata.notify.poll-interval=100ms", "fastdata.notify.max-attempts=3",
		"fastdata.notify.first-retry=50ms", "fastdata.notify.max-retry=200ms",
		"fastdata.notify.line.channel-access-token=test-token", "fastdata.notify.mail-from=fastdata@example.go.th",
		"fastdata.notify.base-url=https://fastdata.example.go.th/", "fastdata.notify.limitation-days=3650",
		"spring.mail.host=127.0.0.1", "fastdata.womenfund.import-dir=target/test-imports" })
@AutoConfigureMockMvc
abstract class NotificationJourneys {

	static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

	static final RequestPostProcessor PROVINCE = user("province").roles("PROVINCE_OFFICER");

	static final RequestPostProcessor KATHU = user("district.kathu").roles("DISTRICT_OFFICER");

	static final Duration PATIENCE = Duration.ofSeconds(20);

	static final LineStub LINE = new LineStub();

	static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

	static {
		SMTP.start();
	}

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		registry.add("fastdata.notify.line.api-url", LINE::url);
		registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
	}

	@AfterAll
	static void clearMail() throws Exception {
		SMTP.purgeEmailFromAllMailboxes();
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Notifications notifications;

	@Autowired
	WomenFundNotices womenFundNotices;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Test
	void aFailedPushIsRetriedWithTheSameKeyAndSucceeds() throws Exception {
		String group = lineId('C');
		registerGroup(group, "กลุ่มไลน์พัฒนากรอำเภอกะทู้", kathu(), "HEARING_TOMORROW");
		LINE.answer(group, 500);

		notifications.publish(Notice.toDistrict(Topic.HEARING_TOMORROW, kathu(),
				"พรุ่งนี้ 09:00 น. นัดพิจารณาคดีโครงการ LM-8302-0001 ที่ศาลจังหวัดภูเก็ต", "/womenfund"));

		await().atMost(PATIENCE).until(() -> "SENT".equals(stateOf(group)));
		List<LineStub.Push> pushes = LINE.pushesTo(group);
		assertThat(pushes).hasSize(2);
		assertThat(pushes).extracting(LineStub.Push::retryKey).doesNotContainNull().containsOnly(pushes.get(0).retryKey());
		assertThat(pushes.get(1).authorization()).isEqualTo("Bearer test-token");
		// LINE's API is sent a plain body with its length, not a chunked one
		assertThat(pushes.get(1).contentLength()).isNotNull();
		assertThat(pushes.get(1).body()).contains("นัดพิจารณาคดี").contains("https://fastdata.example.go.th/womenfund");
		assertThat(jdbc.queryForList("select a.succeeded from notify_attempt a join notify_delivery d on d.id = a.delivery_id"
				+ " where d.target = ? order by a.id", Boolean.class, group)).containsExactly(false, true);

		mvc.perform(get("/admin/notifications").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("กลุ่มไลน์พัฒนากรอำเภอกะทู้")))
			.andExpect(content().string(containsString("HTTP 500")))
			.andExpect(content().string(containsString("ส่งแล้ว")));
	}

	@Test
	void aPushThatKeepsFailingGivesUpShowsInTheLogAndCanBeSentAgain() throws Exception {
		String group = lineId('C');
		registerGroup(group, "กลุ่มไลน์ที่ส่งไม่ถึง", kathu(), "REPORT_LATE");
		LINE.answer(group, 500, 503, 500);

		notifications.publish(Notice.toDistrict(Topic.REPORT_LATE, kathu(),
				"อำเภอกะทู้ยังไม่ได้ส่งรายงานครึ่งเดือนแรกของเดือนพฤศจิกายน", "/"));

		await().atMost(PATIENCE).until(() -> "GAVE_UP".equals(stateOf(group)));
		assertThat(LINE.pushesTo(group)).hasSize(3);
		String log = mvc.perform(get("/admin/notifications").param("failed", "true").with(ADMIN))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(log).contains("กลุ่มไลน์ที่ส่งไม่ถึง").contains("ส่งไม่สำเร็จ (หยุดลองแล้ว)").contains("HTTP 503")
			.contains("ส่งใหม่ตอนนี้");
		Long delivery = jdbc.queryForObject("select id from notify_delivery where target = ?", Long.class, group);

		// a district officer may not see the log nor send again
		mvc.perform(get("/admin/notifications").with(KATHU)).andExpect(status().isForbidden());
		mvc.perform(post("/admin/notifications/deliveries/{id}/retry", delivery).with(csrf()).with(KATHU))
			.andExpect(status().isForbidden());

		mvc.perform(post("/admin/notifications/deliveries/{id}/retry", delivery).with(csrf()).with(ADMIN))
			.andExpect(redirectedUrl("/admin/notifications?failed=true"));
		await().atMost(PATIENCE).until(() -> "SENT".equals(stateOf(group)));
		assertThat(LINE.pushesTo(group)).hasSize(4);
		assertThat(jdbc.queryForObject("select count(*) from notify_attempt a join notify_delivery d on d.id = a.delivery_id"
				+ " where d.target = ?", Long.class, group)).isEqualTo(4);
	}

	@Test
	void anLmImportTellsTheUserWhoUploadedItByMailAndTheGroupsThatAskedForIt() throws Exception {
		String mail = address("province");
		String group = lineId('C');
		registerGroup(group, "กลุ่มไลน์ผู้นำเข้าข้อมูล", null, "IMPORT_FINISHED");
		String code = "LM-NT-" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
		byte[] file = ("project_code,project_name,district_code,subdistrict_code,village,fiscal_year,contract_number,"
				+ "signed_on,amount,annual_interest_rate,national_id,title,first_name,last_name,role,phone\n" + code
				+ ",โครงการทดสอบแจ้งเตือน,8302,830202,,2568,สพส.83/" + code + ",15/01/2568,\"50,000.00\",3,"
				+ nationalId() + ",นาง,สมศรี,แจ้งเตือนดี,ผู้กู้,0812345678\n").getBytes(StandardCharsets.UTF_8);
		String page = mvc.perform(multipart("/womenfund/imports")
			.file(new MockMultipartFile("file", "lm.csv", "text/csv", file))
			.param("kind", "projects").with(csrf()).with(PROVINCE))
			.andExpect(redirectedUrlPattern("/womenfund/imports/*"))
			.andReturn().getResponse().getRedirectedUrl();
		mvc.perform(post(page + "/apply").with(csrf()).with(PROVINCE)).andExpect(redirectedUrlPattern("/womenfund/imports/*"));

		// (the demo's limitation reminders of this morning may reach her too)
		await().atMost(PATIENCE).until(() -> imports(mail).size() == 1);
		MimeMessage message = imports(mail).get(0);
		assertThat(text(message)).contains("ใหม่ 1").contains("https://fastdata.example.go.th" + page)
			.doesNotContain("50,000").doesNotContainPattern("\\d{13}");
		await().atMost(PATIENCE).until(() -> LINE.pushesTo(group).size() == 1);
		assertThat(LINE.pushesTo(group).get(0).body()).contains("เสร็จแล้ว");
	}

	@Test
	void aUserWhoOptedOutGetsNothingAndEachDistrictHearsOncePerDay() throws Exception {
		mvc.perform(get("/notifications").with(KATHU))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ลูกหนี้ใกล้ขาดอายุความ")))
			.andExpect(content().string(containsString("checked")));
		// she unticks everything: the form sends no choice at all
		mvc.perform(post("/notifications").with(csrf()).with(KATHU)).andExpect(redirectedUrl("/notifications"));
		mvc.perform(get("/notifications").with(KATHU))
			.andExpect(content().string(not(containsString("checked"))));
		String province = address("province");
		String kathu = address("district.kathu");

		LocalDate day = LocalDate.of(2026, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(3000));
		womenFundNotices.limitationEnding(day);
		womenFundNotices.limitationEnding(day);
		assertThat(jdbc.queryForObject("select count(*) from notify_message where dedup_key = ?", Long.class,
				"LIMITATION_ENDING:" + day + ":" + kathu())).isEqualTo(1);

		await().atMost(PATIENCE).until(() -> mailsTo(province).stream().anyMatch(m -> subject(m).contains("ขาดอายุความ")
				&& text(m).contains("อำเภอกะทู้")));
		Long message = jdbc.queryForObject("select id from notify_message where dedup_key = ?", Long.class,
				"LIMITATION_ENDING:" + day + ":" + kathu());
		assertThat(jdbc.queryForList("select target from notify_delivery where message_id = ?", String.class, message))
			.contains(province)
			.doesNotContain(kathu);
		assertThat(mailsTo(kathu)).isEmpty();
	}

	@Test
	void districtsAreRemindedOfTheirReportBeforeTheDueDayAndTheProvinceHearsWhoIsLate() throws Exception {
		// a month well ahead, that no district has reported for yet
		java.time.YearMonth month = java.time.YearMonth.from(ThaiDates.today()).plusMonths(8);
		LocalDate dueOn = month.atDay(7);
		womenFundNotices.districtReports(month.atDay(5));
		womenFundNotices.districtReports(month.atDay(5));
		assertThat(jdbc.queryForObject("select count(*) from notify_message where dedup_key = ?", Long.class,
				"REPORT_DUE:" + dueOn + ":" + kathu())).isEqualTo(1);
		assertThat(jdbc.queryForObject("select text from notify_message where dedup_key = ?", String.class,
				"REPORT_DUE:" + dueOn + ":" + kathu())).contains("อำเภอกะทู้").contains("อีก 2 วัน");

		womenFundNotices.districtReports(month.atDay(8));
		Long late = jdbc.queryForObject("select id from notify_message where dedup_key = ?", Long.class,
				"REPORT_LATE:" + dueOn + ":" + kathu());
		assertThat(jdbc.queryForObject("select link from notify_message where id = ?", String.class, late))
			.isEqualTo("/womenfund/reports/" + kathu() + "/" + dueOn);
		String province = address("province");
		await().atMost(PATIENCE).until(() -> mailsTo(province).stream()
			.anyMatch(m -> subject(m).contains("ส่งล่าช้า") && text(m).contains("อำเภอกะทู้")));
	}

	@Test
	void aMessageIsStoredWithItsChangeOrNotAtAll() {
		long before = jdbc.queryForObject("select count(*) from notify_message", Long.class);
		new TransactionTemplate(transactionManager).executeWithoutResult(tx -> {
			events.publishEvent(new ImportFinished(999_001, "การชำระเงิน", "province", 1, 1, 0, 0));
			assertThat(jdbc.queryForObject("select count(*) from notify_message", Long.class)).isEqualTo(before + 1);
			tx.setRollbackOnly();
		});
		assertThat(jdbc.queryForObject("select count(*) from notify_message", Long.class)).isEqualTo(before);
	}

	@Test
	void aMessageCarryingANationalIdIsRefused() {
		assertThatThrownBy(() -> notifications.publish(Notice.toDistrict(Topic.REPORT_DUE, kathu(),
				"ลูกหนี้ 3-1012-34567-89-1 ค้างชำระ", "/womenfund"))).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void anAdministratorRegistersLineTargetsAndIsToldWhatIsWrong() throws Exception {
		mvc.perform(post("/admin/notifications/line").param("lineId", "not-a-line-id").param("label", "")
			.with(csrf()).with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("รหัส LINE ต้องขึ้นต้นด้วย U")))
			.andExpect(content().string(containsString("กรุณากรอกชื่อที่ใช้เรียก")))
			.andExpect(content().string(containsString("ต้องเลือกอย่างน้อยหนึ่งเรื่อง")));
		String person = lineId('U');
		Long userId = jdbc.queryForObject("select id from user_account where username = 'district.kathu'", Long.class);
		mvc.perform(post("/admin/notifications/line").param("lineId", person).param("label", "LINE ของพัฒนากรกะทู้")
			.param("userId", userId.toString()).with(csrf()).with(ADMIN))
			.andExpect(redirectedUrl("/admin/notifications/line"));
		mvc.perform(get("/admin/notifications/line").with(ADMIN))
			.andExpect(content().string(containsString("LINE ของพัฒนากรกะทู้")))
			.andExpect(content().string(containsString("ตามที่ผู้ใช้เลือก")));
		mvc.perform(get("/notifications").with(KATHU)).andExpect(content().string(containsString("LINE ของพัฒนากรกะทู้")));
		// a test message goes out at once, outside the outbox, and says whether LINE took it
		Long target = jdbc.queryForObject("select id from notify_line_target where line_id = ?", Long.class, person);
		mvc.perform(post("/admin/notifications/line/{id}/test", target).with(csrf()).with(ADMIN))
			.andExpect(redirectedUrl("/admin/notifications/line"))
			.andExpect(flash().attribute("message", containsString("ส่งข้อความทดสอบถึง LINE ของพัฒนากรกะทู้ แล้ว")));
		assertThat(LINE.pushesTo(person)).singleElement().satisfies(p -> assertThat(p.body()).contains("ทดสอบการแจ้งเตือน"));
		LINE.answer(person, 400);
		mvc.perform(post("/admin/notifications/line/{id}/test", target).with(csrf()).with(ADMIN))
			.andExpect(flash().attribute("problem", containsString("HTTP 400")));
		mvc.perform(post("/admin/notifications/line").param("lineId", person).param("label", "ซ้ำ")
			.param("userId", userId.toString()).with(csrf()).with(ADMIN))
			.andExpect(content().string(containsString("ลงทะเบียนไว้แล้ว")));
		mvc.perform(get("/admin/notifications/line").with(KATHU)).andExpect(status().isForbidden());
	}

	private void registerGroup(String lineId, String label, Long districtId, String topic) throws Exception {
		mvc.perform(post("/admin/notifications/line").param("lineId", lineId).param("label", label)
			.param("districtId", districtId == null ? "" : districtId.toString())
			.param("topics", topic)
			.with(csrf()).with(ADMIN))
			.andExpect(redirectedUrl("/admin/notifications/line"));
	}

	private String stateOf(String target) {
		return jdbc.queryForList("select state from notify_delivery where target = ?", String.class, target)
			.stream().findFirst().orElse(null);
	}

	private Long kathu() {
		return jdbc.queryForObject("select id from district where code = '8302'", Long.class);
	}

	/** A fresh address for the user, so that this test's mail is told from others'. */
	private String address(String username) {
		String address = username.replace('.', '-') + "-" + ThreadLocalRandom.current().nextInt(1_000_000)
				+ "@example.go.th";
		jdbc.update("update user_account set email = ? where username = ?", address, username);
		return address;
	}

	private static List<MimeMessage> mailsTo(String address) {
		return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
			try {
				return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address));
			}
			catch (Exception ex) {
				return false;
			}
		}).toList();
	}

	private static List<MimeMessage> imports(String address) {
		return mailsTo(address).stream().filter(m -> subject(m).equals("Fast Data: นำเข้าข้อมูล LM เสร็จแล้ว")).toList();
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (Exception ex) {
			return "";
		}
	}

	private static String text(MimeMessage message) {
		try {
			return message.getContent().toString();
		}
		catch (Exception ex) {
			return "";
		}
	}

	private static String lineId(char kind) {
		byte[] bytes = new byte[16];
		new Random().nextBytes(bytes);
		return kind + HexFormat.of().formatHex(bytes);
	}

	/** A valid national ID that no demo person has: "3", eleven random digits, the check digit. */
	private static String nationalId() {
		String twelve = "3" + String.format("%011d", ThreadLocalRandom.current().nextLong(100_000_000_000L));
		int sum = 0;
		for (int i = 0; i < 12; i++) {
			sum += (twelve.charAt(i) - '0') * (13 - i);
		}
		return twelve + (11 - sum % 11) % 10;
	}

}
