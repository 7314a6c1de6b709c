package org.csto.kb.testing;

import java.util.ArrayList;
import java.util.List;

import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API through MockMvc, for tests that need no server: a GET, a status check, and the
 * JSON body as a tree. A test annotated {@code @CheckedAgainstOpenApi} (so every
 * {@code @KnowledgeBaseApiTest} and {@code @KnowledgeBaseWebTest}) can inject one.
 */
public final class MockMvcApi {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final MockMvcTester mvc;

	public MockMvcApi(MockMvcTester mvc) {
		this.mvc = mvc;
	}

	public MvcTestResult get(String uri) {
		return mvc.get().uri(uri).exchange();
	}

	/** The JSON body of a GET that must answer 200. */
	public JsonNode ok(String uri) {
		MvcTestResult result = get(uri);
		assertThat(result).as("GET " + uri).hasStatusOk();
		return JSON.readTree(result.getResponse().getContentAsByteArray());
	}

	/** The problem a GET must answer with. */
	public JsonNode problem(String uri, int status) {
		return Problems.assertProblem(Answer.of(get(uri)), status);
	}

	/** The values of one field across a collection page's items. */
	public List<String> field(String uri, String field) {
		List<String> values = new ArrayList<>();
		ok(uri).get("content")
			.forEach(item -> values.add(item.get(field).isNull() ? null : item.get(field).asString()));
		return values;
	}

}
