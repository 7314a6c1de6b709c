package org.csto.kb.explore;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.csto.kb.shared.ResourceType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.util.StringUtils;
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
	RouterFunction<ServerResponse> explorerRoutes(ResourceLoader resources, ExplorerAssets assets) {
		RequestPredicate read = RequestPredicates.method(HttpMethod.GET).or(RequestPredicates.method(HttpMethod.HEAD));
		return RouterFunctions.route()
			.route(read.and(ExplorerController::isAddress), request -> page(request, assets, HttpStatus.OK))
			.route(read.and(RequestPredicates.path("/explore/**")).and(request -> !isFile(resources, assets, request)),
					request -> page(request, assets, HttpStatus.NOT_FOUND))
			.build();
	}

	/**
	 * The page, revalidated on every visit: its tag is the version of the files it names,
	 * so an unchanged release answers {@code 304}. A weak tag, since the same page goes
	 * out gzipped or not.
	 */
	private static ServerResponse page(ServerRequest request, ExplorerAssets assets, HttpStatus status) {
		String etag = "W/\"" + assets.version() + "\"";
		if (status == HttpStatus.OK) {
			var notModified = request.checkNotModified(etag);
			if (notModified.isPresent()) {
				return notModified.get();
			}
		}
		return ServerResponse.status(status)
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.cacheControl(CacheControl.noCache())
			.eTag(etag)
			.body(assets.page());
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
	 * are, under their version or without it.
	 */
	private static boolean isFile(ResourceLoader resources, ExplorerAssets assets, ServerRequest request) {
		String path = StringUtils.cleanPath(request.requestPath().pathWithinApplication().value());
		String versioned = "/explore/" + assets.version() + "/";
		if (path.startsWith(versioned)) {
			path = "/explore/" + path.substring(versioned.length());
		}
		if (!path.startsWith("/explore/")) {
			return false;
		}
		Resource file = resources.getResource(STATIC + path);
		return file.exists() && file.isReadable();
	}

}
