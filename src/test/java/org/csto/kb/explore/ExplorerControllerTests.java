package org.csto.kb.explore;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every address of the explorer opens its page, so a reload or a shared link works; no
 * other one does.
 */
@WebMvcTest(ExplorerController.class)
class ExplorerControllerTests {

	@Autowired
	MockMvcTester mvc;

	@ParameterizedTest
	@ValueSource(
			strings = { "/explore", "/explore/", "/explore/search?q=Pashinyan", "/explore?participant=ARM&kind=QUOTE",
					"/explore/events/csto-founding", "/explore/statements/medvedev-on-real-partnership",
					"/explore/persons/nikol-pashinyan", "/explore/bodies/collective-rapid-reaction-force",
					"/explore/organizations/csto", "/explore/countries/ARM", "/explore/sources/csto-wikipedia-extract",
					"/explore/sources/csto-wikipedia-extract/passages/4?by=persons/nikol-pashinyan" })
	void opensThePageAtEachOfItsAddresses(String address) {
		assertThat(mvc.get().uri(address)).hasStatusOk().hasForwardedUrl("/explore/index.html");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/explore/people/nikol-pashinyan", "/explore/persons/nikol-pashinyan/roles",
			"/explore/sources/csto-wikipedia-extract/passages/four" })
	void leavesOtherAddressesAlone(String address) {
		assertThat(mvc.get().uri(address).exchange().getResponse().getForwardedUrl()).isNull();
	}

	@Test
	void answersHeadToo() {
		assertThat(mvc.head().uri("/explore/persons/nikol-pashinyan")).hasStatusOk()
			.hasForwardedUrl("/explore/index.html");
	}

}
