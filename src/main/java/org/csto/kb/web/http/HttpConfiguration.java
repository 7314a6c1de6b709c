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
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

/** Browser access from other origins, and conditional, compressed responses. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HttpProperties.class)
class HttpConfiguration {

	/**
	 * CORS as a servlet filter ahead of the ETag filter, so that 304s carry CORS headers
	 * too.
	 */
	@Bean
	FilterRegistrationBean<CorsFilter> corsFilter(HttpProperties properties) {
		CorsConfiguration cors = new CorsConfiguration();
		cors.setAllowedOriginPatterns(properties.allowedOrigins());
		cors.setAllowedMethods(List.of("GET", "HEAD", "OPTIONS"));
		cors.addAllowedHeader("*");
		cors.setExposedHeaders(List.of(HttpHeaders.ETAG, HttpHeaders.CONTENT_DISPOSITION, HttpHeaders.CONTENT_LENGTH));
		cors.setMaxAge(3600L);
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/api/**", cors);
		source.registerCorsConfiguration("/v3/api-docs/**", cors);
		CorsFilter filter = new CorsFilter(source);
		filter.setCorsProcessor(new ProblemCorsProcessor());
		FilterRegistrationBean<CorsFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	@Bean
	FilterRegistrationBean<ConditionalResponseFilter> conditionalResponseFilter(HttpProperties properties,
			DataVersion data, ObjectProvider<BuildProperties> build, MeterRegistry meters) {
		BuildProperties buildProperties = build.getIfAvailable();
		String buildVersion = buildProperties == null ? "dev"
				: buildProperties.getVersion() + "@" + buildProperties.getTime();
		FilterRegistrationBean<ConditionalResponseFilter> registration = new FilterRegistrationBean<>(
				new ConditionalResponseFilter(data.value() + "/" + buildVersion, properties, meters));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		return registration;
	}

}
