package org.csto.kb.web.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Strong ETags, 304s, gzip and a response cache for the API.
 * <p>
 * The data changes only by a publication (which changes the data version) or with a new
 * build, so a representation is fully determined by the data version, the build, the
 * request URI with its query and the {@code Accept} header. The ETag is a hash of those,
 * known before any work is done: a matching {@code If-None-Match} is answered {@code 304}
 * without running the request, and a finished {@code 200} is kept under that tag to
 * answer the next identical request without rendering it again, once it has been asked
 * for twice. Compression lives here too because a gzip body is a different representation
 * with its own strong ETag ({@code "…-gzip"}), which Tomcat's compression does not
 * provide (it skips responses that carry a strong ETag).
 * <p>
 * A request that says {@code Cache-Control: no-cache} (or {@code Pragma: no-cache}) is
 * rendered afresh, as RFC 9111 asks of a cache; the benchmark sends it so that no figure
 * of user traffic rests on this cache. A request with credentials, and a response that is
 * not to be stored or shared (a proposal's), pass through untouched: what one account
 * sees is never kept for another.
 */
class ConditionalResponseFilter extends OncePerRequestFilter {

	private static final int COMPRESSION_THRESHOLD = 1024;

	private static final String GZIP_SUFFIX = "-gzip";

	private static final Set<String> COMPRESSIBLE = Set.of("application/json", "application/problem+json", "text/csv");

	private final DataVersion data;

	private final String build;

	/** The data version and build the kept responses were rendered for. */
	private volatile String version = "";

	private final String cacheControl;

	private final Cache<String, Rendered> rendered;

	/**
	 * The tags of responses rendered once and not kept. Most searches and filters are
	 * asked for once: keeping each would fill the cache, and the old generation of the
	 * heap, with answers nobody asks for again (events cost 6 % more CPU with one-off
	 * answers kept, docs/PERFORMANCE.md). A response is kept the second time it is
	 * rendered.
	 */
	private final Cache<String, Boolean> renderedOnce = Caffeine.newBuilder().maximumSize(10_000).build();

	ConditionalResponseFilter(DataVersion data, String build, HttpProperties properties, MeterRegistry meters) {
		this.data = data;
		this.build = build;
		this.cacheControl = CacheControl.maxAge(properties.cacheMaxAge()).cachePublic().getHeaderValue();
		this.rendered = Caffeine.newBuilder()
			.maximumWeight(properties.responseCacheSize().toBytes())
			.weigher((String tag, Rendered response) -> response.body().length + tag.length())
			.recordStats()
			.build();
		CaffeineCacheMetrics.monitor(meters, rendered, "responses");
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		return !("GET".equals(method) || "HEAD".equals(method)) || !request.getRequestURI().startsWith("/api/")
				|| request.getHeader(HttpHeaders.AUTHORIZATION) != null;
	}

	/**
	 * A response for one account alone (a proposal, say), which says so: it is neither
	 * kept nor tagged.
	 */
	private static boolean unshared(HttpServletResponse response) {
		String cacheControl = response.getHeader(HttpHeaders.CACHE_CONTROL);
		return cacheControl != null && (cacheControl.contains("no-store") || cacheControl.contains("private"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String tag = tag(request);
		response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
		response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
		String matched = match(ifNoneMatch, tag);
		if (matched != null) {
			notModified(response, matched);
			return;
		}
		boolean gzip = acceptsGzip(request);
		String key = gzip ? tag + GZIP_SUFFIX : tag;
		Rendered cached = noCache(request) ? null : rendered.getIfPresent(key);
		if (cached == null) {
			ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
			chain.doFilter(request, buffered);
			if (buffered.getStatus() != HttpServletResponse.SC_OK || unshared(buffered)) {
				buffered.copyBodyToResponse();
				return;
			}
			if ("HEAD".equals(request.getMethod())) {
				if (anyTag(ifNoneMatch)) {
					notModified(response, '"' + tag + '"');
				}
				buffered.copyBodyToResponse();
				return;
			}
			cached = render(tag, gzip, buffered);
			buffered.resetBuffer();
			if (renderedOnce.asMap().putIfAbsent(key, Boolean.TRUE) != null) {
				rendered.put(key, cached);
			}
		}
		if (anyTag(ifNoneMatch)) {
			// "*" matches any current representation (RFC 9110, 13.1.2), and so only one
			// that exists: known now that it rendered as a 200.
			notModified(response, cached.etag());
			return;
		}
		write(cached, request, response);
	}

	private void notModified(HttpServletResponse response, String etag) {
		response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
		response.setHeader(HttpHeaders.ETAG, etag);
		response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
	}

	private static Rendered render(String tag, boolean gzip, ContentCachingResponseWrapper response)
			throws IOException {
		byte[] body = response.getContentAsByteArray();
		boolean compress = gzip && body.length >= COMPRESSION_THRESHOLD && compressible(response.getContentType());
		return new Rendered('"' + tag + (compress ? GZIP_SUFFIX : "") + '"', response.getContentType(),
				response.getHeader(HttpHeaders.CONTENT_DISPOSITION), compress, compress ? gzip(body) : body);
	}

	private void write(Rendered cached, HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setStatus(HttpServletResponse.SC_OK);
		response.setHeader(HttpHeaders.ETAG, cached.etag());
		response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
		response.setContentType(cached.contentType());
		if (cached.contentDisposition() != null) {
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION, cached.contentDisposition());
		}
		if (cached.gzipped()) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		response.setContentLength(cached.body().length);
		if (!"HEAD".equals(request.getMethod())) {
			response.getOutputStream().write(cached.body());
		}
	}

	private static boolean noCache(HttpServletRequest request) {
		String cacheControl = request.getHeader(HttpHeaders.CACHE_CONTROL);
		return (cacheControl != null && cacheControl.toLowerCase(Locale.ROOT).contains("no-cache"))
				|| "no-cache".equalsIgnoreCase(request.getHeader(HttpHeaders.PRAGMA));
	}

	/**
	 * The data version and build, as of now: a publication changes it, and the responses
	 * kept for the one before are dropped.
	 */
	private String version() {
		String now = data.value() + "/" + build;
		if (!now.equals(version)) {
			synchronized (this) {
				if (!now.equals(version)) {
					version = now;
					rendered.invalidateAll();
					renderedOnce.invalidateAll();
				}
			}
		}
		return now;
	}

	private String tag(HttpServletRequest request) {
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		String key = version() + '\n' + request.getRequestURI() + '?' + request.getQueryString() + '\n' + accept;
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The client's tag that still names the current data (either encoding's), or null.
	 */
	private static String match(String ifNoneMatch, String tag) {
		if (ifNoneMatch == null) {
			return null;
		}
		for (String candidate : ifNoneMatch.split(",")) {
			String value = candidate.trim();
			if (value.equals('"' + tag + '"') || value.equals('"' + tag + GZIP_SUFFIX + '"')) {
				return value;
			}
		}
		return null;
	}

	private static boolean anyTag(String ifNoneMatch) {
		return ifNoneMatch != null && ifNoneMatch.trim().equals("*");
	}

	private static boolean acceptsGzip(HttpServletRequest request) {
		String acceptEncoding = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
		if (acceptEncoding == null) {
			return false;
		}
		for (String coding : acceptEncoding.split(",")) {
			String[] parts = coding.trim().split(";");
			if (parts[0].trim().equalsIgnoreCase("gzip")) {
				return parts.length == 1 || !parts[1].replace(" ", "").matches("q=0(\\.0*)?");
			}
		}
		return false;
	}

	private static boolean compressible(String contentType) {
		if (contentType == null) {
			return false;
		}
		MediaType type = MediaType.parseMediaType(contentType);
		return COMPRESSIBLE.contains(type.getType() + "/" + type.getSubtype());
	}

	private static byte[] gzip(byte[] body) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4);
		try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
			gzip.write(body);
		}
		return out.toByteArray();
	}

	/** A finished 200, as it goes on the wire. */
	private record Rendered(String etag, String contentType, String contentDisposition, boolean gzipped, byte[] body) {
	}

}
