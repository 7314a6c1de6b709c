package org.csto.kb.web.http;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How clients may cache and call the API.
 *
 * @param cacheMaxAge how long a client or shared cache may reuse a response before
 * revalidating it
 * @param allowedOrigins the browser origins allowed to call the API (patterns such as
 * {@code https://*.example.org}; {@code *} for any)
 * @param responseCacheSize how many bytes of finished responses the server keeps to
 * answer repeats
 * @param writeOrigins the browser origins, other than the API's own, that may sign in and
 * write (none by default; never {@code *})
 * @param maxRequestBody the largest request body the API reads
 */
@ConfigurationProperties("kb.http")
public record HttpProperties(@DefaultValue("5m") Duration cacheMaxAge, @DefaultValue("*") List<String> allowedOrigins,
		@DefaultValue("32MB") DataSize responseCacheSize, @DefaultValue List<String> writeOrigins,
		@DefaultValue("2MB") DataSize maxRequestBody) {

	public HttpProperties {
		if (writeOrigins.stream().anyMatch(origin -> origin.contains("*"))) {
			throw new IllegalArgumentException(
					"kb.http.write-origins must name each origin that may write; it may not hold '*': " + writeOrigins);
		}
	}

}
