package org.csto.kb.testing.contract;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import org.csto.kb.testing.Api;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The GET operations a running app documents in its OpenAPI document, so that tests cover
 * whatever the app serves, including operations added after the tests were written.
 */
public final class ApiDocument {

	public static final JsonMapper JSON = JsonMapper.shared();

	private ApiDocument() {
	}

	public static List<Operation> getOperations(Api api) {
		ResponseEntity<String> response = api.get("/v3/api-docs");
		if (response.getStatusCode().value() != 200) {
			throw new IllegalStateException("No OpenAPI document: " + response.getStatusCode().value());
		}
		List<Operation> operations = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : JSON.readTree(response.getBody()).path("paths").properties()) {
			JsonNode get = path.getValue().get("get");
			if (get == null) {
				continue;
			}
			List<Parameter> parameters = new ArrayList<>();
			for (JsonNode parameter : get.path("parameters")) {
				JsonNode example = parameter.has("example") ? parameter.get("example")
						: parameter.path("schema").path("examples").path(0);
				parameters.add(new Parameter(parameter.path("name").asString(), parameter.path("in").asString(),
						parameter.path("required").asBoolean(false), parameter.path("schema").path("type").asString(""),
						example.isMissingNode() || example.isNull() ? null : text(example)));
			}
			operations.add(new Operation(get.path("operationId").asString(path.getKey()), path.getKey(), parameters));
		}
		return operations;
	}

	/**
	 * An example as a query value: an array's items comma-separated, as the API accepts
	 * them.
	 */
	private static String text(JsonNode example) {
		if (!example.isArray()) {
			return example.asString();
		}
		List<String> items = new ArrayList<>();
		example.forEach(item -> items.add(item.asString()));
		return String.join(",", items);
	}

	/**
	 * Percent-encodes every byte of the UTF-8 form except the unreserved characters of
	 * RFC 3986.
	 */
	public static String encode(String value) {
		StringBuilder encoded = new StringBuilder();
		for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
			char c = (char) (b & 0xff);
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
				encoded.append(c);
			}
			else {
				encoded.append('%').append(HexFormat.of().withUpperCase().toHexDigits(b));
			}
		}
		return encoded.toString();
	}

	public record Parameter(String name, String in, boolean required, String type, String example) {

		public boolean inPath() {
			return "path".equals(in);
		}

		public boolean inQuery() {
			return "query".equals(in);
		}

		/**
		 * A value the operation accepts: the documented example, or a plain stand-in
		 * where there is none.
		 */
		public String exampleOrDefault() {
			if (example != null) {
				return example;
			}
			return "integer".equals(type) || "number".equals(type) ? "1" : "a";
		}

	}

	public record Operation(String id, String path, List<Parameter> parameters) {

		public boolean hasParameter(String name) {
			return parameters.stream().anyMatch(parameter -> parameter.name().equals(name));
		}

		public boolean hasPathParameters() {
			return parameters.stream().anyMatch(Parameter::inPath);
		}

		/**
		 * The request target: every path parameter and every required query parameter at
		 * its example, the given values, already percent-encoded, in place of those.
		 */
		public String target(Map<String, String> encodedValues) {
			String target = path;
			StringJoiner query = new StringJoiner("&");
			for (Parameter parameter : parameters) {
				String value = encodedValues.get(parameter.name());
				if (value == null && (parameter.inPath() || parameter.required())) {
					value = encode(parameter.exampleOrDefault());
				}
				if (value == null) {
					continue;
				}
				if (parameter.inPath()) {
					target = target.replace("{" + parameter.name() + "}", value);
				}
				else if (parameter.inQuery()) {
					query.add(encode(parameter.name()) + "=" + value);
				}
			}
			return query.length() == 0 ? target : target + "?" + query;
		}

		public String exampleTarget() {
			return target(Map.of());
		}

	}

}
