package org.csto.kb.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API as a client sees it over HTTP: every status is returned rather than thrown,
 * redirects are not followed, and JSON is read as a tree so that the tests check the
 * served field names, not the records'. What no client library would send goes through
 * {@link #raw}.
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

	/** A GET with these headers, such as an {@code Accept}. */
	public ResponseEntity<String> get(String path, HttpHeaders headers) {
		return http.get().uri(path).headers(all -> all.addAll(headers)).retrieve().toEntity(String.class);
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
	 * Writes the request line and headers to a socket exactly as given (with a
	 * {@code Host} and {@code Connection: close}), and reads the whole answer.
	 */
	public Answer raw(String requestLine, String... headers) {
		StringBuilder request = new StringBuilder(requestLine).append("\r\nHost: localhost\r\nConnection: close\r\n");
		for (String header : headers) {
			request.append(header).append("\r\n");
		}
		byte[] bytes = request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(5_000);
			OutputStream out = socket.getOutputStream();
			// Sent while the answer is read: the server answers an oversized request
			// before it has read it
			// all, and closes, so a writer that waited for its last byte would meet a
			// broken pipe instead.
			CompletableFuture<Void> sending = CompletableFuture.runAsync(() -> {
				try {
					out.write(bytes);
					out.flush();
				}
				catch (IOException ex) {
					// the server stopped reading: its answer is what the test is about
				}
			});
			ByteArrayOutputStream received = new ByteArrayOutputStream();
			InputStream in = socket.getInputStream();
			byte[] buffer = new byte[8192];
			try {
				for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
					received.write(buffer, 0, n);
				}
			}
			catch (SocketException ex) {
				// a reset once the answer is in: the rest of the request was never read
				if (received.size() == 0) {
					throw ex;
				}
			}
			sending.join();
			return Answer.parse(received.toString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static JsonNode read(String body) {
		return JSON.readTree(body);
	}

}
