package th.go.cdd.fastdata.womenfund.measure;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import th.go.cdd.fastdata.app.BrowserSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a phone: the district officer drafts a guarantor's release from the project page and submits it;
 * the district subcommittee member finds it waiting for her and endorses it with the meeting's
 * resolution; it then waits for the province.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(BrowserSupport.class)
class ApplicationBrowserTests {

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
	void aCommitteeMemberEndorsesAGuarantorsReleaseOnHerPhone() {
		// an old-fund Kathu project in default with a guarantor and nothing applied for yet
		Long projectId = this.jdbc.queryForObject("""
				select min(p.id) from wf_project p
				join district d on d.id = p.district_id
				join wf_project_status s on s.project_id = p.id
				join wf_project_member m on m.project_id = p.id and m.member_role = 'GUARANTOR'
				where d.code = '8302' and p.fund_generation = 'OLD'
				  and s.status_group in ('TIME_BARRED', 'CONTRACT_ENDED', 'OVERDUE')
				  and not exists (select 1 from wf_measure_application a where a.project_id = p.id)
				""", Long.class);
		assertThat(projectId).as("the demo data has an old-fund Kathu project with a guarantor in default").isNotNull();
		this.browser = BrowserSupport.start(360);
		signIn("district.kathu");
		this.browser.get(url("/womenfund/projects/" + projectId));
		// the measures section arrives after the page (htmx); the guarantor's release is open to her
		BrowserSupport.clickThrough(this.browser, By.linkText("ยกเลิกสัญญาค้ำประกันเงินกู้รายบุคคล"));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).contains("ยกเลิกสัญญาค้ำประกัน");
		assertThat(this.browser.findElement(By.tagName("main")).getText()).contains("หนังสือยินยอมของผู้กู้และผู้ค้ำประกันทุกคน");
		this.browser.findElement(By.id("note")).sendKeys("ผู้ค้ำประกันชำระส่วนของตนแล้ว");
		BrowserSupport.clickThrough(this.browser, By.cssSelector("main form.stack button[type=submit]"));
		assertThat(this.browser.findElement(By.cssSelector(".flash")).getText()).contains("บันทึกร่างคำขอแล้ว");
		String applicationUrl = this.browser.getCurrentUrl().replaceAll("\\?.*", "");
		this.browser.findElement(By.xpath("//button[normalize-space()='ยื่นคำขอ']")).click();
		// the page before had a flash too: wait for the new one
		waitForFlash("ยื่นแล้ว รอพิจารณา");
		signOut();

		signIn("committee.kathu");
		this.browser.get(url("/womenfund/applications"));
		String code = this.jdbc.queryForObject("select code from wf_project where id = ?", String.class, projectId);
		assertThat(this.browser.findElement(By.tagName("main")).getText()).contains("รอคุณดำเนินการ").contains(code);
		this.browser.get(applicationUrl);
		assertThat(this.browser.findElements(By.xpath("//button[normalize-space()='อนุมัติ']")))
			.as("approval is the province's step").isEmpty();
		this.browser.findElement(By.id("resolution-ENDORSE")).sendKeys("เห็นชอบให้ยกเลิกสัญญาค้ำประกัน");
		this.browser.findElement(By.id("meetingNo-ENDORSE")).sendKeys("4/2569");
		this.browser.findElement(By.xpath("//button[normalize-space()='เห็นชอบ']")).click();
		waitForFlash("อำเภอเห็นชอบแล้ว");
		assertThat(this.browser.findElement(By.tagName("main")).getText()).contains("มติ: เห็นชอบให้ยกเลิกสัญญาค้ำประกัน")
			.contains("ครั้งที่ 4/2569");
		Object scrollWidth = ((org.openqa.selenium.JavascriptExecutor) this.browser)
			.executeScript("return document.documentElement.scrollWidth");
		assertThat(((Number) scrollWidth).intValue()).as("no sideways scrolling on a phone").isLessThanOrEqualTo(360);
	}

	private void waitForFlash(String text) {
		new org.openqa.selenium.support.ui.WebDriverWait(this.browser, java.time.Duration.ofSeconds(10))
			.until(org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"),
					text));
	}

	private void signIn(String username) {
		BrowserSupport.signIn(this.browser, url(""), username, this.password);
	}

	private void signOut() {
		BrowserSupport.signOut(this.browser);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
