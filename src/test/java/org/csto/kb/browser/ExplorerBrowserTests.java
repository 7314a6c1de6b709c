package org.csto.kb.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.csto.kb.testing.Api;
import org.csto.kb.testing.BrowserTest;
import org.csto.kb.testing.Chromium;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The explorer as an analyst uses it, at a desktop's width and at a phone's: the timeline
 * shows every dated event, a search for Pashinyan finds him, his page opens, a citation
 * opens its passage with the quoted words marked, a reload keeps the view, and nothing is
 * wider than the phone. axe-core scans every view on the way. The expected items are read
 * from the API, so the tests hold as the data grows.
 */
@BrowserTest
class ExplorerBrowserTests {

	private static final Pattern PASSAGE_URL = Pattern.compile(".*/explore/sources/([^/?]+)/passages/(\\d+)(\\?.*)?$");

	private static final Pattern COLLECTION = Pattern
		.compile("/api/v1/(events|statements|persons|bodies|organizations|countries|sources|member-states|timeline)/?");

	/**
	 * Query parameters that page or sort a collection, or choose its format, without
	 * narrowing it.
	 */
	private static final Set<String> NOT_NARROWING = Set.of("page", "size", "sort", "format");

	@Autowired
	Api api;

	@Test
	void theAnalystsJourneyAtDesktopWidth() {
		journey(1280, 1000, "explorer");
	}

	@Test
	void theAnalystsJourneyAtPhoneWidth() {
		journey(390, 844, "explorer-phone");
	}

	@Test
	void armeniasStatusStandsOnItsWordsIncludingPeskovsReply() {
		ChromeDriver browser = Chromium.start(1280, 1000);
		try {
			open(browser, "/explore");
			WebElement armenia = browser.findElement(By.cssSelector(".states li[data-code='ARM']"));
			JsonNode state = api.json("/api/v1/member-states/ARM");
			assertThat(state.get("status").asString()).isNotEqualTo("MEMBER");
			assertThat(armenia.getText()).contains("Participation frozen").contains("\"frozen membership\"");
			// Every citation the status rests on is shown with its words and leads to its
			// passage.
			for (JsonNode citation : state.get("citations")) {
				assertThat(armenia.getText()).contains(citation.get("quote").asString());
				assertThat(armenia
					.findElements(By.cssSelector("a[href='/explore/sources/" + citation.get("source").asString()
							+ "/passages/" + citation.get("passage").asInt() + "?by=countries/ARM']")))
					.isNotEmpty();
			}
			assertThat(browser.findElements(By.cssSelector(".states > li")))
				.hasSize(api.all("/api/v1/member-states").size());
		}
		finally {
			browser.quit();
		}
	}

	@Test
	void theApiRootAndSwaggerUiLeadToTheExplorer() {
		assertThat(api.json("/api/v1").get("links").get("explorer").asString()).isEqualTo("/explore");
		ChromeDriver browser = Chromium.start(1280, 1000);
		try {
			browser.get(api.url("/swagger-ui.html"));
			assertThat(new WebDriverWait(browser, Duration.ofSeconds(20))
				.until(ExpectedConditions
					.visibilityOfElementLocated(By.cssSelector(".information-container a[href='/explore']")))
				.getText()).isEqualTo("the explorer");
		}
		finally {
			browser.quit();
		}
	}

	@Test
	void worksWithTheKeyboardAlone() {
		ChromeDriver browser = Chromium.start(1280, 1000);
		try {
			open(browser, "/explore");
			Actions keyboard = new Actions(browser);
			keyboard.sendKeys(Keys.TAB).perform();
			assertThat(browser.switchTo().activeElement().getText()).isEqualTo("Skip to content");
			keyboard.sendKeys(Keys.TAB, Keys.TAB).perform();
			assertThat(browser.switchTo().activeElement().getDomAttribute("type")).isEqualTo("search");
			keyboard.sendKeys("Pashinyan", Keys.ENTER).perform();
			waitForUrl(browser, "/explore/search?q=Pashinyan");
			ready(browser);
			// The view's heading takes the focus, so the next Tab goes on from the view,
			// not from the top.
			assertThat(browser.switchTo().activeElement().getTagName()).isEqualTo("h1");
			String first = browser.findElement(By.cssSelector(".hit-group a")).getDomAttribute("href");
			for (int i = 0; i < 30 && !first.equals(browser.switchTo().activeElement().getDomAttribute("href")); i++) {
				keyboard.sendKeys(Keys.TAB).perform();
			}
			keyboard.sendKeys(Keys.ENTER).perform();
			waitForUrl(browser, first);
			ready(browser);
			assertThat(browser.switchTo().activeElement().getTagName()).isEqualTo("h1");
		}
		finally {
			browser.quit();
		}
	}

