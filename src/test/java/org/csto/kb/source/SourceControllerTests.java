package org.csto.kb.source;

import java.util.List;

import org.csto.kb.catalog.Catalog;
import org.csto.kb.catalog.Sorting;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csto.kb.testing.Problems.assertInvalidParameter;
import static org.csto.kb.testing.Problems.assertProblem;
import static org.mockito.BDDMockito.given;

@WebMvcTest(SourceController.class)
class SourceControllerTests {

	static final Source EXTRACT = new Source("extract", "An extract", "https://example.org/article", "CC BY-SA 4.0",
			"https://creativecommons.org/licenses/by-sa/4.0/", "0".repeat(64),
			List.of(new Passage(1, "A title", List.of()), new Passage(2, "[8] A fact.[9]", List.of("[8]", "[9]"))));

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	SourceService sources;

	@BeforeEach
	void catalog() {
		given(sources.catalog()).willReturn(
				new Catalog<>(List.of(EXTRACT), Source::id, Sorting.of(Source.class).byText("title", Source::title)));
	}

	@Test
	void listsSourcesInAPagedEnvelope() {
		assertThat(mvc.get().uri("/api/v1/sources")).hasStatusOk().bodyJson().isLenientlyEqualTo("""
				{"content": [{"id": "extract", "licence": "CC BY-SA 4.0"}],
				 "page": {"size": 20, "number": 0, "totalElements": 1, "totalPages": 1}}""");
	}

	@Test
	void servesASourceWithItsNumberedPassagesAndMarkers() {
		assertThat(mvc.get().uri("/api/v1/sources/extract")).hasStatusOk().bodyJson().isLenientlyEqualTo("""
				{"passages": [{"number": 1, "text": "A title", "markers": []},
				              {"number": 2, "text": "[8] A fact.[9]", "markers": ["[8]", "[9]"]}]}""");
	}

	@Test
	void servesOnePassageByItsNumber() {
		assertThat(mvc.get().uri("/api/v1/sources/extract/passages/2")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.text")
			.isEqualTo("[8] A fact.[9]");
		assertProblem(mvc.get().uri("/api/v1/sources/extract/passages/3").exchange(), HttpStatus.NOT_FOUND,
				"/problems/not-found");
	}

	@Test
	void answersAnUnknownIdWithANotFoundProblem() {
		assertProblem(mvc.get().uri("/api/v1/sources/nope").exchange(), HttpStatus.NOT_FOUND, "/problems/not-found");
	}

	@Test
	void answersAnUnsortableFieldWithAProblemNamingTheParameter() {
		assertInvalidParameter(mvc.get().uri("/api/v1/sources").param("sort", "origin").exchange(), "sort");
	}

}
