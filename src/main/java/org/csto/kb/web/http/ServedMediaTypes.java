package org.csto.kb.web.http;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * JSON, and CSV on collections, as the OpenAPI document describes them: nothing else.
 * Spring would also write YAML, because springdoc brings Jackson's YAML module along.
 */
@Configuration(proxyBeanMethods = false)
class ServedMediaTypes implements WebMvcConfigurer {

	@Override
	public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
		builder.configureMessageConvertersList(
				converters -> converters.removeIf(converter -> converter.getSupportedMediaTypes()
					.stream()
					.anyMatch(type -> type.getSubtype().contains("yaml"))));
	}

}
