package org.csto.kb.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API as a client sees it over HTTP: every status is returned rather than thrown, redirects are not
 * followed, and JSON is read as a tree so that the tests check the served field names, not the records'.
 * What no client library would send goes through {@link #raw}.
 */
public final class Api {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final int port;

	private final RestClient http;

	public Api(int port) {
		this.port = port;
		this.http = RestClient.builder()
			.baseUrl("http://localhost:" + port)
			.requestFactory(new JdkClientHttpRequestFactory())
			.defaultStatusHandler(status -> true, (request, response) -> {
			})
			.build();
	}

	public ResponseEntity<String> exchange(HttpMethod method, String path) {
		return http.method(method).uri(path).retrieve().toEntity(String.class);
	}

	public ResponseEntity<String> get(String path) {
		return exchange(HttpMethod.GET, path);
	}

	/** The JSON body of a GET that must succeed. */
	public JsonNode json(String path) {
		ResponseEntity<String> response = get(path);
		assertThat(response.getStatusCode()).as("GET %s", path).isEqualTo(HttpStatus.OK);
		return read(response.getBody());
	}

	/** Every item of a collection, page by page. */
	public List<JsonNode> all(String collection) {
		List<JsonNode> items = new ArrayList<>();
		JsonNode page;
		int number = 0;
		do {
			page = json(collection + "?size=100&page=" + number++);
			page.get("content").forEach(items::add);
		}
		while (number < page.get("page").get("totalPages").asInt());
		return items;
	}

	/**
	 * Writes the request line and headers to a socket exactly as given (with a {@code Host} and
	 * {@code Connection: close}), and reads the whole answer. The answer is read while the request is still
	 * being written: Tomcat answers an oversized request before it has all of it, and then resets the
	 * connection, which would otherwise fail the write or the read that follows it.
	 */
	public Answer raw(String requestLine, String... headers) {
		StringBuilder request = new StringBuilder(requestLine).append("\r\nHost: localhost\r\nConnection: close\r\n");
		for (String header : headers) {
			request.append(header).append("\r\n");
		}
		byte[] bytes = request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
		ByteArrayOutputStream answer = new ByteArrayOutputStream();
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(5_000);
			CompletableFuture.runAsync(() -> {
				try {
					OutputStream out = socket.getOutputStream();
					out.write(bytes);
					out.flush();
				}
				catch (IOException ex) {
					// the server stopped reading, having answered
				}
			});
			try {
				socket.getInputStream().transferTo(answer);
			}
			catch (SocketException ex) {
				if (answer.size() == 0) {
					throw ex;
				}
			}
			return Answer.parse(answer.toString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static JsonNode read(String body) {
		return JSON.readTree(body);
	}

}
