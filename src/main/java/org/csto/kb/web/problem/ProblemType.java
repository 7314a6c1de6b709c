package org.csto.kb.web.problem;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * The kinds of problem the API answers with; each {@code type} URI is documented in the
 * README.
 */
public enum ProblemType {

	NOT_FOUND("not-found", HttpStatus.NOT_FOUND, "Not found"), GONE("gone", HttpStatus.GONE, "Gone"),
	INVALID_PARAMETER("invalid-parameter", HttpStatus.BAD_REQUEST, "Invalid parameter"),
	BAD_REQUEST("bad-request", HttpStatus.BAD_REQUEST, "Bad request"),
	UNAUTHORIZED("unauthorized", HttpStatus.UNAUTHORIZED, "Unauthorized"),
	FORBIDDEN("forbidden", HttpStatus.FORBIDDEN, "Forbidden"),
	METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed"),
	NOT_ACCEPTABLE("not-acceptable", HttpStatus.NOT_ACCEPTABLE, "Not acceptable"),
	CONFLICT("conflict", HttpStatus.CONFLICT, "Conflict"),
	CONTENT_TOO_LARGE("content-too-large", HttpStatus.CONTENT_TOO_LARGE, "Content too large"),
	INVALID_PROPOSAL("invalid-proposal", HttpStatus.UNPROCESSABLE_CONTENT, "Invalid proposal"),
	UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type"),
	SERVICE_UNAVAILABLE("service-unavailable", HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable"),
	INTERNAL_ERROR("internal-error", HttpStatus.INTERNAL_SERVER_ERROR, "Internal error");

	/** The detail of every 5xx: it reveals nothing internal. */
	public static final String UNEXPECTED = "The server could not answer this request.";

	private final URI type;

	private final HttpStatus status;

	private final String title;

	ProblemType(String slug, HttpStatus status, String title) {
		this.type = URI.create("/problems/" + slug);
		this.status = status;
		this.title = title;
	}

	public URI type() {
		return type;
	}

	public HttpStatus status() {
		return status;
	}

	public String title() {
		return title;
	}

	/**
	 * A problem of this type: what went wrong, and the path it answers as its
	 * {@code instance}.
	 */
	public ProblemDetail problem(String detail, String path) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(type);
		problem.setTitle(title);
		problem.setInstance(instance(path));
		return problem;
	}

	/**
	 * A problem for any status, typed by {@link #forStatus}; where that type stands for
	 * another status (as {@code bad-request} does for a 4xx with no type of its own), the
	 * status's reason phrase is the title.
	 */
	public static ProblemDetail problem(int status, String detail, String path) {
		return describe(ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(status), detail), path);
	}

	/**
	 * Gives a problem made elsewhere (by Spring MVC, say) its type, title and instance.
	 */
	public static ProblemDetail describe(ProblemDetail problem, String path) {
		ProblemType type = forStatus(problem.getStatus());
		HttpStatus reason = HttpStatus.resolve(problem.getStatus());
		problem.setType(type.type);
		problem.setTitle(
				type.status.value() != problem.getStatus() && reason != null ? reason.getReasonPhrase() : type.title);
		problem.setInstance(instance(path));
		return problem;
	}

	/**
	 * The path as a URI, or none where there is no path or a hostile one is not a URI.
	 */
	private static URI instance(String path) {
		if (path == null || path.isEmpty()) {
			return null;
		}
		try {
			return URI.create(path);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	public static ProblemType forStatus(int status) {
		for (ProblemType problem : values()) {
			if (problem.status.value() == status && problem != INVALID_PARAMETER && problem != INVALID_PROPOSAL) {
				return problem;
			}
		}
		return status >= 500 ? INTERNAL_ERROR : BAD_REQUEST;
	}

}
