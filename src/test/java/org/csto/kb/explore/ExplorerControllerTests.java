package org.csto.kb.explore;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.csto.kb.testing.KnowledgeBaseWebTest;
import org.csto.kb.testing.contract.OpenApiContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every address of the explorer opens its page, so a reload or a shared link works: each
 * of the API's own paths under {@code /explore} with {@code 200}, anything else with
 * {@code 404} and the page, which shows its own "not found" view. The page's files stay
 * what they are.
 */
@KnowledgeBaseWebTest(ExplorerController.class)
@Import({ ExplorerController.class, ExplorerAssets.class })
class ExplorerControllerTests {

	@Autowired
	MockMvcTester mvc;

	@ParameterizedTest
	@ValueSource(strings = { "/explore", "/explore/", "/explore/search?q=Pashinyan",
			"/explore?participant=ARM&kind=QUOTE", "/explore?involves=ARM&from=2022", "/explore/timeline",
			"/explore/timeline?involves=nikol-pashinyan", "/explore/events/csto-founding",
			"/explore/statements/medvedev-on-real-partnership", "/explore/persons/nikol-pashinyan",
			"/explore/bodies/collective-rapid-reaction-force", "/explore/organizations/csto", "/explore/countries/ARM",
			"/explore/member-states/ARM", "/explore/sources/csto-wikipedia-extract",
			"/explore/sources/csto-wikipedia-extract/passages/4?by=persons/nikol-pashinyan", "/explore/events",
			"/explore/statements", "/explore/persons", "/explore/bodies", "/explore/organizations",
			"/explore/countries", "/explore/member-states", "/explore/sources", "/explore/events/",
			"/explore/events?participant=ARM&page=1" })
	void opensThePageAtEachOfItsAddresses(String address) {
		assertThat(mvc.get().uri(address)).hasStatusOk().bodyText().contains(PAGE);
	}

	/**
	 * Each path a reader reads, as the API's OpenAPI document lists them, has its
	 * address: the same path under /explore ({@code /api/v1} itself is the home page).
	 * Not yet the history's (revisions and the change feed) nor, being signed-in, the
	 * curation's: their views come with curating in the explorer.
	 */
	@Test
	void everyPathOfTheApiHasAnAddress() {
		List<String> addresses = JsonMapper.shared()
			.readTree(OpenApiContract.DOCUMENT.toFile())
			.get("paths")
			.properties()
			.stream()
			.filter(path -> path.getValue().has("get") && !path.getValue().get("get").has("security")
					&& !path.getValue().get("get").get("tags").get(0).asString().equals("History"))
			.map(Map.Entry::getKey)
			.map(path -> path.replaceFirst("^/api/v1", "/explore").replace("{number}", "4").replaceAll("\\{\\w+}", "x"))
			.toList();
		assertThat(addresses).contains("/explore", "/explore/timeline", "/explore/member-states/x");
		addresses
			.forEach(address -> assertThat(mvc.get().uri(address)).as(address).hasStatusOk().bodyText().contains(PAGE));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/explore/nope", "/explore/people/nikol-pashinyan",
			"/explore/persons/nikol-pashinyan/roles", "/explore/sources/csto-wikipedia-extract/passages/four",
			"/explore/sources/csto-wikipedia-extract/passages", "/explore/js/nope.js", "/explore/api/v1/events" })
	void opensThePageWithNotFoundElsewhere(String address) {
		assertThat(mvc.get().uri(address)).hasStatus(404).bodyText().contains(PAGE);
	}

	/** What every address answers with: the explorer's page. */
	private static final String PAGE = "<main id=\"main\"";

	@ParameterizedTest
	@ValueSource(strings = { "/explore/index.html", "/explore/explorer.css", "/explore/favicon.svg",
			"/explore/js/app.js", "/explore/js/api.js" })
	void servesThePagesOwnFilesAsThemselves(String file) {
		assertThat(mvc.get().uri(file)).hasStatusOk().hasForwardedUrl(null);
	}

	@Test
	void leavesTheApiAlone() {
		assertThat(mvc.get().uri("/api/v1/nope").exchange().getResponse().getForwardedUrl()).isNull();
	}

	@Test
	void answersHeadToo() {
		assertThat(mvc.head().uri("/explore/persons/nikol-pashinyan")).hasStatusOk();
		assertThat(mvc.head().uri("/explore/nope")).hasStatus(404);
	}

	/**
	 * The page names its files under the hash of their content, so that they can be kept
	 * for a year, and is itself revalidated, answering 304 while the files are unchanged.
	 */
	@Test
	void namesItsFilesByTheirContentAndServesThemForAYear() throws Exception {
		MvcTestResult page = mvc.get().uri("/explore").exchange();
		assertThat(page).hasHeader("Cache-Control", "no-cache");
		String etag = page.getResponse().getHeader("ETag");
		Matcher app = Pattern.compile("src=\"(/explore/[0-9a-f]{16}/js/app\\.js)\"")
			.matcher(page.getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(app.find()).as("the page names app.js under its version").isTrue();
		assertThat(mvc.get().uri(app.group(1))).hasStatusOk()
			.hasHeader("Cache-Control", "max-age=31536000, public, immutable")
			.bodyText()
			.contains("import");
		assertThat(mvc.get().uri("/explore").header("If-None-Match", etag)).hasStatus(304);
		assertThat(mvc.get().uri("/explore/0000000000000000/js/app.js")).hasStatus(404);
	}

}
