package org.csto.kb.testing;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** What every error answer must be: an RFC 9457 problem of the API's own type, naming a bad parameter. */
public final class Problems {

	private Problems() {
	}

	public static void assertProblem(MvcTestResult result, HttpStatus status, String type) {
		assertThat(result).hasStatus(status).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo(type);
		assertThat(result).bodyJson().extractingPath("$.status").isEqualTo(status.value());
		assertThat(result).bodyJson().extractingPath("$.detail").asString().isNotBlank();
	}

	public static void assertInvalidParameter(MvcTestResult result, String parameter) {
		assertProblem(result, HttpStatus.BAD_REQUEST, "/problems/invalid-parameter");
		assertThat(result).bodyJson().extractingPath("$.parameter").isEqualTo(parameter);
		assertThat(result).bodyJson().extractingPath("$.detail").asString().contains(parameter);
	}

}
