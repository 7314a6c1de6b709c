package org.csto.kb.explore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.CacheControl;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The explorer's files as a CDN would want them: served under a path that holds a hash of
 * their content ({@code /explore/3f2a…/js/app.js}), so that they can be cached for a year
 * and a new release is fetched at once. The page itself names them by that path, and is
 * revalidated on every visit. The modules import each other by relative paths, so they
 * all stay under the same hash.
 */
@Component
class ExplorerAssets implements WebMvcConfigurer {

	static final String LOCATION = "classpath:/static/explore/";

	/** A page's reference to one of its files: {@code href="/explore/js/app.js"}. */
	private static final Pattern FILE_REFERENCE = Pattern.compile("(href|src)=\"/explore/([^\"]+\\.(?:css|js|svg))\"");

	private final String version;

	private final String page;

	ExplorerAssets() {
		try {
			Resource[] files = new PathMatchingResourcePatternResolver().getResources(LOCATION + "**/*.*");
			Arrays.sort(files, Comparator.comparing(ExplorerAssets::path));
			this.version = hash(files);
			Resource index = new PathMatchingResourcePatternResolver().getResource(LOCATION + "index.html");
			Matcher reference = FILE_REFERENCE.matcher(index.getContentAsString(StandardCharsets.UTF_8));
			this.page = reference.replaceAll("$1=\"/explore/" + version + "/$2\"");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the explorer's files", ex);
		}
	}

	/** The hash of every file's path and content, which names this release of them. */
	String version() {
		return version;
	}

	/** The page, naming its files under their version. */
	String page() {
		return page;
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/explore/" + version + "/**")
			.addResourceLocations(LOCATION)
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
	}

	private static String hash(Resource[] files) throws IOException {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (Resource file : files) {
				digest.update(path(file).getBytes(StandardCharsets.UTF_8));
				digest.update(file.getContentAsByteArray());
			}
			return HexFormat.of().formatHex(digest.digest(), 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The file's path under the explorer's location, the same in a jar and a directory.
	 */
	private static String path(Resource file) {
		try {
			String url = file.getURL().toString();
			return url.substring(url.lastIndexOf("static/explore/") + "static/explore/".length());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
