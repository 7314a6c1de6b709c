package org.csto.kb.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.csto.kb.catalog.PageQuery;
import org.csto.kb.testing.KnowledgeBaseApiTest;
import org.csto.kb.testing.contract.OpenApiContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csto.kb.testing.Problems.assertInvalidParameter;
import static org.csto.kb.testing.Problems.assertProblem;

/**
 * Every operation of the committed document, called the way a client would, answers as
 * the document declares: its own examples with a 200, and every problem it lists with a
 * problem that matches.
 */
@KnowledgeBaseApiTest
class ContractTests {

	private static final Pattern PATH_PARAMETER = Pattern.compile("\\{(\\w+)}");

	@Autowired
	private MockMvcTester mvc;

	@ParameterizedTest(name = "GET {0}")
	@MethodSource("paths")
	void everyOperationAnswersItsExamplesWithTheDeclaredRepresentation(String template) {
		assertThat(conforming(mvc.get().uri(withExamples(template)).exchange())).hasStatusOk()
			.hasContentType(MediaType.APPLICATION_JSON);
	}

	@ParameterizedTest(name = "GET {0}")
	@MethodSource("itemPaths")
	void everyItemOperationAnswersAnUnknownIdWithNotFound(String template) {
		assertProblem(
				conforming(mvc.get().uri(PATH_PARAMETER.matcher(template).replaceAll("no-such-thing")).exchange()), 404,
				"/problems/not-found");
	}

	@ParameterizedTest(name = "GET {0}?{1}")
	@MethodSource("invalidPagingOfEveryCollection")
	void everyCollectionAnswersAnInvalidParameterWithAProblemNamingIt(String path, String query, String parameter) {
		assertInvalidParameter(conforming(mvc.get().uri(withExamples(path) + "&" + query).exchange()), parameter);
	}

	@ParameterizedTest(name = "POST {0}")
	@MethodSource("paths")
	void everyPathAnswersAWriteWithMethodNotAllowed(String template) {
		assertProblem(conforming(mvc.post().uri(withExamples(template)).exchange()), 405,
				"/problems/method-not-allowed");
	}

	@ParameterizedTest(name = "GET {0} as XML")
	@MethodSource("paths")
	void everyPathAnswersAnUnservedMediaTypeWithNotAcceptable(String template) {
		assertProblem(conforming(mvc.get().uri(withExamples(template)).accept(MediaType.APPLICATION_XML).exchange()),
				406, "/problems/not-acceptable");
	}

	@Test
	void anUnknownPathAnswersNotFoundAsAProblem() {
		assertProblem(conforming(mvc.get().uri("/api/v1/treaties").exchange()), 404, "/problems/not-found");
	}

	/**
	 * Explicit, so that this class checks the contract even where the MockMvc customizer
	 * is not applied.
	 */
	private static MvcTestResult conforming(MvcTestResult result) {
		assertThat(result).matches(OpenApiContract.conforms());
		return result;
	}

	/**
	 * The paths of reading, whose GET needs no account; the curation's operations are
	 * {@code org.csto.kb.curation}'s to test.
	 */
	private static Stream<String> paths() {
		return document().get("paths")
			.properties()
			.stream()
			.filter(path -> path.getValue().has("get") && !path.getValue().get("get").has("security"))
			.map(Map.Entry::getKey);
	}

	private static Stream<String> itemPaths() {
		return paths().filter(path -> path.contains("{"));
	}

	private static Stream<Arguments> invalidPagingOfEveryCollection() {
		return paths()
			.filter(path -> !path.contains("{") && document().at(pointer(path) + "/get/parameters")
				.valueStream()
				.anyMatch(parameter -> "page".equals(parameter.path("name").asString())))
			.flatMap(path -> Stream.of(Arguments.of(path, "size=0", "size"), Arguments.of(path, "size=101", "size"),
					Arguments.of(path, "page=-1", "page"), Arguments.of(path, "page=first", "page"),
					Arguments.of(path, "page=" + (PageQuery.MAX_PAGE + 1), "page"),
					Arguments.of(path, "sort=nothing,asc", "sort")));
	}

	/**
	 * The path with each path parameter replaced by the document's example for it, which
	 * must name a real item, and each required query parameter given its example.
	 */
	private static String withExamples(String template) {
		JsonNode parameters = document().at(pointer(template) + "/get/parameters");
		Matcher matcher = PATH_PARAMETER.matcher(template);
		String path = matcher.replaceAll(match -> parameters.valueStream()
			.filter(parameter -> match.group(1).equals(parameter.path("name").asString()))
			.map(parameter -> parameter.path("example").asString())
			.findFirst()
			.orElseThrow(() -> new AssertionError(template + " has no example for " + match.group(1))));
		String query = parameters.valueStream()
			.filter(parameter -> "query".equals(parameter.path("in").asString())
					&& parameter.path("required").asBoolean())
			.map(parameter -> parameter.path("name").asString() + "="
					+ URLEncoder.encode(parameter.path("example").asString(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return path + "?" + query;
	}

	private static String pointer(String path) {
		return "/paths/" + path.replace("~", "~0").replace("/", "~1");
	}

	private static JsonNode document() {
		return JsonMapper.shared().readTree(OpenApiContract.DOCUMENT.toFile());
	}

}
