package org.csto.kb.web.http;

import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

/** Browser access from other origins, and conditional, compressed responses. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HttpProperties.class)
class HttpConfiguration {

	/**
	 * CORS as a servlet filter ahead of the ETag filter, so that 304s carry CORS headers
	 * too. Any origin may read. Only the origins configured to write may send anything
	 * else, or send credentials, and those get nothing but their own origin back: a page
	 * elsewhere cannot make a signed-in browser write.
	 */
	@Bean
	FilterRegistrationBean<CorsFilter> corsFilter(HttpProperties properties) {
		CorsConfiguration read = new CorsConfiguration();
		read.setAllowedOriginPatterns(properties.allowedOrigins());
		read.setAllowedMethods(List.of("GET", "HEAD", "OPTIONS"));
		read.addAllowedHeader("*");
		read.setExposedHeaders(List.of(HttpHeaders.ETAG, HttpHeaders.CONTENT_DISPOSITION, HttpHeaders.CONTENT_LENGTH));
		read.setMaxAge(3600L);
		CorsConfiguration write = new CorsConfiguration();
		write.setAllowedOrigins(properties.writeOrigins());
		write.setAllowedMethods(List.of("GET", "HEAD", "POST", "PUT", "OPTIONS"));
		write.addAllowedHeader("*");
		write.setAllowCredentials(true);
		write.setExposedHeaders(List.of(HttpHeaders.ETAG, HttpHeaders.CONTENT_DISPOSITION, HttpHeaders.CONTENT_LENGTH,
				HttpHeaders.LOCATION));
		write.setMaxAge(3600L);
		CorsConfigurationSource source = request -> {
			String path = request.getRequestURI();
			if (!path.startsWith("/api/") && !path.startsWith("/v3/api-docs") && !path.equals("/login")
					&& !path.equals("/logout")) {
				return null;
			}
			return write.checkOrigin(request.getHeader(HttpHeaders.ORIGIN)) != null ? write : read;
		};
		CorsFilter filter = new CorsFilter(source);
		filter.setCorsProcessor(new ProblemCorsProcessor());
		FilterRegistrationBean<CorsFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	/** Ahead of every filter that reads a body. */
	@Bean
	FilterRegistrationBean<RequestBodyLimit> requestBodyLimit(HttpProperties properties) {
		FilterRegistrationBean<RequestBodyLimit> registration = new FilterRegistrationBean<>(
				new RequestBodyLimit(properties.maxRequestBody().toBytes()));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
		return registration;
	}

	@Bean
	FilterRegistrationBean<ConditionalResponseFilter> conditionalResponseFilter(HttpProperties properties,
			DataVersion data, ObjectProvider<BuildProperties> build, MeterRegistry meters) {
		BuildProperties buildProperties = build.getIfAvailable();
		String buildVersion = buildProperties == null ? "dev"
				: buildProperties.getVersion() + "@" + buildProperties.getTime();
		FilterRegistrationBean<ConditionalResponseFilter> registration = new FilterRegistrationBean<>(
				new ConditionalResponseFilter(data, buildVersion, properties, meters));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		return registration;
	}

}
