package org.csto.kb.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Reads a {@link PageQuery} straight from the three request parameters. Spring's general model-attribute
 * binding constructs the record through a data binder and a conversion service on every request: that
 * made a list request cost about four times the API root in CPU (see docs/PERFORMANCE.md). The text needs
 * no conversion, since {@link PageQuery} validates it itself.
 */
@Configuration(proxyBeanMethods = false)
class PageQueryBinding implements WebMvcConfigurer {

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new PageQueryResolver());
	}

	static final class PageQueryResolver implements HandlerMethodArgumentResolver {

		@Override
		public boolean supportsParameter(MethodParameter parameter) {
			return parameter.getParameterType() == PageQuery.class;
		}

		@Override
		public PageQuery resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
				NativeWebRequest request, WebDataBinderFactory binders) {
			HttpServletRequest servlet = request.getNativeRequest(HttpServletRequest.class);
			return new PageQuery(value(servlet, "page"), value(servlet, "size"), value(servlet, "sort"));
		}

		/** Repeated values are joined with commas, as the data binder joined them. */
		private static String value(HttpServletRequest request, String name) {
			String[] values = request.getParameterValues(name);
			return values == null ? null : String.join(",", values);
		}

	}

}
