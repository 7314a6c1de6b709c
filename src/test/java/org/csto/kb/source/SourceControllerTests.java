package org.csto.kb.source;

import java.util.List;

import org.csto.kb.catalog.Checks;
import org.csto.kb.catalog.CitationIndex;
import org.csto.kb.catalog.ResourceCatalog;
import org.csto.kb.catalog.SearchText;
import org.csto.kb.catalog.Sorting;
import org.csto.kb.shared.Citation;
import org.csto.kb.shared.ResourceType;
import org.csto.kb.testing.KnowledgeBaseWebTest;
import org.csto.kb.testing.MockMvcApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csto.kb.testing.Problems.assertProblem;

@KnowledgeBaseWebTest(SourceController.class)
class SourceControllerTests {

	static final Source EXTRACT = new Source("extract", "An extract", "https://example.org/article", "CC BY-SA 4.0",
			"https://creativecommons.org/licenses/by-sa/4.0/", "0".repeat(64),
			List.of(new Passage(1, "A title", List.of(), List.of()),
					new Passage(2, "[8] A fact.[9]", List.of("[8]", "[9]"), List.of())),
			1);

	static final Source ARTICLE = new Source("article", "The whole article", "https://example.org/article",
			"CC BY-SA 4.0", "https://creativecommons.org/licenses/by-sa/4.0/", "1".repeat(64), List.of(), 1);

	@Autowired
	MockMvcApi api;

	@Test
	void listsSourcesByIdUnlessAskedOtherwise() {
		assertThat(api.get("/api/v1/sources")).hasStatusOk().bodyJson().isLenientlyEqualTo("""
				{"content": [{"id": "article"}, {"id": "extract", "licence": "CC BY-SA 4.0"}],
				 "page": {"size": 20, "number": 0, "totalElements": 2, "totalPages": 1}}""");
		assertThat(api.field("/api/v1/sources", "id")).containsExactly("article", "extract");
		assertThat(api.field("/api/v1/sources?sort=title", "id")).containsExactly("extract", "article");
	}

	@Test
	void servesASourceWithItsNumberedPassagesAndMarkers() {
		assertThat(api.get("/api/v1/sources/extract")).hasStatusOk().bodyJson().isLenientlyEqualTo("""
				{"passages": [{"number": 1, "text": "A title", "markers": []},
				              {"number": 2, "text": "[8] A fact.[9]", "markers": ["[8]", "[9]"]}]}""");
	}

	@Test
	void listsWhatCitesEachPassage() {
		assertThat(api.get("/api/v1/sources/extract/passages/2")).hasStatusOk().bodyJson().isLenientlyEqualTo("""
				{"number": 2, "citedBy": [{"type": "person", "id": "someone", "name": "Someone"}]}""");
		assertThat(api.ok("/api/v1/sources/extract/passages/1").get("citedBy").isEmpty()).isTrue();
	}

	@Test
	void servesOnePassageByItsNumber() {
		assertThat(api.ok("/api/v1/sources/extract/passages/2").get("text").asString()).isEqualTo("[8] A fact.[9]");
		assertProblem(api.get("/api/v1/sources/extract/passages/3"), 404, "/problems/not-found");
	}

	/**
	 * Out of id order, so that the lists above come sorted only if the catalog sorts
	 * them.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class Catalog {

		@Bean
		Sources sources() {
			return new Sources(List.of(EXTRACT, ARTICLE));
		}

		/** One item, which cites the second passage of the extract. */
		@Bean
		CitationIndex citations(Sources sources) {
			return new CitationIndex(List.of(sources, new Cited()));
		}

	}

	record Someone(String id, List<Citation> citations) {
	}

	static class Cited extends ResourceCatalog<Someone, Someone> {

		Cited() {
			super(new Shape<>(ResourceType.PERSON, Someone.class, Someone::id, someone -> "Someone",
					new Sorting<Someone>()), null,
					List.of(new Someone("someone", List.of(new Citation("extract", 2, "[8]", "A fact.")))));
		}

		@Override
		public List<SearchText> searchTexts(Someone someone) {
			return List.of();
		}

		@Override
		public void check(String id, Someone draft, boolean created, Checks checks) {
		}

	}

}
