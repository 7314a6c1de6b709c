package org.csto.kb.web.problem;

import java.sql.SQLException;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.hibernate.exception.JDBCConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
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
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;

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

	private final Optional<Tombstones> tombstones;

	ProblemHandler(Optional<Tombstones> tombstones) {
		this.tombstones = tombstones;
	}

	/** An id that names nothing: 404, or 410 where it named an item that was deleted. */
	@ExceptionHandler
	ResponseEntity<Object> notFound(NotFoundException ex, WebRequest request) {
		return tombstones.flatMap(deleted -> deleted.gone(ex.kind(), ex.id()))
			.map(problem -> refused(problem, request))
			.orElseGet(() -> problem(ProblemType.NOT_FOUND, ex.getMessage(), request));
	}

	@ExceptionHandler
	ResponseEntity<Object> refused(ProblemException ex, WebRequest request) {
		ResponseEntity<Object> response = problem(ex.type(), ex.getMessage(), request);
		ex.properties().forEach(((ProblemDetail) response.getBody())::setProperty);
		return response;
	}

	/**
	 * Two requests changed the same proposal at once, and this one lost: nothing it did
	 * was kept.
	 */
	@ExceptionHandler
	ResponseEntity<Object> concurrentChange(OptimisticLockingFailureException ex, WebRequest request) {
		return problem(ProblemType.CONFLICT,
				"Another request changed the same data at the same moment, and this one was not applied: "
						+ "read it again and retry",
				request);
	}

	/**
	 * The database refused a write the checks let through: a conflict with what is
	 * stored, answered as one, and logged, since the checks should have caught it.
	 */
	@ExceptionHandler
	ResponseEntity<Object> refusedByDatabase(DataIntegrityViolationException ex, WebRequest request) {
		log.warn("The database refused a write answering {}: {}", request.getDescription(false),
				ex.getMostSpecificCause().toString());
		return problem(ProblemType.CONFLICT,
				"The change conflicts with what is stored, and nothing of it was kept: read the items again and retry",
				request);
	}

	@ExceptionHandler
	ResponseEntity<Object> tooLarge(ContentTooLargeException ex, WebRequest request) {
		return problem(ProblemType.CONTENT_TOO_LARGE, ex.getMessage(), request);
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

	/**
	 * Unexpected, unless the connection was lost on the way: a SQLState of class 08, or
	 * the pool's "Connection is closed", which is what a rollback meets once the pool has
	 * closed a connection it found broken (and that rollback's exception is the one
	 * thrown, the query's own being lost).
	 */
	@ExceptionHandler
	ResponseEntity<Object> unexpected(Exception ex, WebRequest request) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && (sql.getSQLState() != null && sql.getSQLState().startsWith("08")
					|| "Connection is closed".equals(sql.getMessage()))) {
				return databaseUnavailable(ex, request);
			}
		}
		log.error("Unexpected error answering {}", request.getDescription(false), ex);
		return problem(ProblemType.INTERNAL_ERROR, ProblemType.UNEXPECTED, request);
	}

	/**
	 * A body that is not JSON, or not the JSON the operation reads, or too large: said in
	 * JSON's terms, with where the parser stopped.
	 */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof ContentTooLargeException tooLarge) {
				return tooLarge(tooLarge, request);
			}
		}
		String detail = "The body must be JSON";
		if (ex.getCause() instanceof JacksonException json) {
			TokenStreamLocation location = json.getLocation();
			String message = json.getOriginalMessage();
			detail = "The body is not valid JSON"
					+ (location == null || location.getLineNr() < 0 ? ""
							: " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")")
					+ (message == null ? ""
							: ": " + message.lines()
								.findFirst()
								.orElse("")
								.replaceAll("\\(class [^)]*\\)", "")
								// Jackson's own reference to where an array or object
								// began, which
								// names its settings and no place a client can use.
								.replaceAll("\\s*\\(start marker at \\[Source:[^\\]]*]\\)", ""));
		}
		else if (ex.getMessage() != null && ex.getMessage().startsWith("Required request body is missing")) {
			detail = "A JSON body is required";
		}
		return problem(ProblemType.BAD_REQUEST, detail, request);
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
				(supported.contains(HttpMethod.POST) || supported.contains(HttpMethod.PUT) ? ""
						: "This path is read-only (changes go through proposals, at /api/v1/proposals): ") + "method "
						+ ex.getMethod() + " is not allowed here; use " + use,
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
