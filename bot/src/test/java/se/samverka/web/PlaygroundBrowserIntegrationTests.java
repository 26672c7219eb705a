package se.samverka.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.samverka.HeadlessChromium;
import se.samverka.SamverkaTest;

/**
 * Two people in headless Chromium: Anna creates a network in a shared room, Bo joins it
 * from his personal chat, and Anna's open page shows the announcement without a reload.
 * Anna uses {@code localhost} and Bo {@code 127.0.0.1}: two origins, so two separate
 * browser identities.
 */
@SamverkaTest
class PlaygroundBrowserIntegrationTests {

	@LocalServerPort
	int port;

	WebDriver browser;

	HeadlessChromium chromium;

	WebDriverWait wait;

	@BeforeEach
	void startBrowser() throws IOException {
		chromium = HeadlessChromium.start();
		browser = chromium.driver();
		wait = new WebDriverWait(browser, Duration.ofSeconds(20));
	}

	@AfterEach
	void stopBrowser() throws IOException {
		if (chromium != null) {
			chromium.close();
		}
	}

	@Test
	void twoPeopleBuildANetworkAndSeeEachOtherLive() throws IOException {
		browser.get("http://localhost:" + port + "/");
		String annasTab = browser.getWindowHandle();
		introduce("Anna Andersson", "Växjö kommun");
		say("hjälp");
		waitForLog("Samverka – det här kan jag");
		assertThat(browser.findElement(By.cssSelector("#log h3")).getText()).isEqualTo("Samverka – det här kan jag");
		assertThat(browser.findElements(By.cssSelector("#log dl.facts dt"))).extracting(WebElement::getText)
			.contains("nätverk skapa <namn>");

		enterRoom("Nätverket", "natverket");
		say("nätverk skapa Barnens bästa Kronoberg");
		waitForLog("Inbjudningskod");
		String code = browser.findElement(By.xpath("//div[@id='log']//dt[.='Inbjudningskod']/following-sibling::dd"))
			.getText();
		assertThat(code).matches("[A-Z0-9-]{4,}");
		((JavascriptExecutor) browser).executeScript("document.body.dataset.sameDocument = 'yes'");

		browser.switchTo().newWindow(WindowType.TAB);
		browser.get("http://127.0.0.1:" + port + "/");
		introduce("Bo Berg", "Polisen Kronoberg");
		browser.findElement(By.id("prefill-join")).click();
		assertThat(browser.findElement(By.id("compose-text")).getDomProperty("value"))
			.isEqualTo("gå med  Polisen Kronoberg");
		browser.findElement(By.id("compose-text")).clear();
		say("gå med " + code + " Polisen Kronoberg");
		waitForLog("Välkommen till ”Barnens bästa Kronoberg”");

		say("hjälp");
		wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#log button[data-command='language en']")))
			.click();
		waitForLog("I'll talk to you in English now.");

		browser.switchTo().window(annasTab);
		waitForLog("Bo Berg (Polisen Kronoberg) har gått med i nätverket ”Barnens bästa Kronoberg”.");
		assertThat(browser.findElement(By.tagName("body")).getDomAttribute("data-same-document")).isEqualTo("yes");
		// Anna's own exchange came back on the room's stream too; her page shows it once.
		assertThat(browser.findElements(By.xpath("//div[@id='log']//dt[.='Inbjudningskod']"))).hasSize(1);

		byte[] screenshot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
		assertThat(Arrays.copyOf(screenshot, 8))
			.isEqualTo(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' });
		assertThat(screenshot.length).isGreaterThan(5_000);
		Files.write(Path.of("target", "playground-browser-test.png"), screenshot);

		browser.navigate().refresh();
		wait.until(d -> "natverket".equals(d.findElement(By.id("app")).getDomAttribute("data-live")));
		assertThat(browser.findElement(By.id("room-title")).getText()).startsWith("Nätverket");
		waitForLog("Inbjudningskod");
		waitForLog("har gått med i nätverket");
		assertThat(browser.findElements(By.xpath("//div[@id='log']//dt[.='Inbjudningskod']"))).hasSize(1);
		assertThat(browser.findElements(By.cssSelector("#log .entry.person p"))).extracting(WebElement::getText)
			.containsExactly("nätverk skapa Barnens bästa Kronoberg");
	}

	@Test
	void aPressedButtonSaysWhatItDidAndAddressesAreLinks() {
		browser.get("http://localhost:" + port + "/");
		introduce("Anna Andersson", "Växjö kommun");
		// a room of its own: "Nätverket" belongs to the other test's network
		browser.findElement(By.id("room-name")).sendKeys("Fikarummet", Keys.ENTER);
		wait.until(d -> "fikarummet".equals(d.findElement(By.id("app")).getDomAttribute("data-live")));
		say("nätverk skapa Knappar och länkar");
		waitForLog("Inbjudningskod");
		say("omröstning Var ska vi fika? | Kanelbulle | Semla");
		wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#log button[data-command*='vote 1 2 yes']")))
			.click();

		waitForLog("röstade ja på Semla");
		assertThat(browser.findElements(By.cssSelector("#log .entry.person p"))).extracting(WebElement::getText)
			.last()
			.isEqualTo("röstade ja på Semla");

		say("Mer på https://example.org/fika?dag=1. Tack!");
		waitForLog("Tack!");
		WebElement link = browser.findElement(By.cssSelector("#log .entry.person p a"));
		assertThat(link.getDomAttribute("href")).isEqualTo("https://example.org/fika?dag=1");
		assertThat(link.getDomAttribute("rel")).isEqualTo("noopener noreferrer");
		assertThat(link.getDomAttribute("target")).isEqualTo("_blank");

		browser.navigate().refresh();
		wait.until(d -> "fikarummet".equals(d.findElement(By.id("app")).getDomAttribute("data-live")));
		waitForLog("Tack!");
		assertThat(browser.findElement(By.cssSelector("#log .entry.person p a")).getDomAttribute("href"))
			.as("a link after a reload too")
			.isEqualTo("https://example.org/fika?dag=1");
		assertThat(browser.findElement(By.id("log")).getText()).as("nobody sees who voted")
			.doesNotContain("[vote]")
			.doesNotContain("röstade ja på Semla");
		assertThat(browser.findElements(By.xpath("//div[@id='log']//h3[contains(., 'Var ska vi fika?')]")))
			.as("the poll card, once")
			.hasSize(1);
	}

	void introduce(String name, String organisation) {
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("name"))).sendKeys(name);
		browser.findElement(By.id("organisation")).sendKeys(organisation);
		browser.findElement(By.cssSelector("#identity-form button[type=submit]")).click();
		wait.until(ExpectedConditions.textToBe(By.id("identity-status"), "Sparat."));
		wait.until(d -> d.findElement(By.id("app")).getDomAttribute("data-live") != null);
	}

	void enterRoom(String name, String roomId) {
		browser.findElement(By.xpath("//ul[@id='room-list']//button[.='" + name + "']")).click();
		wait.until(d -> roomId.equals(d.findElement(By.id("app")).getDomAttribute("data-live")));
	}

	void say(String text) {
		browser.findElement(By.id("compose-text")).sendKeys(text, Keys.ENTER);
	}

	void waitForLog(String text) {
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("log"), text));
	}

}
