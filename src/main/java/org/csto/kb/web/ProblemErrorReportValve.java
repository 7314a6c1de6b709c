package org.csto.kb.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat rejects some requests before any servlet sees them (a malformed escape or an encoded slash in the
 * path, say) and renders its own HTML page for them; this renders those as problems instead.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		ProblemType type = ProblemType.forStatus(status);
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", type.type().toString());
		problem.put("title", type.title());
		problem.put("status", status);
		problem.put("detail", status >= 500 ? "The server could not answer this request."
				: "The request could not be understood: check the URL's percent-encoding, its length and its headers.");
		java.net.URI instance = ProblemHandler.instance(request.getRequestURI());
		if (instance != null) {
			problem.put("instance", instance.toString());
		}
		try {
			response.setContentType("application/problem+json");
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.getOutputStream().write(JSON.writeValueAsBytes(problem));
			response.finishResponse();
		}
		catch (IOException | IllegalStateException ex) {
			// the client is gone or the response was already committed: nothing more to tell it
		}
	}

}
