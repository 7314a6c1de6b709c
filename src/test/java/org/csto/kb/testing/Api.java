package org.csto.kb.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API as a client sees it over HTTP, the one HTTP client of the tests: a bean that
 * {@link KnowledgeBaseApiTest} provides ({@link ApiClientConfiguration}), to inject with
 * {@code @Autowired Api api}. Every status is returned rather than thrown, redirects are
 * not followed, and JSON is read as a tree so that the tests check the served field
 * names, not the records'. It speaks HTTP/1.1 and adds no header of its own beyond what
 * the JDK client must send: no {@code Accept}, no {@code Accept-Encoding}, so a
 * compressed body comes only when a test asks for one, and comes as sent.
 * <p>
 * A path given as a {@code String} is a URI template, encoded as {@link RestClient} does;
 * a {@link URI} from {@link #uri} is sent exactly as written, for percent-encodings that
 * must reach the server as they are. What no client library would send goes through
 * {@link #raw}.
 */
public final class Api {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private final int port;

	private final URI base;

	private final RestClient http;

	/**
	 * A client of the application on this port: the test context's, through
	 * {@link ApiClientConfiguration}, or one a test starts itself.
	 */
	public Api(int port) {
		this.port = port;
		this.base = URI.create("http://localhost:" + port);
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.build());
		requests.setReadTimeout(TIMEOUT);
		requests.enableCompression(false);
		this.http = RestClient.builder()
			.baseUrl(base.toString())
			.requestFactory(requests)
			.defaultStatusHandler(status -> true, (request, response) -> {
			})
			.build();
	}

	/** Where the server listens: {@code http://localhost:<port>}. */
	public URI base() {
		return base;
	}

	/** The address of a path on the server, for a browser or a command line. */
	public String url(String path) {
		return base + path;
	}

	/**
	 * The request target exactly as written, already percent-encoded: nothing is expanded
	 * or encoded again, and dot segments stay.
	 */
	public URI uri(String target) {
		return URI.create(base + target);
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

	/** A GET of the exact target. */
	public ResponseEntity<String> get(URI target) {
		return exchange(HttpMethod.GET, target);
	}

	/**
	 * A request to the exact target with these headers, each written
	 * {@code "Name: value"}.
	 */
	public ResponseEntity<String> exchange(HttpMethod method, URI target, String... headers) {
		return request(method, target, headers).retrieve().toEntity(String.class);
	}

	/**
	 * A request to the exact target with these headers, each written
	 * {@code "Name: value"}, whose body is read as the bytes that came: still compressed
	 * if the server compressed it, and empty (never null) when there was none.
	 */
	public ResponseEntity<byte[]> bytes(HttpMethod method, URI target, String... headers) {
		ResponseEntity<byte[]> response = request(method, target, headers).retrieve().toEntity(byte[].class);
		return response.hasBody() ? response
				: ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders()).body(new byte[0]);
	}

	/**
	 * GETs of the exact targets, all sent at once so that the server answers them
	 * concurrently, as it would a busy client; the answers in the order of the targets.
	 */
	public List<ResponseEntity<String>> getAll(List<URI> targets) {
		ExecutorService senders = Executors.newFixedThreadPool(Math.max(1, targets.size()));
		try {
			List<CompletableFuture<ResponseEntity<String>>> answers = targets.stream()
				.map(target -> CompletableFuture.supplyAsync(() -> get(target), senders))
				.toList();
			return answers.stream().map(CompletableFuture::join).toList();
		}
		finally {
			senders.shutdown();
		}
	}

	/**
	 * A request with this body, sent as JSON unless a {@code Content-Type} header says
	 * otherwise (none where it is null), and these headers, each written
	 * {@code "Name: value"}.
	 */
	public ResponseEntity<String> send(HttpMethod method, String path, String body, String... headers) {
		RestClient.RequestBodySpec request = http.method(method).uri(path).headers(all -> {
			for (String header : headers) {
				int colon = header.indexOf(':');
				all.add(header.substring(0, colon).trim(), header.substring(colon + 1).trim());
			}
		});
		if (body != null) {
			request.headers(all -> {
				if (all.getContentType() == null) {
					all.setContentType(MediaType.APPLICATION_JSON);
				}
			}).body(body);
		}
		return request.retrieve().toEntity(String.class);
	}

	private RestClient.RequestHeadersSpec<?> request(HttpMethod method, URI target, String... headers) {
		return http.method(method).uri(target).headers(all -> {
			for (String header : headers) {
				int colon = header.indexOf(':');
				all.add(header.substring(0, colon).trim(), header.substring(colon + 1).trim());
			}
		});
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
		return raw(requestLine, new byte[0], headers);
	}

	/**
	 * As {@link #raw(String, String...)}, with this body after the headers, which must
	 * give its length or its encoding.
	 */
	public Answer raw(String requestLine, byte[] body, String... headers) {
		StringBuilder request = new StringBuilder(requestLine).append("\r\nHost: localhost\r\nConnection: close\r\n");
		for (String header : headers) {
			request.append(header).append("\r\n");
		}
		byte[] head = request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
		byte[] bytes = new byte[head.length + body.length];
		System.arraycopy(head, 0, bytes, 0, head.length);
		System.arraycopy(body, 0, bytes, head.length, body.length);
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
