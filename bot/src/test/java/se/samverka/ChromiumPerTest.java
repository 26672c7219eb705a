package se.samverka;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.WebDriver;

/**
 * A fresh {@link HeadlessChromium} for each test of a class that registers it
 * ({@code @RegisterExtension}), closed after it; the test is skipped where Chromium is
 * missing. Pages get 20 seconds to load.
 */
public final class ChromiumPerTest implements BeforeEachCallback, AfterEachCallback {

	private HeadlessChromium chromium;

	public WebDriver driver() {
		return chromium.driver();
	}

	@Override
	public void beforeEach(ExtensionContext context) throws IOException {
		chromium = HeadlessChromium.start();
		chromium.driver().manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
	}

	@Override
	public void afterEach(ExtensionContext context) throws IOException {
		if (chromium != null) {
			chromium.close();
			chromium = null;
		}
	}

}
