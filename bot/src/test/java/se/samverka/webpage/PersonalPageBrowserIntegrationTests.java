package se.samverka.webpage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import se.samverka.ChromiumPerTest;
import se.samverka.SamverkaTest;

/**
 * The personal page in headless Chromium with the keyboard only (Tab, Enter, Space): the
 * skip link comes first, every control shows where the focus is, and a vote, a homework
 * answer and a note are made that way; axe-core (installed by {@code .ci/run}) finds no
 * serious or critical problem on the page. Skipped with a message where Chromium or
 * axe-core is missing.
 */
@SamverkaTest
class PersonalPageBrowserIntegrationTests extends PageTestSupport {

	@RegisterExtension
	final ChromiumPerTest chromium = new ChromiumPerTest();

	WebDriver browser;

	@BeforeEach
	void browser() {
		browser = chromium.driver();
	}

	@Test
	void votesAnswersAndAddsANoteWithTheKeyboardAloneAndPassesAxe() throws IOException {
		String axe = axeCore();
		clock.set(Instant.parse("2026-03-25T08:35:00Z"));
		assertThat(network.inRoom(network.anna, "grupper 3")).contains("3 personer i en grupp");
		clock.set(Instant.parse("2026-03-25T12:00:00Z"));
		assertThat(network.inRoom(network.anna, "läxa 2026-04-30 | Vad tar vi med oss tillbaka?")).contains("Läxa 1");
		browser.get(client.base + network.evasPage);
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Hej Eva Ek" + network.suffix + "!");

		// first the skip link, shown when focused; Enter moves on to the content
		key(Keys.TAB);
		WebElement skip = active();
		assertThat(skip.getDomAttribute("class")).isEqualTo("skip");
		assertThat(skip.getRect().getX()).as("the skip link moves into view on focus").isGreaterThanOrEqualTo(0);
		key(Keys.ENTER);
		assertThat(active().getTagName()).isEqualTo("main");

		// a vote: Tab to the yes of the first option, Enter
		tabTo(e -> "button".equals(e.getTagName()) && value(e).endsWith("vote 1 1 yes"));
		assertVisibleFocus(active());
		assertThat(submitWith(Keys.ENTER)).contains("ja");

		// the homework: Tab to the answer, type it, Tab to its button, Space
		tabTo(e -> "in_answer".equals(e.getDomAttribute("name")));
		assertVisibleFocus(active());
		new Actions(browser).sendKeys("Vi tar med oss rollerna").perform();
		tabTo(e -> "button".equals(e.getTagName()) && value(e).endsWith("answer 1"));
		assertThat(submitWith(Keys.SPACE)).contains("Ditt svar på fråga 1");

		// a note on the board
		tabTo(e -> "in_note".equals(e.getDomAttribute("name")));
		new Actions(browser).sendKeys("Tydliga kontaktvägar med tangentbordet").perform();
		tabTo(e -> "button".equals(e.getTagName()) && value(e).endsWith("note"));
		assertThat(submitWith(Keys.ENTER)).contains("sitter på väggen");
		assertThat(browser.findElement(By.tagName("main")).getText())
			.contains("Tydliga kontaktvägar med tangentbordet");
		assertThat(network.inRoom(network.anna, "omröstning röster 1")).contains("Eva Ek" + network.suffix);
		assertThat(network.inRoom(network.anna, "läxa sammanfattning 1")).contains("Vi tar med oss rollerna");

		List<String> serious = seriousViolations(axe);
		assertThat(serious).as("serious or critical axe-core violations").isEmpty();
		clock.set(clock.instant().plus(Duration.ofDays(31)));
		browser.navigate().refresh();
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Länken har gått ut");
		assertThat(seriousViolations(axe)).as("serious or critical axe-core violations, expired page").isEmpty();
	}

	/**
	 * Presses the key on the focused button and returns the reply on the page the browser
	 * is sent to (a new address each time), once it has loaded.
	 */
	private String submitWith(CharSequence key) {
		String before = browser.getCurrentUrl();
		key(key);
		return new WebDriverWait(browser, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
			.until(d -> !d.getCurrentUrl().equals(before) && d.getCurrentUrl().contains("?r=")
					&& "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState"))
							? d.findElement(By.className("reply")).getText() : null);
	}

	private void tabTo(Predicate<WebElement> wanted) {
		for (int tab = 0; tab < 300; tab++) {
			key(Keys.TAB);
			if (wanted.test(active())) {
				return;
			}
		}
		throw new AssertionError("The keyboard never reached the control");
	}

	private void key(CharSequence key) {
		new Actions(browser).sendKeys(key).perform();
	}

	private static String value(WebElement element) {
		String value = element.getDomProperty("value");
		return value == null ? "" : value;
	}

	private static void assertVisibleFocus(WebElement focused) {
		assertThat(focused.getCssValue("outline-style")).isNotEqualTo("none");
		assertThat(focused.getCssValue("outline-width")).isNotEqualTo("0px");
	}

	private WebElement active() {
		return browser.switchTo().activeElement();
	}

	@SuppressWarnings("unchecked")
	private List<String> seriousViolations(String axe) {
		JavascriptExecutor js = (JavascriptExecutor) browser;
		js.executeScript(axe);
		List<Map<String, Object>> violations = (List<Map<String, Object>>) js.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, {runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']})
					.then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.length}))))
					.catch(e => done([{id: 'axe failed: ' + e, impact: 'critical', nodes: 0}]));
				""");
		return violations.stream()
			.filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact")))
			.map(Object::toString)
			.toList();
	}

	/** axe-core as {@code .ci/run} installs it into the CI cache. */
	private static String axeCore() throws IOException {
		String cache = System.getenv("SAMVERKA_CI_CACHE");
		if (cache == null || cache.isBlank()) {
			String xdg = System.getenv("XDG_CACHE_HOME");
			cache = (xdg == null || xdg.isBlank() ? System.getProperty("user.home") + "/.cache" : xdg) + "/samverka-ci";
		}
		Path axe = Path.of(cache, "node_modules", "axe-core", "axe.min.js");
		Assumptions.assumeTrue(Files.isReadable(axe),
				"Accessibility check skipped: axe-core is not installed (run .ci/run, which puts it in " + cache + ")");
		return Files.readString(axe);
	}

}
