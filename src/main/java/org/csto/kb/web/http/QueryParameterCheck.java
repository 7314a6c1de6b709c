package org.csto.kb.web.http;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.csto.kb.web.problem.InvalidParameterException;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses a query parameter the operation does not take, and one given twice that it
 * takes once: a script with a typo ({@code frm=2023}) or a repeated {@code sort} deserves
 * a problem that names the parameter, not an answer that silently ignores it. What an
 * operation takes is read from its handler: its {@code @RequestParam}s, the components of
 * its {@code @ParameterObject} records, and {@code format}, which stands for the Accept
 * header everywhere.
 */
class QueryParameterCheck implements HandlerInterceptor {

	/** The query parameter that stands for the Accept header on every operation. */
	static final String FORMAT = "format";

	private final Map<HandlerMethod, Accepted> accepted = new ConcurrentHashMap<>();

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (handler instanceof HandlerMethod method) {
			Accepted takes = accepted.computeIfAbsent(method, Accepted::of);
			for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
				takes.check(parameter.getKey(), parameter.getValue().length);
			}
		}
		return true;
	}

	/**
	 * The parameters an operation takes, and those of them it takes more than once (a
	 * list).
	 */
	private record Accepted(Set<String> names, Set<String> repeatable) {

		static Accepted of(HandlerMethod method) {
			Set<String> names = new LinkedHashSet<>();
			Set<String> repeatable = new LinkedHashSet<>();
			for (MethodParameter parameter : method.getMethodParameters()) {
				RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
				if (param != null) {
					String name = param.name().isEmpty() ? parameter.getParameterName() : param.name();
					names.add(name);
					if (Collection.class.isAssignableFrom(parameter.getParameterType())) {
						repeatable.add(name);
					}
				}
				else if (parameter.hasParameterAnnotation(ParameterObject.class)
						&& parameter.getParameterType().isRecord()) {
					for (RecordComponent component : parameter.getParameterType().getRecordComponents()) {
						names.add(component.getName());
					}
				}
			}
			names.add(FORMAT);
			return new Accepted(Set.copyOf(names), Set.copyOf(repeatable));
		}

		void check(String name, int times) {
			if (!names.contains(name)) {
				throw new InvalidParameterException(name, "Parameter '" + name
						+ "' is not one this operation takes; it takes " + String.join(", ", sorted(names)));
			}
			if (times > 1 && !repeatable.contains(name)) {
				throw new InvalidParameterException(name,
						"Parameter '" + name + "' is given " + times + " times; give it once");
			}
		}

		private static Collection<String> sorted(Set<String> names) {
			return names.stream().sorted().toList();
		}

	}

}
