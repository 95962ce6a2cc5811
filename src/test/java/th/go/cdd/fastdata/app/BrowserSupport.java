package th.go.cdd.fastdata.app;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium driven by its own chromedriver (never a downloaded browser). Skips the
 * test class where they are not installed, except when {@code CI=true}, where that fails the
 * run. Saves a screenshot under {@code target/browser-failures/} when a test fails.
 */
public class BrowserSupport implements ExecutionCondition, TestWatcher {

	static final String CHROMIUM = System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");

	static final String CHROMEDRIVER = System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver");

	private static WebDriver current;

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute()) {
			return ConditionEvaluationResult.enabled("Chromium found");
		}
		String reason = "no " + CHROMIUM + " or " + CHROMEDRIVER + " (apt-get install -y chromium chromium-driver)";
		if ("true".equalsIgnoreCase(System.getenv("CI"))) {
			throw new IllegalStateException("CI=true but browser tests cannot run: " + reason);
		}
		System.out.println("Skipping browser tests: " + reason);
		return ConditionEvaluationResult.disabled(reason);
	}

	public static WebDriver start(int width) {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--lang=th-TH");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().window().setSize(new Dimension(width, 800));
		driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
		current = driver;
		return driver;
	}

	/**
	 * Signs in through the form and waits for the home page; every browser test starts this way,
	 * with the demo password.
	 */
	public static void signIn(WebDriver browser, String baseUrl, String username, String password) {
		browser.get(baseUrl + "/login");
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(password);
		clickThrough(browser, By.cssSelector("form.stack button[type=submit]"));
		if (!browser.findElement(By.tagName("h1")).getText().startsWith("สวัสดี")) {
			throw new AssertionError("not signed in as " + username + ": " + browser.getCurrentUrl());
		}
	}

	/** Signs out with the button at the top, waiting for the sign-in page. */
	public static void signOut(WebDriver browser) {
		clickThrough(browser, By.cssSelector(".who-actions button"));
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/login"));
	}

	/**
	 * Opens a page of the women's fund from its menu as a user would: on a phone the menu is one
	 * line that opens to every entry, on a desktop a row of entries.
	 */
	public static void openFromWomenFundMenu(WebDriver browser, String label) {
		WebElement phone = browser.findElement(By.cssSelector("details.menu-phone"));
		String entry = "//a[normalize-space()='" + label + "']";
		if (phone.isDisplayed()) {
			if (phone.getDomAttribute("open") == null) {
				phone.findElement(By.tagName("summary")).click();
			}
			clickThrough(browser, By.xpath("//details[contains(@class, 'menu-phone')]" + entry));
		}
		else {
			clickThrough(browser, By.xpath("//nav[contains(@class, 'sub')]" + entry));
		}
	}

	/**
	 * Clicks a link or a submit button and waits until the browser has left the page. A click
	 * does not wait for the next page: a look-up straight after it can find the old page's
	 * {@code h1} and read it after the page has gone (a stale element, failing one run in many).
	 */
	public static void clickThrough(WebDriver browser, By target) {
		WebElement page = browser.findElement(By.tagName("html"));
		browser.findElement(target).click();
		new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(page));
	}

	/** The page fits the window's width: nothing to scroll sideways on a phone. */
	public static void assertNoSidewaysScrolling(WebDriver browser, int width) {
		Object scrollWidth = ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth");
		if (((Number) scrollWidth).intValue() > width) {
			throw new AssertionError("the page scrolls sideways: " + scrollWidth + " px wide in a " + width + " px window");
		}
	}

	@Override
	public void testFailed(ExtensionContext context, Throwable cause) {
		if (current instanceof TakesScreenshot camera) {
			try {
				Path dir = Files.createDirectories(Path.of("target", "browser-failures"));
				Path file = dir.resolve(context.getRequiredTestMethod().getName() + ".png");
				Files.write(file, camera.getScreenshotAs(OutputType.BYTES));
				System.out.println("Screenshot of the failure: " + file.toAbsolutePath());
			}
			catch (IOException | RuntimeException ex) {
				System.out.println("Could not save a screenshot: " + ex);
			}
		}
	}

}
