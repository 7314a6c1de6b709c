package org.csto.kb.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.csto.kb.catalog.ResourceCatalog;
import org.csto.kb.catalog.SearchText;
import org.csto.kb.shared.ResourceType;
import org.csto.kb.testing.KnowledgeBaseApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index lives in a temporary directory of its own, read memory-mapped, and leaves
 * nothing behind when it closes; one item can be written again without building it anew.
 */
@KnowledgeBaseApiTest
class SearchIndexTests {

	@Autowired
	List<ResourceCatalog<?, ?>> catalogs;

	@Test
	void keepsItsFilesInADirectoryOfItsOwnAndDeletesThemWhenClosed() throws Exception {
		SearchIndex index = SearchIndex.build(catalogs);
		Path directory = index.directory();
		try {
			assertThat(directory).startsWith(Path.of(System.getProperty("java.io.tmpdir")));
			assertThat(index.documents()).isNotEmpty();
			try (var files = Files.walk(directory)) {
				assertThat(files.filter(Files::isRegularFile)).isNotEmpty();
			}
		}
		finally {
			index.close();
		}
		assertThat(directory).doesNotExist();
	}

	@Test
	void twoIndexesNeverShareADirectory() throws Exception {
		try (SearchIndex first = SearchIndex.build(catalogs); SearchIndex second = SearchIndex.build(catalogs)) {
			assertThat(first.directory()).isNotEqualTo(second.directory());
		}
	}

	@Test
	void writesOneItemAgainAndTakesOutWhatItNoLongerSays() {
		SearchService search = new SearchService(catalogs);
		try {
			search.awaitIndex();
			assertThat(ids(search, "Pelosi")).contains("nancy-pelosi");

			search.reindex(ResourceType.PERSON, "nancy-pelosi", List.of(SearchText.named("Nancy Zyxwvut")));
			assertThat(ids(search, "Zyxwvut")).containsExactly("nancy-pelosi");
			assertThat(ids(search, "Pelosi")).doesNotContain("nancy-pelosi");

			search.reindex(ResourceType.PERSON, "nancy-pelosi", List.of());
			assertThat(ids(search, "Zyxwvut")).isEmpty();
		}
		finally {
			search.close();
		}
	}

	private static List<String> ids(SearchService search, String query) {
		return search.search(query, List.of(ResourceType.PERSON), PageRequest.of(0, 100))
			.map(SearchHit::id)
			.getContent();
	}

}
