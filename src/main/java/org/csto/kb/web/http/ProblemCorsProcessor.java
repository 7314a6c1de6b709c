package org.csto.kb.web.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.csto.kb.web.problem.ProblemType;
import org.csto.kb.web.problem.ProblemWriter;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.DefaultCorsProcessor;

/**
 * Spring's CORS processing, except that a refused request is answered with a problem that
 * says what is allowed, as every other error is, instead of a plain-text "Invalid CORS
 * request".
 */
class ProblemCorsProcessor extends DefaultCorsProcessor {

	@Override
	protected boolean handleInternal(ServerHttpRequest request, ServerHttpResponse response, CorsConfiguration config,
			boolean preFlightRequest) throws IOException {
		boolean allowed = super.handleInternal(request, response, config, preFlightRequest);
		if (!allowed) {
			response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
			String detail = "This cross-origin request is refused: origin " + request.getHeaders().getOrigin()
					+ " may use " + list(config.getAllowedMethods()) + " here, from "
					+ list(config.getAllowedOriginPatterns()) + ", with any request header";
			response.getBody()
				.write(ProblemWriter.json(ProblemType.FORBIDDEN.problem(detail, request.getURI().getRawPath()))
					.getBytes(StandardCharsets.UTF_8));
			response.flush();
		}
		return allowed;
	}

	/** Only the status here: the body is the problem written above. */
	@Override
	protected void rejectRequest(ServerHttpResponse response) {
		response.setStatusCode(HttpStatus.FORBIDDEN);
	}

	private static String list(List<String> values) {
		return values == null || values.isEmpty() ? "nothing" : String.join(", ", values);
	}

}
