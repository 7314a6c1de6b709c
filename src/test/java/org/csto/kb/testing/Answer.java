package org.csto.kb.testing;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * An HTTP answer as the assertions read it, however a test got it: MockMvc, a client
 * library or a raw socket.
 */
public record Answer(int status, HttpHeaders headers, String body) {

	public static Answer of(MvcTestResult result) {
		HttpHeaders headers = new HttpHeaders();
		result.getResponse()
			.getHeaderNames()
			.forEach(name -> headers.addAll(name, result.getResponse().getHeaders(name)));
		try {
			return new Answer(result.getResponse().getStatus(), headers, result.getResponse().getContentAsString());
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** An answer of the {@link Api}; no body is an empty one. */
	public static Answer of(ResponseEntity<String> response) {
		return new Answer(response.getStatusCode().value(), response.getHeaders(),
				response.hasBody() ? response.getBody() : "");
	}

	/**
	 * An HTTP/1.1 response as it came off the wire: status line, headers, a blank line
	 * and the body.
	 */
	static Answer parse(String response) {
		int end = response.indexOf("\r\n\r\n");
		String[] head = response.substring(0, end < 0 ? response.length() : end).split("\r\n");
		HttpHeaders headers = new HttpHeaders();
		for (int i = 1; i < head.length; i++) {
			int colon = head[i].indexOf(':');
			headers.add(head[i].substring(0, colon).trim(), head[i].substring(colon + 1).trim());
		}
		String body = end < 0 ? "" : response.substring(end + 4);
		return new Answer(Integer.parseInt(head[0].split(" ")[1]), headers,
				"chunked".equalsIgnoreCase(headers.getFirst(HttpHeaders.TRANSFER_ENCODING)) ? dechunked(body) : body);
	}

	/** A body sent in chunks, each a hexadecimal length, CRLF, the bytes and CRLF. */
	private static String dechunked(String body) {
		StringBuilder whole = new StringBuilder();
		int at = 0;
		while (at < body.length()) {
			int lineEnd = body.indexOf("\r\n", at);
			int length = Integer.parseInt(body.substring(at, lineEnd).split(";")[0].trim(), 16);
			if (length == 0) {
				break;
			}
			byte[] rest = body.substring(lineEnd + 2).getBytes(StandardCharsets.UTF_8);
			String chunk = new String(rest, 0, length, StandardCharsets.UTF_8);
			whole.append(chunk);
			at = lineEnd + 2 + chunk.length() + 2;
		}
		return whole.toString();
	}

	public String contentType() {
		return headers.getFirst(HttpHeaders.CONTENT_TYPE);
	}

}
