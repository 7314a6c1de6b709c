package org.csto.kb.web.problem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a problem where Spring MVC's own error path cannot: in a servlet filter (CORS,
 * security) or in Tomcat's error report valve. It is written as Spring MVC writes it.
 */
public final class ProblemWriter {

	/** Spring's own mix-in, so that no empty field is written. */
	private static final JsonMapper JSON = JsonMapper.builder()
		.addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class)
		.build();

	private ProblemWriter() {
	}

	public static String json(ProblemDetail problem) {
		return JSON.writeValueAsString(problem);
	}

	/** Answers the response with a problem of this type, for the request's path. */
	public static void write(HttpServletResponse response, ProblemType type, String detail, String path)
			throws IOException {
		response.setStatus(type.status().value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8);
		response.getWriter().write(json(type.problem(detail, path)));
	}

}
