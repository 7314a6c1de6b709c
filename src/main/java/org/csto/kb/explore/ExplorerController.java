package org.csto.kb.explore;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.csto.kb.shared.ResourceType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.function.RenderingResponse;
import org.springframework.web.servlet.function.RequestPredicate;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Every address of the explorer opens the same page, which reads the address and asks the
 * API for what it names. The addresses are the API's own paths under {@code /explore}
 * instead of {@code /api/v1}: each collection ({@code /explore/statements}), each item
 * ({@code /explore/member-states/ARM}), each passage
 * ({@code /explore/sources/csto-wikipedia-extract/passages/4}), the timeline and search;
 * {@code /explore} itself is the home page. So a reload or a shared link opens the same
 * view.
 * <p>
 * Anything else under {@code /explore} opens the page too, answered {@code 404}: a script
 * sees that nothing is there, and a person sees the explorer's own "not found" view. The
 * page's own files ({@code /explore/explorer.css}, {@code /explore/js/app.js}, ...) are
 * left to the static resources. All the routes are here, built from the API's paths.
 */
@Configuration(proxyBeanMethods = false)
class ExplorerController {

	/**
	 * The API's collections, the member states and one for each resource type: each has a
	 * view at {@code /explore/<collection>} and its items at
	 * {@code /explore/<collection>/<id>}.
	 */
	static final List<String> COLLECTIONS = Stream
		.concat(Stream.of("member-states"), Arrays.stream(ResourceType.values()).map(ResourceType::collection))
		.toList();

	private static final String PAGE = "forward:/explore/index.html";

	private static final String STATIC = "classpath:/static";

	private static final PathPatternParser PARSER = new PathPatternParser();

	/** The explorer's addresses, each an API path under {@code /explore}. */
	static final List<PathPattern> ADDRESSES = Stream
		.of(Stream.of("/explore", "/explore/search", "/explore/timeline",
				"/explore/sources/{id}/passages/{number:\\d+}"),
				COLLECTIONS.stream().map(collection -> "/explore/" + collection),
				COLLECTIONS.stream().map(collection -> "/explore/" + collection + "/{id}"))
		.flatMap(patterns -> patterns)
		.map(PARSER::parse)
		.toList();

	@Bean
	RouterFunction<ServerResponse> explorerRoutes(ResourceLoader resources) {
		RequestPredicate read = RequestPredicates.method(HttpMethod.GET).or(RequestPredicates.method(HttpMethod.HEAD));
		return RouterFunctions.route()
			.route(read.and(ExplorerController::isAddress), request -> RenderingResponse.create(PAGE).build())
			.route(read.and(RequestPredicates.path("/explore/**")).and(request -> !isFile(resources, request)),
					request -> RenderingResponse.create(PAGE).status(HttpStatus.NOT_FOUND).build())
			.build();
	}

	/** Whether the request is for one of the addresses, with or without a final slash. */
	private static boolean isAddress(ServerRequest request) {
		String path = request.requestPath().pathWithinApplication().value();
		String trimmed = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
		PathContainer address = PathContainer.parsePath(trimmed);
		return ADDRESSES.stream().anyMatch(pattern -> pattern.matches(address));
	}

	/**
	 * Whether the request is for one of the page's own files, which are served as they
	 * are.
	 */
	private static boolean isFile(ResourceLoader resources, ServerRequest request) {
		String path = StringUtils.cleanPath(request.requestPath().pathWithinApplication().value());
		if (!path.startsWith("/explore/")) {
			return false;
		}
		Resource file = resources.getResource(STATIC + path);
		return file.exists() && file.isReadable();
	}

}
