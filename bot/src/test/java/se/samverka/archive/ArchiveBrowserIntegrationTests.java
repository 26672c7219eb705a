package se.samverka.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.samverka.ChromiumPerTest;
import se.samverka.SamverkaTest;
import se.samverka.TestClock;
import se.samverka.dialogue.Turns;

/**
 * The archive in headless Chromium (set up and skipped like the playground's browser
 * test): the page renders with its key content, the keyboard reaches the skip link and
 * the search field with a visible focus ring, the search works without script, a
 * screenshot shows the heading and the chart actually painted, and the same link stops
 * working once it has expired.
 */
@SamverkaTest
class ArchiveBrowserIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Turns turns;

	@Autowired
	TestClock clock;

	@RegisterExtension
	final ChromiumPerTest chromium = new ChromiumPerTest();

	WebDriver browser;

	@BeforeEach
	void browser() {
		browser = chromium.driver();
	}

	@Test
	void archiveRendersIsKeyboardReachablePaintsItsChartAndExpires() throws IOException {
		ArchiveFixture network = new ArchiveFixture(turns, clock, port).build();
		String link = "http://localhost:" + port + network.archiveLink(network.anna);
		browser.get(link);

		assertThat(browser.getTitle()).isEqualTo("Arkiv – " + network.name);
		assertThat(browser.findElements(By.tagName("h1"))).singleElement()
			.satisfies(h1 -> assertThat(h1.getText()).isEqualTo("Arkiv: " + network.name));
		assertThat(browser.findElements(By.cssSelector("h2[id^=meeting-]"))).extracting(WebElement::getText)
			.containsExactly("Träff 2: Nätverksträff 3 – Uppföljning av lokal samverkan");
		// one meeting at a time: the other is a link away
		browser.findElement(By.partialLinkText("Träff 1: Nätverksträff 2")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("m=1"));
		assertThat(browser.findElements(By.cssSelector("h2[id^=meeting-]"))).extracting(WebElement::getText)
			.containsExactly("Träff 1: Nätverksträff 2 – Barnens bästa gäller!");
		assertThat(browser.findElement(By.tagName("main")).getText())
			.contains("Tydliga kontaktvägar mellan skola och polis")
			.contains("Hemlig synpunkt om ledningen (anonym)")
			.doesNotContain(ArchiveFixture.EVA)
			.doesNotContain("Det här ska bort");
		WebElement chart = browser.findElement(By.id("participation-chart"));
		assertThat(chart.isDisplayed()).isTrue();
		assertThat(chart.getDomAttribute("role")).isEqualTo("img");
		assertThat(browser.findElements(By.cssSelector("#participation-table tbody tr"))).hasSize(3);

		// the keyboard: first the skip link (shown when focused), then the search field,
		// with a visible ring
		new Actions(browser).sendKeys(Keys.TAB).perform();
		WebElement skip = active();
		assertThat(skip.getDomAttribute("class")).isEqualTo("skip");
		assertThat(skip.getRect().getX()).as("the skip link moves into view on focus").isGreaterThanOrEqualTo(0);
		for (int tab = 0; tab < 5 && !"q".equals(active().getDomAttribute("id")); tab++) {
			new Actions(browser).sendKeys(Keys.TAB).perform();
		}
		WebElement search = active();
		assertThat(search.getDomAttribute("id")).isEqualTo("q");
		assertThat(search.getCssValue("outline-style")).isNotEqualTo("none");
		assertThat(search.getCssValue("outline-width")).isNotEqualTo("0px");
		search.sendKeys("kontaktvägar", Keys.ENTER);
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("q="));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Tydliga kontaktvägar")
			.doesNotContain("Gemensamma rutiner");

		browser.get(link);
		screenshotShowsHeadingAndChart();

		clock.set(clock.instant().plus(Duration.ofDays(7)).plusSeconds(1));
		browser.navigate().refresh();
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Länken fungerar inte");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("har gått ut")
			.doesNotContain("Tydliga kontaktvägar");
	}

	private void screenshotShowsHeadingAndChart() throws IOException {
		byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
		Files.createDirectories(Path.of("target"));
		Files.write(Path.of("target", "archive-browser-test.png"), png);
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		assertThat(image).as("a PNG").isNotNull();
		assertThat(colours(image, 0, 0, image.getWidth(), image.getHeight())).as("not a blank image").isGreaterThan(20);

		Map<String, Object> heading = rect("h1");
		Map<String, Object> chart = rect("#participation-chart");
		assertThat(inkShare(image, heading)).as("the heading's text is painted").isGreaterThan(0.03);
		assertThat(inkShare(image, chart)).as("the chart's bars are painted").isGreaterThan(0.15);
		assertThat(countNear(image, chart, 0x0a4f8f)).as("bar-coloured pixels in the chart").isGreaterThan(1_000);
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> rect(String selector) {
		return (Map<String, Object>) ((JavascriptExecutor) browser).executeScript(
				"""
						const r = document.querySelector(arguments[0]).getBoundingClientRect();
						const s = window.devicePixelRatio;
						return {x: Math.round(r.left * s), y: Math.round(r.top * s), w: Math.round(r.width * s), h: Math.round(r.height * s)};
						""",
				selector);
	}

	/** The share of the rectangle's pixels that are not the page's white background. */
	private static double inkShare(BufferedImage image, Map<String, Object> rect) {
		int x0 = n(rect, "x"), y0 = n(rect, "y"), w = n(rect, "w"), h = n(rect, "h");
		assertThat(w).isPositive();
		assertThat(h).isPositive();
		assertThat(x0 + w).as("inside the screenshot").isLessThanOrEqualTo(image.getWidth());
		assertThat(y0 + h).as("inside the screenshot").isLessThanOrEqualTo(image.getHeight());
		long ink = 0;
		for (int y = y0; y < y0 + h; y++) {
			for (int x = x0; x < x0 + w; x++) {
				if ((image.getRGB(x, y) & 0xffffff) != 0xffffff) {
					ink++;
				}
			}
		}
		return (double) ink / ((long) w * h);
	}

	private static long countNear(BufferedImage image, Map<String, Object> rect, int rgb) {
		long near = 0;
		for (int y = n(rect, "y"); y < n(rect, "y") + n(rect, "h"); y++) {
			for (int x = n(rect, "x"); x < n(rect, "x") + n(rect, "w"); x++) {
				int p = image.getRGB(x, y);
				if (Math.abs(((p >> 16) & 0xff) - ((rgb >> 16) & 0xff)) < 12
						&& Math.abs(((p >> 8) & 0xff) - ((rgb >> 8) & 0xff)) < 12
						&& Math.abs((p & 0xff) - (rgb & 0xff)) < 12) {
					near++;
				}
			}
		}
		return near;
	}

	private static int colours(BufferedImage image, int x0, int y0, int w, int h) {
		Set<Integer> seen = new HashSet<>();
		for (int y = y0; y < y0 + h; y += 3) {
			for (int x = x0; x < x0 + w; x += 3) {
				seen.add(image.getRGB(x, y) & 0xffffff);
			}
		}
		return seen.size();
	}

	private static int n(Map<String, Object> rect, String key) {
		return ((Number) rect.get(key)).intValue();
	}

	private WebElement active() {
		return browser.switchTo().activeElement();
	}

}
