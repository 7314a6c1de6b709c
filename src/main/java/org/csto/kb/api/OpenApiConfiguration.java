package org.csto.kb.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.ExternalDocumentation;
import io.swagger.v3.oas.models.OpenAPI;
import java.util.List;

import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.csto.kb.source.SourceText;
import org.csto.kb.catalog.Catalog;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document: what it says about the API as a whole here; what every operation
 * and schema shares, one concern a customizer, in this package. The server is the
 * relative {@code /}, so the document is the same wherever it is served and
 * {@code docs/openapi.json} can be compared byte for byte.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI knowledgeBaseOpenApi() {
		return new OpenAPI()
			.info(new Info().title("CSTO knowledge base API")
				.version("v1")
				.description(
						"""
								A knowledge base about the Collective Security Treaty Organization (CSTO): its member \
								states and the other countries, organizations, bodies, persons, events and statements that its \
								sources name. Every item carries citations: the passage of a source and the exact words \
								in it that state the fact. Nothing is added from elsewhere: where a source gives no date, \
								role or title, the field is null. Reading needs no account.

								The source is an extract of the English Wikipedia article "Collective Security Treaty \
								Organization" (%s), available under the Creative Commons Attribution-ShareAlike 4.0 licence; \
								the data derived from it is shared under the same licence. It is served whole at \
								/api/v1/sources/%s.

								### Start here
								To read the story rather than JSON, open [the explorer](/explore): a timeline of the events and \
								statements, the member states, search, and every fact next to the passage that states it, all \
								read from this API.

								Open an operation, press **Try it out**, fill in what the table says, then **Execute**.

								| The question | The operation | Fill in | The answer as a link |
								| --- | --- | --- | --- |
								| What happened in 2023? | [List the events](/swagger-ui.html#/Events/listEvents) | `from` 2023, `to` 2023 | [/api/v1/events?from=2023&to=2023](/api/v1/events?from=2023&to=2023) |
								| ... with what was said, in date order? | [Events and statements in date order](/swagger-ui.html#/Timeline/getTimeline) | `from` 2023, `to` 2023 | [/api/v1/timeline?from=2023&to=2023](/api/v1/timeline?from=2023&to=2023) |
								| What did Pashinyan say? | [List the statements](/swagger-ui.html#/Statements/listStatements) | `speaker` nikol-pashinyan | [/api/v1/statements?speaker=nikol-pashinyan](/api/v1/statements?speaker=nikol-pashinyan) |
								| Where is the rapid reaction force mentioned? | [Search](/swagger-ui.html#/Search/search) | nothing: `q` is filled in | [/api/v1/search?q=rapid+reaction+force](/api/v1/search?q=rapid+reaction+force) |
								| Who are the members, and where does Armenia stand? | [List the member states](/swagger-ui.html#/Member%%20states/listMemberStates) | nothing | [/api/v1/member-states](/api/v1/member-states) |

								Every item carries `citations`: `passage` is the number of the passage of the source that states \
								it ([Get a passage](/swagger-ui.html#/Sources/getPassage)), and `quote` the exact words. Add `format=csv` to any \
								collection for a spreadsheet; the link to an operation in the address bar can be shared.

								### Curating
								The knowledge base grows through proposals: a curator proposes new items, updates and deletions, \
								each fact quoted word for word from a passage, and a reviewer other than the author publishes or \
								rejects them. Press **Authorize**, give an account's name and password (HTTP Basic), then use \
								[Propose changes](/swagger-ui.html#/Curation/createProposal). Every item's revisions, and the \
								feed of published changes, are public: [History](/swagger-ui.html#/History/listChanges)."""
							.formatted(SourceText.ORIGIN, SourceText.ID))
				.license(new License().name("CC BY-SA 4.0 (data); the source text is from English Wikipedia")
					.url(SourceText.LICENCE_URL))
				.contact(new Contact().name("The CSTO knowledge base maintainers")))
			.servers(List.of(new Server().url("/").description("The server that serves this document")))
			.components(new Components()
				.addSecuritySchemes("basicAuth",
						new SecurityScheme().type(SecurityScheme.Type.HTTP)
							.scheme("basic")
							.description("An account's name and password, sent with each request: how scripts and "
									+ "Swagger UI sign in. No CSRF token is needed."))
				.addSecuritySchemes("session", new SecurityScheme().type(SecurityScheme.Type.APIKEY)
					.in(SecurityScheme.In.COOKIE)
					.name("JSESSIONID")
					.description("The session a form sign-in starts: POST `username` and `password` to /login "
							+ "(form-encoded, with the `XSRF-TOKEN` cookie's value in the `X-XSRF-TOKEN` header, "
							+ "as on every write), and POST /logout to end it. How the explorer signs in.")))
			.externalDocs(new ExternalDocumentation().description("The source article").url(SourceText.ORIGIN));
	}

	/**
	 * What every operation and schema shares, one concern a step, applied in this order:
	 * the pages are renamed before anything looks them up, and the parameters are
	 * complete before the conditional request header is added after them.
	 */
	@Bean
	OpenApiCustomizer contract(List<Catalog<?>> catalogs) {
		List<OpenApiCustomizer> steps = List.of(new PageSchemas(), new SerializedSchemas(),
				new QueryParameters(catalogs), new ConditionalRequests(), new ProblemResponses(), new TagOrder());
		return openApi -> steps.forEach(step -> step.customise(openApi));
	}

}
