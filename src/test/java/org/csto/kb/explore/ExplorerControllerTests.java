package org.csto.kb.explore;

import java.util.List;

import org.csto.kb.testing.KnowledgeBaseWebTest;
import org.csto.kb.testing.contract.OpenApiContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every address of the explorer opens its page, so a reload or a shared link works: each
 * of the API's own paths under {@code /explore} with {@code 200}, anything else with
 * {@code 404} and the page, which shows its own "not found" view. The page's files stay
 * what they are.
 */
@KnowledgeBaseWebTest(ExplorerController.class)
@Import(ExplorerController.class)
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
		assertThat(mvc.get().uri(address)).hasStatusOk().hasForwardedUrl("/explore/index.html");
	}

	/**
	 * Each path of the API, as its OpenAPI document lists them, has its address: the same
	 * path under /explore ({@code /api/v1} itself is the home page).
	 */
	@Test
	void everyPathOfTheApiHasAnAddress() {
		List<String> addresses = JsonMapper.shared()
			.readTree(OpenApiContract.DOCUMENT.toFile())
			.get("paths")
			.propertyNames()
			.stream()
			.map(path -> path.replaceFirst("^/api/v1", "/explore").replace("{number}", "4").replaceAll("\\{\\w+}", "x"))
			.toList();
		assertThat(addresses).contains("/explore", "/explore/timeline", "/explore/member-states/x");
		addresses.forEach(address -> assertThat(mvc.get().uri(address)).as(address)
			.hasStatusOk()
			.hasForwardedUrl("/explore/index.html"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/explore/nope", "/explore/people/nikol-pashinyan",
			"/explore/persons/nikol-pashinyan/roles", "/explore/sources/csto-wikipedia-extract/passages/four",
			"/explore/sources/csto-wikipedia-extract/passages", "/explore/js/nope.js", "/explore/api/v1/events" })
	void opensThePageWithNotFoundElsewhere(String address) {
		assertThat(mvc.get().uri(address)).hasStatus(404).hasForwardedUrl("/explore/index.html");
	}

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
		assertThat(mvc.head().uri("/explore/persons/nikol-pashinyan")).hasStatusOk()
			.hasForwardedUrl("/explore/index.html");
		assertThat(mvc.head().uri("/explore/nope")).hasStatus(404).hasForwardedUrl("/explore/index.html");
	}

}
