package org.csto.kb.browser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.csto.kb.testing.Api;
import org.csto.kb.testing.BrowserTest;
import org.csto.kb.testing.Chromium;
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
 * Swagger UI as an analyst meets it: every operation tried with what the page fills in,
 * and the questions the page's guide answers, asked the way it tells them to be asked.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SwaggerUiBrowserTests {

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
	void everyOperationAnswersTheFirstClickWithSomethingToSee() {
		JsonNode document = api.json("/v3/api-docs");
		List<String> failures = new ArrayList<>();
		int tried = 0;
		int reads = 0;
		for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
			JsonNode operation = path.getValue().get("get");
			// The public reads; the curation's operations need an account
			// (SwaggerUiCurationBrowserTests).
			if (operation == null || operation.has("security")) {
				continue;
			}
			reads++;
			String tag = operation.get("tags").get(0).asString();
			String id = operation.get("operationId").asString();
			Answer answer = execute(tag, id, Map.of());
			tried++;
			if (answer.status() < 200 || answer.status() > 299) {
				failures.add(id + " answered " + answer.status() + " to " + answer.url() + ": " + answer.body());
			}
			// The change feed of the seeded knowledge base is rightly empty.
			else if (Api.read(answer.body()).has("content") && Api.read(answer.body()).get("content").isEmpty()
					&& !id.equals("listChanges")) {
				failures.add(id + " answered an empty collection to " + answer.url());
			}
		}
		assertThat(tried).isEqualTo(reads).isGreaterThan(20);
		assertThat(failures).as("operations whose first Try it out / Execute fails").isEmpty();
	}

	@Test
	void theMemberStatesAsFilledInIncludeArmenia() {
		Answer answer = execute("Member states", "listMemberStates", Map.of());
		assertThat(answer.status()).isEqualTo(200);
		assertThat(Api.read(answer.body()).get("content").valueStream().map(state -> state.get("code").asString()))
			.containsExactlyInAnyOrder("ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK");
	}

	@Test
	void whatHappenedIn2023() {
		Answer answer = execute("Events", "listEvents", Map.of("from", "2023", "to", "2023"));
		assertThat(answer.status()).isEqualTo(200);
		JsonNode events = Api.read(answer.body()).get("content");
		assertThat(events).isNotEmpty();
		assertThat(events.valueStream().map(event -> event.get("date").asString()))
			.allMatch(date -> date.startsWith("2023"));
		Chromium.screenshot(browser, "swagger-ui-events-2023");
	}

	@Test
	void whatDidPashinyanSay() {
		Answer answer = execute("Statements", "listStatements", Map.of("speaker", "nikol-pashinyan"));
		assertThat(answer.status()).isEqualTo(200);
		JsonNode statements = Api.read(answer.body()).get("content");
		assertThat(statements).isNotEmpty();
		assertThat(statements.valueStream().map(statement -> statement.get("speaker").get("id").asString()))
			.containsOnly("nikol-pashinyan");
	}

	@Test
	void whereIsTheRapidReactionForceMentioned() {
		Answer answer = execute("Search", "search", Map.of());
		assertThat(answer.status()).isEqualTo(200);
		JsonNode hits = Api.read(answer.body()).get("content");
		assertThat(hits.get(0).get("id").asString()).isEqualTo("collective-rapid-reaction-force");
		assertThat(hits.valueStream().map(hit -> hit.get("type").asString())).contains("body", "event", "source");
	}

	@Test
	void theGuideLinksStraightToTheOperationThatAnswers() {
		open("/swagger-ui.html");
		WebElement guide = wait.until(ExpectedConditions.elementToBeClickable(
				By.cssSelector(".information-container a[href='/swagger-ui.html#/Statements/listStatements']")));
		Chromium.screenshot(browser, "swagger-ui");
		String page = browser.getWindowHandle();
		guide.click();
		// Swagger UI opens the links of the description in a new tab.
		wait.until(driver -> driver.getWindowHandles().size() > 1);
		browser.getWindowHandles().stream().filter(handle -> !handle.equals(page)).forEach(browser.switchTo()::window);
		wait.until(ExpectedConditions
			.visibilityOfElementLocated(By.cssSelector("#operations-Statements-listStatements .try-out__btn")));
		assertThat(browser.getCurrentUrl()).endsWith("#/Statements/listStatements");
		browser.close();
		browser.switchTo().window(page);
	}

	@Test
	void aSharedLinkOpensItsOperation() {
		open("/swagger-ui.html#/Timeline/getTimeline");
		assertThat(wait
			.until(ExpectedConditions
				.visibilityOfElementLocated(By.cssSelector("#operations-Timeline-getTimeline .try-out__btn")))
			.isDisplayed()).isTrue();
	}

	/**
	 * Opens the operation by its deep link, presses Try it out, types the given values
	 * over what the page filled in, presses Execute and reads the answer the page shows.
	 */
	private Answer execute(String tag, String operationId, Map<String, String> values) {
		String block = "#operations-" + tag.replace(' ', '_') + "-" + operationId;
		open("/swagger-ui.html#/" + tag.replace(" ", "%20") + "/" + operationId);
		tryItOut(block);
		values.forEach((name, value) -> {
			WebElement input = browser.findElement(
					By.cssSelector(block + " tr[data-param-name='" + name + "'][data-param-in='query'] input"));
			input.clear();
			input.sendKeys(value);
		});
		click(By.cssSelector(block + " .execute"));
		WebElement status = wait.until(ExpectedConditions.visibilityOfElementLocated(
				By.cssSelector(block + " .live-responses-table .response .response-col_status")));
		String body = browser
			.findElement(By.cssSelector(block + " .live-responses-table .response-col_description pre"))
			.getText();
		String url = browser.findElement(By.cssSelector(block + " .request-url pre")).getText();
		return new Answer(Integer.parseInt(status.getText().trim().split("\\s+")[0]), url, body);
	}

	/**
	 * Presses Try it out until the page is in try-out mode. Swagger UI may render the
	 * operation again after the first click (as it expands the deep-linked operation on a
	 * loaded machine), which leaves it out of that mode; a user would press again.
	 */
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

	/**
	 * Clicks the element as a user would once it is in view. Swagger UI may still be
	 * laying the page out (on a loaded machine), so a click that lands on something
	 * moving in front of it is tried again.
	 */
	private void click(By locator) {
		wait.ignoring(ElementClickInterceptedException.class).until(driver -> {
			WebElement element = driver.findElement(locator);
			((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
			element.click();
			return true;
		});
	}

	/**
	 * As a link from elsewhere opens it: a new page, not a change of the fragment in the
	 * one that is open.
	 */
	private void open(String path) {
		browser.get("about:blank");
		browser.get(api.url(path));
	}

	record Answer(int status, String url, String body) {
	}

}
