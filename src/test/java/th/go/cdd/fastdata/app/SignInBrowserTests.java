package th.go.cdd.fastdata.app;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A district officer signs in with a real browser, on a phone and on a desktop, sees her
 * district, meets the Thai "not found" page for another district's record, and signs out.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(BrowserSupport.class)
class SignInBrowserTests {

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

	@ParameterizedTest(name = "{0} px wide")
	@ValueSource(ints = { 360, 1280 })
	void kathuOfficerSignsInSeesHerDistrictAndSignsOut(int width) {
		this.browser = BrowserSupport.start(width);
		this.browser.get(url("/"));
		assertThat(this.browser.getCurrentUrl()).endsWith("/login");

		this.browser.findElement(By.id("username")).sendKeys("district.kathu");
		this.browser.findElement(By.id("password")).sendKeys(this.password);
		BrowserSupport.clickThrough(this.browser, By.cssSelector("form.stack button[type=submit]"));

		assertThat(this.browser.findElement(By.tagName("h1")).getText()).startsWith("สวัสดี");
		assertThat(this.browser.findElement(By.tagName("main")).getText()).contains("อำเภอกะทู้");
		assertThat(this.browser.findElement(By.cssSelector(".who-role")).getText()).contains("อำเภอกะทู้");
		assertThat(this.browser.findElement(By.cssSelector(".menu")).getText()).doesNotContain("ผู้ใช้งาน");
		assertNoSidewaysScrolling(width);
		womenFundMenuShowsEveryEntry(width);

		// a guessed id of a Mueang village answers as if it did not exist
		Long mueangVillage = this.jdbc.queryForObject("select id from village where code = '83010101'", Long.class);
		this.browser.get(url("/areas/villages/" + mueangVillage));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("ไม่พบข้อมูลที่ต้องการ");
		assertThat(this.browser.getPageSource()).doesNotContain("Exception").doesNotContain("at th.go");

		BrowserSupport.signOut(this.browser);
		assertThat(this.browser.getCurrentUrl()).contains("/login");
		assertThat(this.browser.findElement(By.cssSelector(".flash")).getText()).isEqualTo("ออกจากระบบแล้ว");
		this.browser.get(url("/"));
		assertThat(this.browser.getCurrentUrl()).endsWith("/login");
	}

	/**
	 * On a phone the women's fund's menu is one line that opens to all its entries (a row of twelve
	 * showed three and hid the rest off the edge); on a desktop it is the row itself.
	 */
	private void womenFundMenuShowsEveryEntry(int width) {
		WebElement row = this.browser.findElement(By.cssSelector("nav.menu.sub"));
		WebElement phone = this.browser.findElement(By.cssSelector("details.menu-phone"));
		if (width < 700) {
			assertThat(row.isDisplayed()).isFalse();
			assertThat(phone.getText()).contains("งานกองทุนสตรี").contains("ทั้งหมด 11 เมนู");
			phone.findElement(By.tagName("summary")).click();
			List<WebElement> entries = phone.findElements(By.cssSelector("nav a"));
			assertThat(entries).hasSize(11).allMatch(WebElement::isDisplayed);
			assertThat(entries).extracting(WebElement::getText).contains("รายงานอำเภอ", "แผนที่ลูกหนี้", "นำเข้าข้อมูล LM");
			assertNoSidewaysScrolling(width);
		}
		else {
			assertThat(phone.isDisplayed()).isFalse();
			assertThat(row.findElements(By.tagName("a"))).hasSize(11).allMatch(WebElement::isDisplayed);
		}
	}

	private void assertNoSidewaysScrolling(int width) {
		BrowserSupport.assertNoSidewaysScrolling(this.browser, width);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
