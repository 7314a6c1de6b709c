package org.csto.kb.testing;

import java.util.ArrayList;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every error answer must be: an RFC 9457 problem of the API's own kind, never a
 * page or a trace.
 */
public final class Problems {

	private Problems() {
	}

	/**
	 * What keeps the answer from being a problem with the status; nothing when it is one.
	 */
	public static List<String> faults(Answer answer, int status) {
		List<String> faults = new ArrayList<>();
		if (answer.status() != status) {
			faults.add("status " + answer.status() + " instead of " + status);
		}
		String contentType = answer.contentType();
		if (contentType == null
				|| !MediaType.APPLICATION_PROBLEM_JSON.equalsTypeAndSubtype(MediaType.parseMediaType(contentType))) {
			faults.add("media type " + contentType + " instead of " + MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			return faults;
		}
		JsonNode problem;
		try {
			problem = Api.read(answer.body());
		}
		catch (JacksonException ex) {
			faults.add("a body that is no JSON: " + answer.body());
			return faults;
		}
		if (!problem.path("type").asString("").startsWith("/problems/")) {
			faults.add("type " + problem.path("type") + " that is not one of the API's");
		}
		if (problem.path("title").asString("").isBlank()) {
			faults.add("no title");
		}
		if (problem.path("status").asInt() != answer.status()) {
			faults.add("status " + problem.path("status") + " in the body");
		}
		if (problem.path("detail").asString("").isBlank()) {
			faults.add("no detail");
		}
		return faults;
	}

	/**
	 * Asserts that the answer is a problem with the status, and returns the problem to
	 * check further.
	 */
	public static JsonNode assertProblem(Answer answer, int status) {
		assertThat(faults(answer, status)).as("a %d problem, answered with: %s", status, answer.body()).isEmpty();
		return Api.read(answer.body());
	}

	public static JsonNode assertProblem(Answer answer, int status, String type) {
		JsonNode problem = assertProblem(answer, status);
		assertThat(problem.get("type").asString()).isEqualTo(type);
		return problem;
	}

	public static JsonNode assertProblem(MvcTestResult result, int status, String type) {
		return assertProblem(Answer.of(result), status, type);
	}

	/** A 400 problem that names the parameter, and says what the parameter accepts. */
	public static JsonNode assertInvalidParameter(Answer answer, String parameter) {
		JsonNode problem = assertProblem(answer, 400, "/problems/invalid-parameter");
		assertThat(problem.get("parameter").asString()).isEqualTo(parameter);
		assertThat(problem.get("detail").asString()).contains(parameter);
		return problem;
	}

	public static JsonNode assertInvalidParameter(MvcTestResult result, String parameter) {
		return assertInvalidParameter(Answer.of(result), parameter);
	}

}
