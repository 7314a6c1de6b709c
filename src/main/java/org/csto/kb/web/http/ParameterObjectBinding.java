package org.csto.kb.web.http;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Reads a {@code @ParameterObject} record of text (the paging parameters, a collection's
 * filters) straight from the query parameters named after its components. Spring's
 * general model-attribute binding would construct it through a data binder and a
 * conversion service on every request: that made a list request cost about four times the
 * API root in CPU (see docs/PERFORMANCE.md). It would also bind request headers of the
 * same names, which a documented query parameter must not take from anywhere else. The
 * text needs no conversion, since each record validates its values itself. Before any of
 * that, {@link QueryParameterCheck} refuses parameters the operation does not take.
 */
@Configuration(proxyBeanMethods = false)
class ParameterObjectBinding implements WebMvcConfigurer {

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new ParameterObjectResolver());
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new QueryParameterCheck()).addPathPatterns("/api/**");
	}

	static final class ParameterObjectResolver implements HandlerMethodArgumentResolver {

		private final Map<Class<?>, TextRecord> records = new ConcurrentHashMap<>();

		@Override
		public boolean supportsParameter(MethodParameter parameter) {
			return parameter.hasParameterAnnotation(ParameterObject.class) && parameter.getParameterType().isRecord();
		}

		@Override
		public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
				NativeWebRequest request, WebDataBinderFactory binders) {
			return records.computeIfAbsent(parameter.getParameterType(), TextRecord::of)
				.read(request.getNativeRequest(HttpServletRequest.class));
		}

	}

	/**
	 * A record whose components are all text, and its canonical constructor, looked up
	 * once.
	 */
	private record TextRecord(Constructor<?> constructor, List<String> names) {

		static TextRecord of(Class<?> type) {
			RecordComponent[] components = type.getRecordComponents();
			if (Arrays.stream(components).anyMatch(component -> component.getType() != String.class)) {
				throw new IllegalStateException(type.getName() + " must hold only text to be read as query parameters");
			}
			Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
			try {
				return new TextRecord(ReflectionUtils.accessibleConstructor(type, types),
						Arrays.stream(components).map(RecordComponent::getName).toList());
			}
			catch (NoSuchMethodException ex) {
				throw new IllegalStateException(ex);
			}
		}

		Object read(HttpServletRequest request) {
			// A plain loop: it runs for every list request, and spares a stream pipeline
			// per request.
			Object[] values = new Object[names.size()];
			for (int i = 0; i < values.length; i++) {
				values[i] = value(request, names.get(i));
			}
			try {
				return constructor.newInstance(values);
			}
			catch (InvocationTargetException ex) {
				ReflectionUtils.rethrowRuntimeException(ex.getTargetException());
				throw new IllegalStateException(ex);
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException(ex);
			}
		}

		/** Repeated values are joined with commas, as Spring's data binder joins them. */
		private static String value(HttpServletRequest request, String name) {
			String[] values = request.getParameterValues(name);
			return values == null ? null : String.join(",", values);
		}

	}

}
