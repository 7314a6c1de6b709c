package org.csto.kb.web.problem;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.hibernate.exception.JDBCConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The one error path: every failure becomes an RFC 9457 problem with a
 * {@link ProblemType}, a detail that tells the client what to change, and the path as its
 * {@code instance}. Nothing internal leaks.
 */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

	/**
	 * The query parameter that stands for the Accept header
	 * ({@code spring.mvc.contentnegotiation}).
	 */
	private static final String FORMAT = "format";

	private static final List<String> FORMATS = List.of("json", "csv");

	@ExceptionHandler
	ResponseEntity<Object> notFound(NotFoundException ex, WebRequest request) {
		return problem(ProblemType.NOT_FOUND, ex.getMessage(), request);
	}

	@ExceptionHandler
	ResponseEntity<Object> invalidParameter(InvalidParameterException ex, WebRequest request) {
		ResponseEntity<Object> response = problem(ProblemType.INVALID_PARAMETER, ex.getMessage(), request);
		((ProblemDetail) response.getBody()).setProperty("parameter", ex.parameter());
		return response;
	}

	@ExceptionHandler
	ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException ex, WebRequest request) {
		String expected = ex.getRequiredType() == null ? "another value" : ex.getRequiredType().getSimpleName();
		return invalidParameter(
				new InvalidParameterException(ex.getName(),
						"Parameter '" + ex.getName() + "' must be " + expected + "; got '" + ex.getValue() + "'"),
				request);
	}

	/**
	 * Tomcat parses the query only when a parameter is first read, so a malformed one
	 * surfaces here.
	 */
	@ExceptionHandler
	ResponseEntity<Object> malformedQuery(org.apache.tomcat.util.http.InvalidParameterException ex,
			WebRequest request) {
		return problem(ProblemType.BAD_REQUEST,
				"The query string could not be read: it must be percent-encoded UTF-8 " + "with at most 100 parameters",
				request);
	}

	/**
	 * The database is unreachable or too slow: the client may retry, and other instances
	 * may answer.
	 */
	@ExceptionHandler({ DataAccessResourceFailureException.class, TransientDataAccessException.class,
			RecoverableDataAccessException.class, CannotCreateTransactionException.class,
			JDBCConnectionException.class })
	ResponseEntity<Object> databaseUnavailable(Exception ex, WebRequest request) {
		log.warn("The database is unavailable answering {}: {}", request.getDescription(false), ex.toString());
		return problem(ProblemType.SERVICE_UNAVAILABLE, "The database is unavailable; try again shortly", request);
	}

	@ExceptionHandler
	ResponseEntity<Object> unexpected(Exception ex, WebRequest request) {
		log.error("Unexpected error answering {}", request.getDescription(false), ex);
		return problem(ProblemType.INTERNAL_ERROR, ProblemType.UNEXPECTED, request);
	}

	@Override
	protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		return problem(ProblemType.NOT_FOUND,
				"Nothing is served at /" + ex.getResourcePath() + "; the API's resources are listed at /api/v1",
				request);
	}

	@Override
	protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(HttpRequestMethodNotSupportedException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		// Spring lists the mapped methods only; HEAD and OPTIONS are answered for every
		// GET as well.
		Set<HttpMethod> allowed = new LinkedHashSet<>();
		Set<HttpMethod> supported = ex.getSupportedHttpMethods() == null ? Set.of(HttpMethod.GET)
				: ex.getSupportedHttpMethods();
		if (supported.contains(HttpMethod.GET)) {
			allowed.addAll(List.of(HttpMethod.GET, HttpMethod.HEAD));
		}
		allowed.addAll(supported);
		allowed.add(HttpMethod.OPTIONS);
		String use = allowed.stream()
			.filter(method -> method != HttpMethod.OPTIONS)
			.map(HttpMethod::name)
			.collect(Collectors.joining(" or "));
		ResponseEntity<Object> response = problem(ProblemType.METHOD_NOT_ALLOWED,
				(supported.contains(HttpMethod.POST) ? "" : "The API is read-only: ") + "method " + ex.getMethod()
						+ " is not allowed here; use " + use,
				request);
		HttpHeaders allow = new HttpHeaders();
		allow.setAllow(allowed);
		return ResponseEntity.status(response.getStatusCode()).headers(allow).body(response.getBody());
	}

	/**
	 * Content negotiation fails the same way for an unknown {@code format} as for an
	 * unserved {@code Accept}; the first is a parameter the client got wrong, so it is
	 * answered as one.
	 */
	@Override
	protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(HttpMediaTypeNotAcceptableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String format = request.getParameter(FORMAT);
		if (format != null && !FORMATS.contains(format.trim().toLowerCase(Locale.ROOT))) {
			return invalidParameter(new InvalidParameterException(FORMAT,
					"Parameter 'format' must be one of " + FORMATS + "; got '" + format + "'"), request);
		}
		// Sorted: the handlers' media types come in no fixed order.
		List<String> served = (ex.getSupportedMediaTypes().isEmpty() ? List.of(MediaType.APPLICATION_JSON)
				: ex.getSupportedMediaTypes())
			.stream()
			.map(MediaType::toString)
			.sorted()
			.toList();
		return problem(ProblemType.NOT_ACCEPTABLE, "This resource is served as " + String.join(", ", served)
				+ "; the format parameter or the Accept header asked for none of them", request);
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
		if (response != null && response.getBody() instanceof ProblemDetail problem) {
			ProblemType.describe(problem, path(request));
		}
		return response;
	}

	private ResponseEntity<Object> problem(ProblemType type, String detail, WebRequest request) {
		return ResponseEntity.status(type.status())
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(type.problem(detail, path(request)));
	}

	private static String path(WebRequest request) {
		HttpServletRequest servlet = ((NativeWebRequest) request).getNativeRequest(HttpServletRequest.class);
		return servlet == null ? null : servlet.getRequestURI();
	}

}
