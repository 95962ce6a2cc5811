package th.go.cdd.fastdata.app;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A district officer finds this period's report from the menu on a phone (360 px), writes what was
 * done and submits it; the page then shows it read-only, and the province's overview has it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(BrowserSupport.class)
class DistrictReportBrowserTests {

	@LocalServerPort
	int port;

	@Value("${fastdata.demo-data.password}")
	String password;

	@Autowired
	JdbcTemplate jdbc;

	private WebDriver browser;

	@AfterEach
	void quit() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void mueangOfficerWritesAndSubmitsThisPeriodsReportOnAPhone() {
		this.browser = BrowserSupport.start(360);
		BrowserSupport.signIn(this.browser, url(""), "district.mueang", this.password);

		BrowserSupport.openFromWomenFundMenu(this.browser, "รายงานอำเภอ");
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("รายงานผลการติดตามหนี้ของอำเภอ");
		BrowserSupport.assertNoSidewaysScrolling(this.browser, 360);
		// the newest period is the first column: this period's report
		BrowserSupport.clickThrough(this.browser, By.cssSelector("table.report-grid tbody tr td a"));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).startsWith("รายงานอำเภอเมืองภูเก็ต สัปดาห์ที่");
		BrowserSupport.assertNoSidewaysScrolling(this.browser, 360);

		this.browser.findElement(By.id("achievements")).sendKeys("ลงพื้นที่ตำบลรัษฎา 12 ราย นัดชำระ 3 ราย");
		this.browser.findElement(By.id("problems")).sendKeys("ลูกหนี้ 2 รายย้ายไปต่างจังหวัด");
		this.browser.findElement(By.cssSelector("button[value=submit]")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), "ส่งรายงานแล้ว"));

		String page = this.browser.findElement(By.tagName("main")).getText();
		assertThat(page).contains("ลงพื้นที่ตำบลรัษฎา 12 ราย นัดชำระ 3 ราย").contains("ส่งรายงาน · district.mueang");
		assertThat(this.browser.findElements(By.tagName("textarea"))).isEmpty();
		assertThat(this.jdbc.queryForObject("select count(*) from wf_district_report r join district d on d.id = r.district_id"
				+ " where d.code = '8301' and r.state = 'SUBMITTED' and r.achievements like 'ลงพื้นที่ตำบลรัษฎา%'", Long.class))
			.isEqualTo(1);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
