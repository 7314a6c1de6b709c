package org.csto.kb.web.problem;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests so malformed that HTTP client libraries refuse to send them, written to a socket: the ones
 * Tomcat rejects before any servlet runs must still get a problem, never an HTML page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MalformedRequestTests {

	@LocalServerPort
	int port;

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/events/%", "/api/v1/events/%zz", "/api/v1/events/a%00b", "/api/v1/events/..%2F..%2Fetc",
			"/api/v1/events?page=%ff", "/api/v1/statements?kind=%C0%AF", "/%" })
	void malformedUrlsAreBadRequestProblems(String target) throws IOException {
		String response = send("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
		assertThat(response).startsWith("HTTP/1.1 400");
		assertThat(response).containsIgnoringCase("Content-Type: application/problem+json");
		assertThat(response).contains("\"type\":\"/problems/bad-request\"", "\"status\":400", "\"detail\":")
			.doesNotContain("<html", "Exception");
	}

	@ParameterizedTest
	@ValueSource(ints = { 40_000, 200_000 })
	void headersOverTheLimitAreProblems(int length) throws IOException {
		String response = send("GET /api/v1/events HTTP/1.1\r\nHost: localhost\r\nX-Padding: " + "a".repeat(length)
				+ "\r\nConnection: close\r\n\r\n");
		assertThat(response).startsWith("HTTP/1.1 400");
		assertThat(response).containsIgnoringCase("Content-Type: application/problem+json").doesNotContain("<html");
	}

	@Test
	void longValuesWithinTheLimitReachTheApplication() throws IOException {
		String response = send("GET /api/v1/events?from=" + "9".repeat(10_000)
				+ " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
		assertThat(response).startsWith("HTTP/1.1 400").contains("\"parameter\":\"from\"");
	}

	@Test
	void requestLinesOverTheLimitAreProblems() throws IOException {
		String response = send("GET /api/v1/events?from=" + "9".repeat(40_000)
				+ " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
		assertThat(response).startsWith("HTTP/1.1 400");
		assertThat(response).containsIgnoringCase("Content-Type: application/problem+json").doesNotContain("<html");
	}

	private String send(String request) throws IOException {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(5_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
