package org.csto.kb.web.http;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.WebContentInterceptor;

/**
 * Swagger UI's files carry no version in their paths (springdoc serves them from its
 * webjar under fixed names), so they may be reused for an hour before they are
 * revalidated, rather than for a year as the explorer's hashed files are. Its
 * initializer, which names this server's document, is never stored: springdoc sets that
 * itself.
 */
@Configuration(proxyBeanMethods = false)
class StaticCaching implements WebMvcConfigurer {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		WebContentInterceptor swaggerUi = new WebContentInterceptor();
		swaggerUi.addCacheMapping(CacheControl.maxAge(Duration.ofHours(1)).cachePublic(), "/swagger-ui/**");
		registry.addInterceptor(swaggerUi).addPathPatterns("/swagger-ui/**");
	}

}
