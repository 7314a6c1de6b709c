package org.csto.kb.web.problem;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.csto.kb.web.headers.SecurityHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * Tomcat answers some requests itself, before any servlet sees them: a request line or
 * headers over the size limit, an encoded slash or NUL in the path, a malformed escape.
 * Its own valve would answer with an HTML page; this one answers with the same problem
 * document as the rest of the API.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		AtomicBoolean ioAllowed = new AtomicBoolean(false);
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
		if (!ioAllowed.get()) {
			return;
		}
		ProblemDetail problem = ProblemType.problem(status, status >= 500 ? ProblemType.UNEXPECTED
				: "The server could not read this request: the request line and headers must stay within the "
						+ "size limits, the path may hold no encoded slash, backslash or NUL, and the path and query "
						+ "must be percent-encoded UTF-8.",
				request.getRequestURI());
		SecurityHeaders.apply(response);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8);
		try {
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(ProblemWriter.json(problem));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// the client is gone or the response was taken over: there is no one left to
			// tell
		}
	}

}
