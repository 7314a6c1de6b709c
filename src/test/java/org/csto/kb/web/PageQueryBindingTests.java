package org.csto.kb.web;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

class PageQueryBindingTests {

	private final MockMvcTester mvc = MockMvcTester.create(MockMvcBuilders.standaloneSetup(new Echo())
		.setCustomArgumentResolvers(new PageQueryBinding.PageQueryResolver())
		.setControllerAdvice(new ProblemHandler())
		.build());

	@Test
	void bindsPageSizeAndSortAsGiven() {
		assertThat(mvc.get().uri("/echo?page=2&size=5&sort=title,desc")).hasStatusOk()
			.bodyText()
			.isEqualTo("2|5|title,desc");
	}

	@Test
	void leavesMissingParametersUnset() {
		assertThat(mvc.get().uri("/echo")).hasStatusOk().bodyText().isEqualTo("null|null|null");
	}

	@Test
	void joinsRepeatedValuesSoThatTwoSortsAreRefused() {
		assertThat(mvc.get().uri("/echo?sort=title,asc&sort=date")).hasStatusOk()
			.bodyText()
			.isEqualTo("null|null|title,asc,date");
		assertThat(mvc.get().uri("/sorted?sort=title,asc&sort=date")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.parameter")
			.isEqualTo("sort");
	}

	/** Nested in a test class, so that Boot's test type filter keeps it out of every application context. */
	@RestController
	static class Echo {

		@GetMapping("/echo")
		String echo(PageQuery query) {
			return query.page() + "|" + query.size() + "|" + query.sort();
		}

		@GetMapping("/sorted")
		String sorted(PageQuery query) {
			return query.sort(Sorting.of(String.class).byText("title", s -> s)).toString();
		}

	}

}
