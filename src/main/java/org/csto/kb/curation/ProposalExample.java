package org.csto.kb.curation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The proposal Swagger UI fills in, which is the README's: a new source and an event that
 * quotes it word for word, as it stands a proposal every check passes (once; its ids are
 * then taken). Kept as a file, so that the README's walk-through and its test read the
 * same one.
 */
@Component
class ProposalExample implements OpenApiCustomizer {

	static final String RESOURCE = "curation/example-proposal.json";

	private static final Object EXAMPLE = read();

	@Override
	public void customise(OpenAPI openApi) {
		PathItem proposals = openApi.getPaths().get(ProposalController.PATH);
		if (proposals == null || proposals.getPost() == null || proposals.getPost().getRequestBody() == null) {
			return;
		}
		MediaType json = proposals.getPost().getRequestBody().getContent().get("application/json");
		if (json != null) {
			json.setExample(EXAMPLE);
		}
	}

	private static Object read() {
		try (InputStream in = ProposalExample.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			return JsonMapper.builder().build().readValue(in, Object.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
