package org.csto.kb.source;

import java.util.stream.IntStream;

import org.csto.kb.testing.KnowledgeBaseDataTest;
import org.csto.kb.testing.ShippedSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@KnowledgeBaseDataTest
class SourceRepositoryTests {

	@Autowired
	SourceRepository sources;

	@Test
	void readsTheShippedTextAsNumberedPassages() {
		assertThat(sources.findAll()).map(SourceEntity::toSource).singleElement().satisfies(source -> {
			assertThat(source.id()).isEqualTo(ShippedSource.ID);
			assertThat(source.licence()).isEqualTo("CC BY-SA 4.0");
			assertThat(source.passages()).extracting(Passage::text)
				.containsExactlyElementsOf(ShippedSource.nonBlankLines());
			assertThat(source.passages()).extracting(Passage::number)
				.containsExactlyElementsOf(
						IntStream.rangeClosed(1, ShippedSource.nonBlankLines().size()).boxed().toList());
		});
	}

	@Test
	void keepsEachPassagesFootnoteMarkersInOrder() {
		assertThat(sources.findAll()).map(SourceEntity::toSource)
			.singleElement()
			.satisfies(source -> assertThat(source.passages().get(26).markers()).containsExactly("[71]", "[72]"));
	}

}
