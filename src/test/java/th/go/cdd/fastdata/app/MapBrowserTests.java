package th.go.cdd.fastdata.app;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.interactions.Actions;
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
 * The debtor map in a real browser (womenfund/map; here beside {@link BrowserSupport}): a district
 * officer on a phone opens a project with no location yet, takes the phone's GPS fix (its accuracy
 * shown), then taps the house on the map instead, saves, and after a reload sees the marker where she
 * tapped; her district's map shows its markers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(BrowserSupport.class)
class MapBrowserTests {

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
	@ValueSource(ints = { 360 })
	void anOfficerPlacesAHouseByClickingTheMapAndSeesItsMarkerAfterAReload(int width) {
		Long project = this.jdbc.queryForObject("""
				select p.id from wf_project p join district d on d.id = p.district_id
				where d.code = '8302' and not exists (select 1 from wf_project_location l where l.project_id = p.id)
				order by p.id limit 1""", Long.class);
		this.browser = BrowserSupport.start(width);
		signIn("district.kathu");
		this.browser.get(url("/womenfund/projects/" + project + "/location"));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("ตำแหน่งบ้านลูกหนี้");
		assertThat(this.browser.findElements(By.cssSelector("#location-map .pin.here"))).isEmpty();
		WebDriverWait wait = new WebDriverWait(this.browser, Duration.ofSeconds(10));
		// the faint markers of her district have come, and the map has moved to them
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#location-map .pin.neighbour")));

		// on a phone at the house: the GPS fix and its accuracy (Chromium's position emulated)
		HasCdp chromium = (HasCdp) this.browser;
		chromium.executeCdpCommand("Browser.grantPermissions",
				Map.of("origin", url(""), "permissions", List.of("geolocation")));
		chromium.executeCdpCommand("Emulation.setGeolocationOverride",
				Map.of("latitude", 7.8965, "longitude", 98.3012, "accuracy", 12));
		this.browser.findElement(By.id("use-gps")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("gps-status"), "±12 เมตร"));
		assertThat(this.browser.findElement(By.id("method")).getDomProperty("value")).isEqualTo("GPS");
		assertThat(this.browser.findElement(By.id("accuracy")).getDomProperty("value")).isEqualTo("12");
		assertThat(this.browser.findElement(By.id("latitude")).getDomProperty("value")).isEqualTo("7.896500");

		// she taps the house itself instead
		WebElement map = this.browser.findElement(By.id("location-map"));
		((JavascriptExecutor) this.browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", map);
		new Actions(this.browser).moveToElement(map, 10, -20).click().perform();
		wait.until(d -> "MAP_CLICK".equals(d.findElement(By.id("method")).getDomProperty("value")));
		String latitude = this.browser.findElement(By.id("latitude")).getDomProperty("value");
		String longitude = this.browser.findElement(By.id("longitude")).getDomProperty("value");
		assertThat(this.browser.findElement(By.id("accuracy")).getDomProperty("value")).isEmpty();
		assertThat(Double.parseDouble(latitude)).isBetween(7.8, 8.0);
		assertThat(Double.parseDouble(longitude)).isBetween(98.2, 98.4);
		this.browser.findElement(By.id("note")).sendKeys("บ้านหลังที่สองหลังร้านค้า");
		BrowserSupport.clickThrough(this.browser, By.id("save-location"));

		assertThat(this.browser.findElement(By.cssSelector(".flash")).getText()).contains("บันทึกตำแหน่งบ้านลูกหนี้แล้ว");
		this.browser.navigate().refresh();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#location-map .pin.here")));
		assertThat(this.browser.findElements(By.cssSelector("#location-map .pin.here"))).hasSize(1);
		assertThat(this.browser.findElement(By.id("current-latlon")).getText()).isEqualTo(latitude + ", " + longitude);
		assertThat(this.browser.findElement(By.tagName("main")).getText()).contains("บ้านหลังที่สองหลังร้านค้า");
		assertThat(this.jdbc.queryForObject("""
				select method from wf_project_location where project_id = ? and superseded_at is null""", String.class,
				project)).isEqualTo("MAP_CLICK");

		// her district's map: markers (or clusters of them), and no sideways scrolling on a phone
		this.browser.get(url("/womenfund/map"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("map-status"), "แสดง"));
		List<WebElement> icons = this.browser.findElements(By.cssSelector("#debtor-map .leaflet-marker-icon"));
		assertThat(icons).isNotEmpty();
		Object scrollWidth = ((JavascriptExecutor) this.browser).executeScript("return document.documentElement.scrollWidth");
		assertThat(((Number) scrollWidth).intValue()).isLessThanOrEqualTo(width);
	}

	private void signIn(String username) {
		BrowserSupport.signIn(this.browser, url(""), username, this.password);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
