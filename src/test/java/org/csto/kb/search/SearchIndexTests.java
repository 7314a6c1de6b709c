package org.csto.kb.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.csto.kb.testing.KnowledgeBaseApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index lives in a temporary directory of its own, read memory-mapped, and leaves
 * nothing behind when it closes.
 */
@KnowledgeBaseApiTest
class SearchIndexTests {

	@Autowired
	SearchDocuments documents;

	@Test
	void keepsItsFilesInADirectoryOfItsOwnAndDeletesThemWhenClosed() throws Exception {
		SearchIndex index = SearchIndex.build(documents, List.of("text"));
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
		try (SearchIndex first = SearchIndex.build(documents, List.of("text"));
				SearchIndex second = SearchIndex.build(documents, List.of("text"))) {
			assertThat(first.directory()).isNotEqualTo(second.directory());
		}
	}

}