	@Test
	void theFiltersLiveInTheAddress() {
		ChromeDriver browser = Chromium.start(1280, 1000);
		try {
			open(browser, "/explore");
			new Select(browser.findElement(By.id("involves"))).selectByValue("nikol-pashinyan");
			timelineSettled(browser);
			new Select(browser.findElement(By.id("kind"))).selectByValue("QUOTE");
			timelineSettled(browser);
			assertThat(browser.getCurrentUrl()).contains("involves=nikol-pashinyan").contains("kind=QUOTE");
			List<String> expected = hrefs(api.json("/api/v1/statements?involves=nikol-pashinyan&kind=QUOTE&size=100"));
			assertThat(expected).isNotEmpty();
			assertThat(shownEntries(browser)).containsExactlyInAnyOrderElementsOf(expected);

			browser.navigate().refresh();
			ready(browser);
			timelineSettled(browser);
			assertThat(shownEntries(browser)).containsExactlyInAnyOrderElementsOf(expected);
			assertThat(browser.findElement(By.id("kind")).getDomProperty("value")).isEqualTo("QUOTE");

			// The old name of the filter still opens the same view.
			open(browser, "/explore?participant=nikol-pashinyan&kind=QUOTE");
			timelineSettled(browser);
			assertThat(shownEntries(browser)).containsExactlyInAnyOrderElementsOf(expected);
			assertThat(browser.findElement(By.id("involves")).getDomProperty("value")).isEqualTo("nikol-pashinyan");
		}
		finally {
			browser.quit();
		}
	}

