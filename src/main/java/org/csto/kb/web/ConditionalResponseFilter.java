package org.csto.kb.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

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
 * Strong ETags, 304s and gzip for the API.
 * <p>
 * The data changes only with a new source text or a new build, so a representation is fully determined
 * by the data version, the build, the request URI with its query and the {@code Accept} header: the ETag
 * is a hash of those, known before any work is done, and a matching {@code If-None-Match} is answered
 * {@code 304} without running the request. Compression lives here too because a gzip body is a different
 * representation and needs its own strong ETag ({@code "…-gzip"}), which Tomcat's compression does not
 * provide (it skips responses that carry a strong ETag).
 */
class ConditionalResponseFilter extends OncePerRequestFilter {

	private static final int COMPRESSION_THRESHOLD = 1024;

	private static final String GZIP_SUFFIX = "-gzip";

	private static final Set<String> COMPRESSIBLE = Set.of("application/json", "application/problem+json", "text/csv");

	private final String version;

	private final String cacheControl;

	ConditionalResponseFilter(String version, HttpProperties properties) {
		this.version = version;
		this.cacheControl = CacheControl.maxAge(properties.cacheMaxAge()).cachePublic().getHeaderValue();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		return !("GET".equals(method) || "HEAD".equals(method)) || !request.getRequestURI().startsWith("/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String tag = tag(request);
		boolean acceptsGzip = acceptsGzip(request);
		response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
		response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		String matched = match(request.getHeader(HttpHeaders.IF_NONE_MATCH), tag);
		if (matched != null) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			response.setHeader(HttpHeaders.ETAG, matched);
			response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
			return;
		}
		ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, buffered);
		byte[] body = buffered.getContentAsByteArray();
		boolean ok = buffered.getStatus() == HttpServletResponse.SC_OK;
		boolean compress = acceptsGzip && body.length >= COMPRESSION_THRESHOLD && compressible(buffered.getContentType());
		if (ok) {
			response.setHeader(HttpHeaders.ETAG, '"' + tag + (compress ? GZIP_SUFFIX : "") + '"');
			response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
		}
		if (compress) {
			byte[] gzipped = gzip(body);
			buffered.resetBuffer();
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
			response.setContentLength(gzipped.length);
			response.getOutputStream().write(gzipped);
			response.flushBuffer();
		}
		else {
			buffered.copyBodyToResponse();
		}
	}

	private String tag(HttpServletRequest request) {
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		String key = version + '\n' + request.getRequestURI() + '?' + request.getQueryString() + '\n' + accept;
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The client's tag that still names the current data (either encoding's), or null. */
	private static String match(String ifNoneMatch, String tag) {
		if (ifNoneMatch == null) {
			return null;
		}
		for (String candidate : ifNoneMatch.split(",")) {
			String value = candidate.trim();
			if (value.equals('"' + tag + '"') || value.equals('"' + tag + GZIP_SUFFIX + '"')) {
				return value;
			}
			if (value.equals("*")) {
				return '"' + tag + '"';
			}
		}
		return null;
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

}
