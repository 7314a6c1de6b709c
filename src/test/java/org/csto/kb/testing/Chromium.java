package org.csto.kb.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's {@code chromium}, headless, through Debian's {@code chromedriver}: both named
 * by path, so that Selenium never downloads a browser or a driver of its own.
 * {@code .ci/run} installs the two packages.
 */
public final class Chromium {

	public static final Path BROWSER = Path.of(System.getProperty("kb.test.chromium", "/usr/bin/chromium"));

	public static final Path DRIVER = Path.of(System.getProperty("kb.test.chromedriver", "/usr/bin/chromedriver"));

	/** Where the tests leave their screenshots; the README's come from here. */
	public static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private Chromium() {
	}

	/**
	 * A new headless browser with an empty profile, whose window (the layout viewport) is
	 * this size.
	 */
	public static ChromeDriver start(int width, int height) {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(BROWSER.toFile());
		// As root in a container, with no GPU, and with no network beyond this machine:
		// the background
		// connections Chromium makes at start would only be refused.
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-default-apps", "--no-first-run", "--disable-extensions", "--hide-scrollbars",
				"--window-size=" + width + "," + height);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().window().setSize(new Dimension(width, height));
		driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
		return driver;
	}

	/** Saves what the page shows now as {@code target/screenshots/<name>.png}. */
	public static Path screenshot(ChromeDriver driver, String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			Path file = SCREENSHOTS.resolve(name + ".png");
			Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static boolean installed() {
		return Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
	}

	/**
	 * Runs browser tests where Chromium is installed, and always in CI, where a skip
	 * would hide a failure.
	 */
	static final class Condition implements ExecutionCondition {

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			if (installed()) {
				return ConditionEvaluationResult.enabled("Chromium at " + BROWSER);
			}
			if (System.getenv("CI") != null) {
				return ConditionEvaluationResult
					.enabled("CI must run the browser tests, and they fail without Chromium");
			}
			return ConditionEvaluationResult.disabled("Browser tests skipped: no " + BROWSER + " and " + DRIVER
					+ ". Install them with: apt-get install chromium chromium-driver");
		}

	}

}
