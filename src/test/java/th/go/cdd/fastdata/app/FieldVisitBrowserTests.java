package th.go.cdd.fastdata.app;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.chromium.HasNetworkConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A district officer records field visits on a phone (360 px) in real headless Chromium: one with
 * signal, and one typed while the browser is offline, which waits on the phone and is sent by itself
 * when the connection returns, once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(BrowserSupport.class)
class FieldVisitBrowserTests {

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
	void kathuOfficerRecordsAVisitAtPhoneWidthAndAnotherWithoutSignal() {
		this.browser = BrowserSupport.start(360);
		BrowserSupport.signIn(this.browser, url(""), "district.kathu", this.password);

		// the menu leads to the district's plan of this month
		BrowserSupport.openFromWomenFundMenu(this.browser, "ติดตามเยี่ยมลูกหนี้");
		BrowserSupport.clickThrough(this.browser, By.cssSelector(".plan-item a"));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("แผนติดตามเยี่ยม อำเภอกะทู้");
		assertNoSidewaysScrolling(360);

		BrowserSupport.clickThrough(this.browser, By.linkText("บันทึกการเยี่ยม"));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("บันทึกการติดตามเยี่ยม");
		assertNoSidewaysScrolling(360);
		Long project = Long.valueOf(this.browser.findElement(By.id("projectId")).getAttribute("value"));
		long before = visits(project);

		// promised to pay: the promise fields appear with that outcome
		assertThat(this.browser.findElement(By.id("promiseOn")).isDisplayed()).isFalse();
		choose("นัดชำระหนี้");
		this.browser.findElement(By.id("promiseOn")).sendKeys("15/12/2599");
		this.browser.findElement(By.id("promiseAmount")).sendKeys("2,000");
		this.browser.findElement(By.id("metPerson")).sendKeys("ผู้กู้");
		this.browser.findElement(By.id("notes")).sendKeys("รายได้ลดลง ขอชำระบางส่วน");
		this.browser.findElement(By.cssSelector("#visit-form button[type=submit]")).click();
		waitFor(d -> d.findElement(By.cssSelector("[data-visit-saved]")).getText().contains("ถึงแล้ว"), 15);
		assertThat(visits(project)).isEqualTo(before + 1);
		assertThat(this.jdbc.queryForObject("select outcome from wf_visit_record where project_id = ? order by id desc limit 1",
				String.class, project)).isEqualTo("PROMISED_TO_PAY");

		// no signal: the record waits on the phone, counted on the page
		HasNetworkConditions network = (HasNetworkConditions) this.browser;
		ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
		offline.setOffline(true);
		network.setNetworkConditions(offline);
		choose("ย้ายที่อยู่");
		this.browser.findElement(By.id("notes")).sendKeys("เพื่อนบ้านว่าย้ายไปต่างจังหวัด");
		this.browser.findElement(By.cssSelector("#visit-form button[type=submit]")).click();
		waitFor(d -> d.findElement(By.cssSelector("[data-outbox]")).isDisplayed()
				&& "1".equals(d.findElement(By.cssSelector("[data-outbox-count]")).getText()), 10);
		assertThat(visits(project)).isEqualTo(before + 1);
		assertNoSidewaysScrolling(360);

		// the connection returns: it is sent by itself, once
		network.deleteNetworkConditions();
		waitFor(d -> !d.findElement(By.cssSelector("[data-outbox]")).isDisplayed(), 45);
		assertThat(visits(project)).isEqualTo(before + 2);
		assertThat(this.jdbc.queryForObject("select outcome from wf_visit_record where project_id = ? order by id desc limit 1",
				String.class, project)).isEqualTo("MOVED");

		// both show in the project's history
		this.browser.get(url("/womenfund/projects/" + project));
		String visitsSection = this.browser.findElement(By.tagName("main")).getText();
		assertThat(visitsSection).contains("การติดตามเยี่ยม").contains("นัดชำระหนี้").contains("ย้ายที่อยู่");
	}

	private void choose(String outcome) {
		for (WebElement label : this.browser.findElements(By.cssSelector("label.outcome"))) {
			if (label.getText().strip().equals(outcome)) {
				label.click();
				return;
			}
		}
		throw new AssertionError("no outcome " + outcome);
	}

	private void waitFor(java.util.function.Function<WebDriver, Boolean> condition, int seconds) {
		new WebDriverWait(this.browser, Duration.ofSeconds(seconds)).until(condition::apply);
	}

	private long visits(Long project) {
		return this.jdbc.queryForObject("select count(*) from wf_visit_record where project_id = ?", Long.class, project);
	}

	private void assertNoSidewaysScrolling(int width) {
		BrowserSupport.assertNoSidewaysScrolling(this.browser, width);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