	/**
	 * Each of the API's paths has a view under /explore; anything else is the explorer's
	 * own "not found", answered 404 so that a script sees it too.
	 */
	@Test
	void everyPathOfTheApiHasAView() {
		ResponseEntity<String> nope = api.get("/explore/nope");
		assertThat(nope.getStatusCode().value()).isEqualTo(404);
		assertThat(nope.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
		assertThat(nope.getBody()).contains("<title>CSTO explorer</title>");
		assertThat(api.get("/explore/explorer.css").getHeaders().getContentType().toString()).startsWith("text/css");
		ChromeDriver browser = Chromium.start(1280, 1000);
		try {
			open(browser, "/explore/member-states/ARM");
			assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Armenia");
			assertThat(browser.findElements(By.cssSelector("a[href='/api/v1/member-states/ARM']"))).hasSize(1);
			checkView(browser);

			open(browser, "/explore/statements");
			List<JsonNode> statements = api.all("/api/v1/statements");
			assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Statements");
			assertThat(browser.findElement(By.tagName("main")).getText()).contains(statements.size() + " statements");
			assertThat(browser.findElements(By
				.cssSelector("main a[href='/explore/statements/" + statements.get(0).get("id").asString() + "']")))
				.hasSize(1);
			checkView(browser);

			open(browser, "/explore/timeline");
			timelineSettled(browser);
			assertThat(browser.findElements(By.cssSelector(".timeline li.entry")))
				.hasSize(api.json("/api/v1/timeline?size=1").get("page").get("totalElements").asInt());
			checkView(browser);

			browser.get(api.url("/explore/nope"));
			settled(browser);
			assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Not found");
			assertThat(browser.findElements(By.cssSelector("header.site form.search"))).hasSize(1);
			checkView(browser);
		}
		finally {
			browser.quit();
		}
	}

	/**
	 * A page that shows one item, or a few, asks the API for those and no whole
	 * collection; only the timeline reads the whole timeline and the member states, since
	 * it shows them all.
	 */
	@Test
	void readsNoWholeCollectionToShowAFewOfItsItems() {
		Map<String, Set<String>> pages = new LinkedHashMap<>();
		pages.put("/explore", Set.of("member-states", "timeline"));
		pages.put("/explore?involves=ARM&from=2022&to=2024", Set.of("member-states", "timeline"));
		pages.put("/explore/timeline?kind=QUOTE", Set.of("timeline"));
		pages.put("/explore/persons/nikol-pashinyan", Set.of());
		pages.put("/explore/countries/ARM", Set.of());
		pages.put("/explore/events/pashinyan-live-broadcast-interview", Set.of());
		pages.put("/explore/statements/pashinyan-frozen-participation-in-treaty", Set.of());
		pages.put("/explore/sources/csto-wikipedia-extract/passages/25", Set.of());
		pages.put("/explore/sources/csto-wikipedia-extract/passages/25?by=persons/nikol-pashinyan", Set.of());
		ChromeDriver browser = Chromium.start(1280, 1000);
		try {
			pages.forEach((page, allowed) -> {
				open(browser, page);
				List<String> requests = apiRequests(browser);
				assertThat(requests).as("the API requests of %s", page).isNotEmpty();
				assertThat(requests).as("the API requests of %s", page)
					.noneMatch(request -> readsWholeCollection(request, allowed));
			});
		}
		finally {
			browser.quit();
		}
	}

	/**
	 * A person's, country's, body's or organization's page lists what involves it on the
	 * timeline and how; an event's page lists what was said at it, a statement's what it
	 * speaks of.
	 */
	@Test
	void itemPagesSayHowTheyAreInvolved() {
		ChromeDriver browser = Chromium.start(1280, 1000);
		try {
			open(browser, "/explore/countries/ARM");
			WebElement involved = browser.findElement(By.cssSelector("section.involved"));
			assertThat(involved.findElements(By.cssSelector("li > a"))
				.stream()
				.map(link -> link.getDomAttribute("href"))
				.toList())
				.containsExactlyInAnyOrderElementsOf(hrefs(api.json("/api/v1/timeline?involves=ARM&size=100")));
			assertThat(involved.findElements(By.cssSelector("a[href='/explore?involves=ARM#timeline']"))).hasSize(1);
			// DATA: the refusal through its Prime Minister; its own statement as speaker.
			assertThat(involved
				.findElement(By.xpath(".//li[a/@href='/explore/events/pashinyan-refuses-common-military-drills']"))
				.getText()).contains("took part through Nikol Pashinyan");
			assertThat(involved
				.findElement(By
					.xpath(".//li[a/@href='/explore/statements/armenia-stopped-financial-contributions-to-csto']"))
				.getText()).contains("spoke");
			checkView(browser);

			JsonNode event = api.json("/api/v1/events/pashinyan-live-broadcast-interview");
			open(browser, "/explore/events/pashinyan-live-broadcast-interview");
			WebElement said = field(browser, "Said at or about it");
			assertThat(said.findElements(By.tagName("a")).stream().map(link -> link.getDomAttribute("href")))
				.containsExactlyElementsOf(event.get("statements")
					.valueStream()
					.map(ref -> "/explore/statements/" + ref.get("id").asString())
					.toList());
			assertThat(field(browser, "Took part").findElements(By.tagName("a")))
				.hasSize(event.get("participants").size());
			assertThat(field(browser, "Places").isDisplayed()).isTrue();
			assertThat(field(browser, "Concerns").isDisplayed()).isTrue();
			assertThat(field(browser, "During").isDisplayed()).isTrue();

			open(browser, "/explore/statements/pashinyan-frozen-participation-in-treaty");
			assertThat(field(browser, "Speaks of").isDisplayed()).isTrue();
			checkView(browser);
		}
		finally {
			browser.quit();
		}
	}

	/**
	 * The roles of an event and a statement, rendered from their shapes: a place with its
	 * country linked and one without, what it concerns, the event it happened during,
	 * what was said, and what a statement speaks of.
	 */
	@Test
	@SuppressWarnings("unchecked")
	void theRolesAreShownByTheirShapes() {
		ChromeDriver browser = Chromium.start(1280, 1000);
		try {
			open(browser, "/explore");
			Map<String, Object> shown = (Map<String, Object>) browser.executeAsyncScript(
					"""
							const done = arguments[arguments.length - 1];
							const ref = (type, id, name) => ({ type, id, name });
							import('/explore/js/fields.js').then(({ fields }) => {
							  const event = { id: 'e', title: 'E', kind: 'PROTEST', summary: 'S', date: null, datePrecision: null,
							    participants: [ref('country', 'ARM', 'Armenia')],
							    places: [{ name: 'Yerevan', country: ref('country', 'ARM', 'Armenia') }, { name: 'Somewhere', country: null }],
							    concerns: [ref('organization', 'csto', 'CSTO')], during: ref('event', 'm', 'A meeting'),
							    statements: [ref('statement', 's', 'Words')], note: null, citations: [], involvement: null };
							  const statement = { id: 's', text: 'Words', kind: 'QUOTE', speaker: ref('person', 'p', 'P'),
							    about: [ref('country', 'RUS', 'Russia')], date: null, datePrecision: null, event: ref('event', 'e', 'E'),
							    note: null, citations: [], involvement: null };
							  const read = (list) => Object.fromEntries([...list.querySelectorAll('dt')].map((dt) => [dt.textContent,
							    { text: dt.nextElementSibling.textContent,
							      links: [...dt.nextElementSibling.querySelectorAll('a')].map((a) => a.getAttribute('href')) }]));
							  done({ event: read(fields(event, 'event', 'events/e')), statement: read(fields(statement, 'statement', 'statements/s')) });
							}).catch((error) => done({ error: String(error) }));""");
			assertThat(shown).doesNotContainKey("error");
			Map<String, Map<String, Object>> event = (Map<String, Map<String, Object>>) shown.get("event");
			assertThat(event).containsKeys("Took part", "Places", "Concerns", "During", "Said at or about it")
				.doesNotContainKeys("Involvement", "Participants");
			assertThat((String) event.get("Places").get("text")).contains("Yerevan")
				.contains("Armenia")
				.contains("Somewhere");
			assertThat((List<String>) event.get("Places").get("links")).containsExactly("/explore/countries/ARM");
			assertThat((List<String>) event.get("Concerns").get("links"))
				.containsExactly("/explore/organizations/csto");
			assertThat((List<String>) event.get("During").get("links")).containsExactly("/explore/events/m");
			assertThat((List<String>) event.get("Said at or about it").get("links"))
				.containsExactly("/explore/statements/s");
			Map<String, Map<String, Object>> statement = (Map<String, Map<String, Object>>) shown.get("statement");
			assertThat((List<String>) statement.get("Speaks of").get("links"))
				.containsExactly("/explore/countries/RUS");
			assertThat(statement).doesNotContainKeys("Involvement", "About");
		}
		finally {
			browser.quit();
		}
	}

	/**
	 * DATA: what the data migration of the roles fills in (places, during), checked once
	 * it has landed; until then the events have no places and this is skipped.
	 */
	@Test
	void theMigratedRolesShowOnTheirPages() {
		JsonNode protests = api.json("/api/v1/events/protests-in-yerevan-during-csto-meeting");
		assumeTrue(!protests.get("places").isEmpty(), "the places of events are not in the data yet");
		ChromeDriver browser = Chromium.start(1280, 1000);
		try {
			open(browser, "/explore/events/protests-in-yerevan-during-csto-meeting");
			assertThat(field(browser, "Places").getText()).contains("Yerevan");
			assertThat(field(browser, "During")
				.findElements(By.cssSelector("a[href='/explore/events/meeting-chaired-by-nikol-pashinyan']")))
				.hasSize(1);
			checkView(browser);
		}
		finally {
			browser.quit();
		}
	}

	/**
	 * The explorer's own way in, "Armenia and the CSTO", asks the API what involves
	 * Armenia in any role, also through its Prime Minister, and says how; what the years
	 * leave out undated is counted and can be shown.
	 */
	@Test
	void armeniaAndTheCstoIsWhatInvolvesArmenia() {
		ChromeDriver browser = Chromium.start(1280, 1000);
		try {
			open(browser, "/explore");
			browser.findElement(By.linkText("Armenia and the CSTO, 2022 to 2024")).click();
			waitForUrl(browser, "/explore?involves=ARM&from=2022&to=2024#timeline");
			ready(browser);
			timelineSettled(browser);
			List<String> armenia = hrefs(api.json("/api/v1/timeline?involves=ARM&from=2022&to=2024&size=100"));
			assertThat(armenia).isNotEmpty();
			assertThat(shownEntries(browser)).containsExactlyInAnyOrderElementsOf(armenia);

			// DATA: Pashinyan refused the drills as Armenia's Prime Minister; Armenia is
			// no participant of its own.
			WebElement refusal = entry(browser, "/explore/events/pashinyan-refuses-common-military-drills");
			assertThat(refusal.isDisplayed()).isTrue();
			assertThat(refusal.getText()).contains("through Nikol Pashinyan");

			// The years drop the undated, as the API's from and to do: they are counted
			// and
			// can be shown.
			List<String> undated = new ArrayList<>();
			api.json("/api/v1/timeline?involves=ARM&size=100").get("content").forEach(item -> {
				if (item.get("date").isNull()) {
					undated.add("/explore/" + item.get("type").asString() + "s/" + item.get("id").asString());
				}
			});
			assertThat(undated).isNotEmpty();
			WebElement timeline = browser.findElement(By.cssSelector("section.timeline"));
			assertThat(timeline.getText()).contains(undated.size() + " undated items also involve Armenia")
				.doesNotContain("null")
				.doesNotContain("undefined");
			Chromium.screenshot(browser, "explorer-armenia");
			checkView(browser);
			browser.findElement(By.linkText("Show them")).click();
			waitForUrl(browser, "/explore?involves=ARM&from=2022&to=2024&undated=show#undated");
			ready(browser);
			timelineSettled(browser);
			List<String> both = new ArrayList<>(armenia);
			both.addAll(undated);
			assertThat(shownEntries(browser)).containsExactlyInAnyOrderElementsOf(both);
			assertThat(browser.findElements(By.cssSelector(".undated li.entry"))
				.stream()
				.filter(WebElement::isDisplayed)
				.count()).isEqualTo(undated.size());
			checkView(browser);
		}
		finally {
			browser.quit();
		}
	}

	/**
	 * Choosing in a select with the arrow keys replaces the address as it goes; only a
	 * navigation adds to the history.
	 */
	@Test
	void choosingWithTheArrowKeysAddsNoHistory() {
		ChromeDriver browser = Chromium.start(1280, 1000);
		try {
			open(browser, "/explore");
			long before = historyLength(browser);
			WebElement who = browser
				.findElement(By.cssSelector(".filters select[name='involves'], .filters select[name='participant']"));
			for (int i = 0; i < 3; i++) {
				who.sendKeys(Keys.ARROW_DOWN);
			}
			String chosen = who.getDomProperty("value");
			assertThat(chosen).isNotEmpty();
			assertThat(browser.getCurrentUrl()).contains("=" + chosen);
			assertThat(historyLength(browser)).isEqualTo(before);

			browser.findElement(By.linkText("Every verbatim quote")).click();
			waitForUrl(browser, "/explore?kind=QUOTE#timeline");
			assertThat(historyLength(browser)).isEqualTo(before + 1);
		}
		finally {
			browser.quit();
		}
	}

	/**
	 * A filter in the address that names nothing, or matches nothing, is said, as the API
	 * would say it; the timeline is not shown whole as if it were not there.
	 */
	@Test
	void aFilterThatMatchesNothingOrNamesNothingIsSaid() {
		ChromeDriver browser = Chromium.start(1280, 1000);
		try {
			open(browser, "/explore?from=2030");
			timelineSettled(browser);
			assertThat(shownEntries(browser)).isEmpty();
			assertThat(browser.findElement(By.cssSelector("section.timeline")).getText())
				.contains("Nothing on the timeline matches");

			open(browser, "/explore?participant=nobody");
			timelineSettled(browser);
			String detail = Api.read(api.get("/api/v1/timeline?involves=nobody").getBody()).get("detail").asString();
			assertThat(browser.findElement(By.cssSelector("section.timeline .error")).getText()).contains(detail);
			assertThat(shownEntries(browser)).isEmpty();
			checkView(browser);
		}
		finally {
			browser.quit();
		}
	}

	@Test
	void searchPastItsLastPageSaysSoAndLeadsBack() {
		ChromeDriver browser = Chromium.start(1280, 1000);
		try {
			open(browser, "/explore/search?q=csto&page=99");
			assertThat(browser.findElement(By.tagName("main")).getText()).contains("No more hits");
			browser.findElement(By.partialLinkText("Back to page")).click();
			ready(browser);
			assertThat(browser.findElements(By.cssSelector(".hit-group a"))).isNotEmpty();
		}
		finally {
			browser.quit();
		}
	}

	@Test
	void aPassageSaysWhoseWordsItMarks() {
		ChromeDriver browser = Chromium.start(1280, 1000);
		try {
			String text = api.json("/api/v1/statements/pashinyan-frozen-participation-in-treaty")
				.get("text")
				.asString();
			open(browser, "/explore/sources/csto-wikipedia-extract/passages/25"
					+ "?by=statements/pashinyan-frozen-participation-in-treaty");
			assertThat(browser.findElement(By.tagName("main")).getText())
				.contains("Marked: the words cited by the statement \u201c" + text + "\u201d by Nikol Pashinyan.");
			open(browser, "/explore/sources/csto-wikipedia-extract/passages/25?by=persons/nikol-pashinyan");
			assertThat(browser.findElement(By.tagName("main")).getText())
				.contains("Marked: the words cited by the person Nikol Pashinyan.");
		}
		finally {
			browser.quit();
		}
	}

	private void journey(int width, int height, String name) {
		ChromeDriver browser = Chromium.start(width, height);
		try {

			// 1. The timeline shows every dated event, in its year and at its precision,
			// and the undated apart.
			open(browser, "/explore");
			for (JsonNode event : api.all("/api/v1/events")) {
				String href = "/explore/events/" + event.get("id").asString();
				if (event.get("date").isNull()) {
					assertThat(browser.findElements(By.cssSelector(".undated a[href='" + href + "']"))).hasSize(1);
					continue;
				}
				String date = event.get("date").asString();
				WebElement entry = browser.findElement(By.xpath("//li[contains(@class,'year')][h3='"
						+ date.substring(0, 4) + "']//li[.//a[@href='" + href + "']]"));
				assertThat(entry.getDomAttribute("data-precision")).isEqualTo(event.get("datePrecision").asString());
				assertThat(entry.findElement(By.cssSelector("time")).getDomAttribute("datetime")).isEqualTo(date);
				assertThat(entry.findElement(By.cssSelector("a[href='" + href + "']")).getText())
					.isEqualTo(event.get("title").asString());
				assertPlacedAtItsPrecision(browser, entry, date, event.get("datePrecision").asString());
			}
			int total = api.json("/api/v1/timeline?size=1").get("page").get("totalElements").asInt();
			assertThat(browser.findElements(By.cssSelector(".timeline li.entry"))).hasSize(total);
			assertThat(browser.findElements(By.cssSelector(".timeline .badge.quote"))).isNotEmpty();
			assertThat(browser.findElements(By.cssSelector(".timeline .badge.paraphrase"))).isNotEmpty();
			Chromium.screenshot(browser, name);
			reportTimings(browser, name);
			checkView(browser);

			// 2. Searching "Pashinyan" finds him, with the match marked in the snippet.
			WebElement box = browser.findElement(By.cssSelector("input[type=search]"));
			box.sendKeys("Pashinyan", Keys.ENTER);
			waitForUrl(browser, "/explore/search?q=Pashinyan");
			ready(browser);
			WebElement hit = browser
				.findElement(By.cssSelector("section[data-type='person'] a[href='/explore/persons/nikol-pashinyan']"));
			assertThat(hit.findElement(By.xpath("following-sibling::p[@class='snippet']/mark")).getText())
				.isEqualTo("Pashinyan");
			Chromium.screenshot(browser, name + "-search");
			checkView(browser);

			// 3. His page opens, with his JSON and his operation in Swagger UI.
			hit.click();
			waitForUrl(browser, "/explore/persons/nikol-pashinyan");
			ready(browser);
			assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Nikol Pashinyan");
			assertThat(browser.findElements(By.cssSelector("a[href='/api/v1/persons/nikol-pashinyan']"))).hasSize(1);
			assertThat(browser.findElements(By.cssSelector("a[href='/swagger-ui.html#/Persons/getPerson']")))
				.hasSize(1);
			checkView(browser);

			// 4. A citation opens its passage: the passage whole, the quoted words
			// marked, the items citing it.
			JsonNode citation = api.json("/api/v1/persons/nikol-pashinyan").get("citations").get(0);
			String passagePath = "/explore/sources/" + citation.get("source").asString() + "/passages/"
					+ citation.get("passage").asInt() + "?by=persons/nikol-pashinyan";
			WebElement cite = browser.findElement(By.cssSelector(".citations a[href='" + passagePath + "']"));
			cite.sendKeys(Keys.ENTER);
			waitForUrl(browser, passagePath);
			ready(browser);
			assertThat(browser.getCurrentUrl()).matches(PASSAGE_URL);
			JsonNode passage = api.json(passagePath.replace("/explore", "/api/v1").replaceAll("\\?.*", ""));
			assertPassageShown(browser, passage, citation);
			Chromium.screenshot(browser, name + "-passage");
			checkView(browser);

			// 5. A reload keeps the view; so does going back.
			browser.navigate().refresh();
			ready(browser);
			assertThat(browser.getCurrentUrl()).endsWith(passagePath);
			assertPassageShown(browser, passage, citation);
			browser.navigate().back();
			waitForUrl(browser, "/explore/persons/nikol-pashinyan");
			ready(browser);
			assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Nikol Pashinyan");
			assertThat(consoleErrors(browser)).as("console errors").isEmpty();
		}
		finally {
			browser.quit();
		}
	}

	/**
	 * The item's bar within its year's track: a year spans the whole track, a month its
	 * twelfth, a day starts on its day (a day is drawn at least a few pixels wide, so
	 * only its start is checked).
	 */
	@SuppressWarnings("unchecked")
	private void assertPlacedAtItsPrecision(ChromeDriver browser, WebElement entry, String date, String precision) {
		Map<String, Number> box = (Map<String, Number>) browser.executeScript("""
				const track = arguments[0].querySelector('.track').getBoundingClientRect();
				const bar = arguments[0].querySelector('.span').getBoundingClientRect();
				return { track: track.width, left: bar.left - track.left, width: bar.width };""", entry);
		double track = box.get("track").doubleValue();
		LocalDate day = switch (precision) {
			case "YEAR" -> LocalDate.parse(date + "-01-01");
			case "MONTH" -> LocalDate.parse(date + "-01");
			default -> LocalDate.parse(date);
		};
		double start = (day.getDayOfYear() - 1) / (double) day.lengthOfYear();
		double width = switch (precision) {
			case "YEAR" -> 1;
			case "MONTH" -> day.lengthOfMonth() / (double) day.lengthOfYear();
			default -> 0;
		};
		assertThat(box.get("left").doubleValue()).as("start of %s (%s)", date, precision)
			.isCloseTo(start * track, within(track / 24));
		if (width > 0) {
			assertThat(box.get("width").doubleValue()).as("width of %s (%s)", date, precision)
				.isCloseTo(width * track, within(track / 48));
		}
	}

	private void assertPassageShown(ChromeDriver browser, JsonNode passage, JsonNode citation) {
		WebElement shown = browser.findElement(By.cssSelector("blockquote.passage"));
		assertThat(squeeze(shown.getText())).isEqualTo(squeeze(passage.get("text").asString()));
		List<String> marked = shown.findElements(By.tagName("mark"))
			.stream()
			.map(WebElement::getText)
			.map(this::squeeze)
			.toList();
		assertThat(marked).anySatisfy(words -> assertThat(words).contains(squeeze(citation.get("quote").asString())));
		if (!citation.get("marker").isNull()) {
			assertThat(shown.findElements(By.cssSelector(".marker")).stream().map(WebElement::getText))
				.contains(citation.get("marker").asString());
		}
		assertThat(browser.findElements(By.cssSelector(".cited-by a[href='/explore/persons/nikol-pashinyan']")))
			.isNotEmpty();
	}

	private String squeeze(String text) {
		return text.replaceAll("\\s+", "");
	}

	private List<String> shownEntries(ChromeDriver browser) {
		return browser.findElements(By.cssSelector(".timeline li.entry"))
			.stream()
			.filter(WebElement::isDisplayed)
			.map(entry -> entry.findElement(By.cssSelector(".what > a")).getDomAttribute("href"))
			.toList();
	}

	/**
	 * Every view fits the window's width (no sideways scrolling) and axe-core finds
	 * nothing serious in it.
	 */
	private void checkView(ChromeDriver browser) {
		Number overflow = (Number) browser
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
		assertThat(overflow.intValue()).as("sideways overflow at %s", browser.getCurrentUrl()).isLessThanOrEqualTo(0);
		List<Map<String, Object>> violations = axe(browser);
		violations.forEach(violation -> System.out.println("axe at " + browser.getCurrentUrl() + ": " + violation));
		assertThat(violations).as("serious or critical axe-core violations at %s", browser.getCurrentUrl())
			.noneMatch(violation -> List.of("serious", "critical").contains(violation.get("impact")));
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> axe(ChromeDriver browser) {
		if (Boolean.TRUE.equals(browser.executeScript("return typeof axe === 'undefined'"))) {
			browser.executeScript(AXE);
		}
		Object result = browser.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { resultTypes: ['violations'] })
				  .then(results => done(results.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,
				    nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ')) }))))
				  .catch(error => done([{ id: 'axe-failed', impact: 'critical', help: String(error) }]));""");
		return (List<Map<String, Object>>) result;
	}

	/** What the page logged as an error: failed requests, CSP violations, exceptions. */
	private List<String> consoleErrors(ChromeDriver browser) {
		return browser.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			.map(LogEntry::getMessage)
			.toList();
	}

	private void reportTimings(ChromeDriver browser, String name) {
		Object timings = browser.executeScript("""
				const paint = performance.getEntriesByName('first-contentful-paint')[0];
				const timeline = performance.getEntriesByName('explorer:timeline-rendered')[0];
				return { firstContentfulPaint: paint && Math.round(paint.startTime),
				         timelineRendered: timeline && Math.round(timeline.startTime) };""");
		System.out.println("explorer timings (" + name + ", ms after navigation start): " + timings);
	}

	private void open(ChromeDriver browser, String path) {
		browser.get(api.url(path));
		ready(browser);
	}

	private void ready(ChromeDriver browser) {
		new WebDriverWait(browser, Duration.ofSeconds(20))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main[data-state='ready']")));
	}

	private void waitForUrl(ChromeDriver browser, String pathAndQuery) {
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlToBe(api.url(pathAndQuery)));
	}

	/** The explorer's addresses of the items in a page of the API's answer. */
	private static List<String> hrefs(JsonNode page) {
		assertThat(page.get("page").get("totalPages").asInt()).as("one page").isLessThanOrEqualTo(1);
		return page.get("content").valueStream().map(item -> {
			String type = item.has("type") ? item.get("type").asString() : item.has("speaker") ? "statement" : "event";
			return "/explore/" + type + "s/" + item.get("id").asString();
		}).toList();
	}

	private WebElement entry(ChromeDriver browser, String href) {
		return browser.findElement(By.xpath("//li[contains(@class,'entry')][.//a[@href='" + href + "']]"));
	}

	/** The definition of a field on an item's page, by its label. */
	private WebElement field(ChromeDriver browser, String label) {
		return browser.findElement(By.xpath("//dl[@class='fields']/dt[.='" + label + "']/following-sibling::dd[1]"));
	}

	private long historyLength(ChromeDriver browser) {
		return ((Number) browser.executeScript("return history.length")).longValue();
	}

	/** Every request the page made to the API, by its address. */
	@SuppressWarnings("unchecked")
	private List<String> apiRequests(ChromeDriver browser) {
		return (List<String>) browser.executeScript("""
				return performance.getEntriesByType('resource').map((entry) => entry.name)
				  .filter((name) => new URL(name).pathname.startsWith('/api/'));""");
	}

	/**
	 * Whether a request reads a collection with nothing to narrow it (paging and sorting
	 * aside), where the page may not.
	 */
	private static boolean readsWholeCollection(String request, Set<String> allowed) {
		URI uri = URI.create(request);
		Matcher collection = COLLECTION.matcher(uri.getPath());
		if (!collection.matches() || allowed.contains(collection.group(1))) {
			return false;
		}
		return UriComponentsBuilder.fromUri(uri)
			.build()
			.getQueryParams()
			.keySet()
			.stream()
			.allMatch(NOT_NARROWING::contains);
	}

	/** A view that has finished, well or not. */
	private void settled(ChromeDriver browser) {
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions
			.presenceOfElementLocated(By.cssSelector("main[data-state='ready'], main[data-state='error']")));
	}

	/** The timeline's filters have been applied, with whatever they asked the API. */
	private void timelineSettled(ChromeDriver browser) {
		new WebDriverWait(browser, Duration.ofSeconds(20))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section.timeline[data-state='ready']")));
	}

	private static final String AXE = readAxe();

	private static String readAxe() {
		try {
			Resource[] found = new PathMatchingResourcePatternResolver()
				.getResources("classpath*:META-INF/resources/webjars/axe-core/*/axe.min.js");
			assertThat(found).as("axe-core's WebJar on the test classpath").hasSize(1);
			try (InputStream in = found[0].getInputStream()) {
				return new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
