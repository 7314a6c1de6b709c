package org.csto.kb.browser;

import java.time.Duration;

import org.csto.kb.testing.Accounts;
import org.csto.kb.testing.Api;
import org.csto.kb.testing.Chromium;
import org.csto.kb.testing.CurationBrowserTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Curating in Swagger UI as an analyst would: Authorize with an account, Try it out on
 * "Propose changes" with the proposal the page fills in, Execute; then, as a reviewer,
 * publish it, and see it in the feed of changes.
 */
@CurationBrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SwaggerUiCurationBrowserTests {

	@Autowired
	Api api;

	ChromeDriver browser;

	WebDriverWait wait;

	@BeforeAll
	void open() {
		browser = Chromium.start(1280, 1000);
		wait = new WebDriverWait(browser, Duration.ofSeconds(20));
	}

	@AfterAll
	void close() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void anAnalystAuthorizesProposesWhatThePageFillsInAndAReviewerPublishesIt() {
		browser.get(api.url("/swagger-ui.html#/Curation/createProposal"));
		authorize(Accounts.CURATOR);
		String block = "#operations-Curation-createProposal";
		tryItOut(block);
		Chromium.screenshot(browser, "swagger-ui-propose-filled-in");
		click(By.cssSelector(block + " .execute"));
		String status = statusOf(block);
		Chromium.screenshot(browser, "swagger-ui-proposed");
		JsonNode proposal = Api.read(responseOf(block));
		assertThat(status).as(responseOf(block)).isEqualTo("201");
		assertThat(proposal.get("author").asString()).isEqualTo(Accounts.CURATOR);

		browser.get(api.url("/swagger-ui.html#/Curation/publishProposal"));
		authorize(Accounts.REVIEWER);
		String publish = "#operations-Curation-publishProposal";
		tryItOut(publish);
		WebElement id = browser.findElement(By.cssSelector(publish + " tr[data-param-name='id'] input"));
		id.clear();
		id.sendKeys(proposal.get("id").asString());
		click(By.cssSelector(publish + " .execute"));
		assertThat(statusOf(publish)).as(responseOf(publish)).isEqualTo("200");
		Chromium.screenshot(browser, "swagger-ui-published");

		browser.get(api.url("/swagger-ui.html#/History/listChanges"));
		String changes = "#operations-History-listChanges";
		tryItOut(changes);
		click(By.cssSelector(changes + " .execute"));
		assertThat(statusOf(changes)).isEqualTo("200");
		assertThat(Api.read(responseOf(changes)).get("content").findValuesAsString("id"))
			.contains("wikipedia-csto-2022-09-29", "csto-charter-reaffirms-non-use-of-force");
		assertThat(api.json("/api/v1/events/csto-charter-reaffirms-non-use-of-force").get("revision").asInt())
			.isEqualTo(1);
	}

	/**
	 * Opens Authorize, signs in with HTTP Basic as the account, and closes the dialog.
	 */
	private void authorize(String account) {
		click(By.cssSelector(".auth-wrapper .btn.authorize"));
		WebElement name = wait.until(ExpectedConditions
			.visibilityOfElementLocated(By.cssSelector(".modal-ux input[aria-label='auth-basic-username']")));
		name.sendKeys(account);
		browser.findElement(By.cssSelector(".modal-ux input[aria-label='auth-basic-password']"))
			.sendKeys(Accounts.PASSWORD);
		click(By.cssSelector(".modal-ux .auth-btn-wrapper .btn.modal-btn.auth.authorize"));
		click(By.cssSelector(".modal-ux .btn.modal-btn.auth.btn-done"));
		wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-ux")));
	}

	private String statusOf(String block) {
		return wait
			.until(ExpectedConditions.visibilityOfElementLocated(
					By.cssSelector(block + " .live-responses-table .response .response-col_status")))
			.getText()
			.trim()
			.split("\\s+")[0];
	}

	private String responseOf(String block) {
		return browser.findElement(By.cssSelector(block + " .live-responses-table .response-col_description pre"))
			.getText();
	}

	private void tryItOut(String block) {
		wait.ignoring(ElementClickInterceptedException.class).until(driver -> {
			if (!driver.findElements(By.cssSelector(block + " .execute")).isEmpty()) {
				return true;
			}
			WebElement button = driver.findElement(By.cssSelector(block + " .try-out__btn"));
			if (!button.getText().contains("Cancel")) {
				((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
				button.click();
			}
			return false;
		});
	}

	private void click(By locator) {
		wait.ignoring(ElementClickInterceptedException.class)
			.ignoring(org.openqa.selenium.NoSuchElementException.class)
			.until(driver -> {
				WebElement element = driver.findElement(locator);
				((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
				element.click();
				return true;
			});
	}

}
