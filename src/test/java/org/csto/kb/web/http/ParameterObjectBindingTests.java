package org.csto.kb.web.http;

import org.junit.jupiter.api.Test;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

class ParameterObjectBindingTests {

	private final MockMvcTester mvc = MockMvcTester.create(MockMvcBuilders.standaloneSetup(new Echo())
		.setCustomArgumentResolvers(new ParameterObjectBinding.ParameterObjectResolver())
		.build());

	@Test
	void readsEachComponentFromTheQueryParameterOfItsName() {
		assertThat(mvc.get().uri("/echo?page=2&size=5&sort=title,desc")).hasStatusOk()
			.bodyText()
			.isEqualTo("2|5|title,desc");
	}

	@Test
	void leavesMissingParametersUnset() {
		assertThat(mvc.get().uri("/echo")).hasStatusOk().bodyText().isEqualTo("null|null|null");
	}

	@Test
	void joinsRepeatedValuesWithCommasSoThatTheRecordCanRefuseThem() {
		assertThat(mvc.get().uri("/echo?sort=title,asc&sort=date")).hasStatusOk()
			.bodyText()
			.isEqualTo("null|null|title,asc,date");
	}

	@Test
	void readsNoHeaderIntoAComponent() {
		assertThat(mvc.get().uri("/filter").header("kind", "QUOTE").header("speaker", "someone")).hasStatusOk()
			.bodyText()
			.isEqualTo("null|null");
	}

	@Test
	void readsARecordThatIsNotPublic() {
		assertThat(mvc.get().uri("/filter?kind=QUOTE&speaker=someone")).hasStatusOk()
			.bodyText()
			.isEqualTo("someone|QUOTE");
	}

	record Paging(String page, String size, String sort) {
	}

	private record Filter(String speaker, String kind) {
	}

	/**
	 * Nested in a test class, so that Boot's test type filter keeps it out of every
	 * application context.
	 */
	@RestController
	static class Echo {

		@GetMapping("/echo")
		String echo(@ParameterObject Paging paging) {
			return paging.page() + "|" + paging.size() + "|" + paging.sort();
		}

		@GetMapping("/filter")
		String filter(@ParameterObject Filter filter) {
			return filter.speaker() + "|" + filter.kind();
		}

	}

}
