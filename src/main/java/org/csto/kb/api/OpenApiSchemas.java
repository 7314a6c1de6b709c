package org.csto.kb.api;

import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.models.media.Schema;

/** Small builders of OpenAPI schemas that the customizers share. */
final class OpenApiSchemas {

	static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

	static final String JSON = org.springframework.http.MediaType.APPLICATION_JSON_VALUE;

	private OpenApiSchemas() {
	}

	static Schema<Object> string() {
		return new Schema<>().types(Set.of("string"));
	}

	static Schema<Object> stringEnum(List<?> values) {
		return string()._enum(values.stream().map(Object.class::cast).toList());
	}

	/** The name a {@code #/components/schemas/...} reference points at. */
	static String schemaName(String ref) {
		return ref.substring(ref.lastIndexOf('/') + 1);
	}

}
