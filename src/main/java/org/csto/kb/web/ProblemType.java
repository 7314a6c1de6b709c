package org.csto.kb.web;

import java.net.URI;

import org.springframework.http.HttpStatus;

/** The kinds of problem the API answers with; each {@code type} URI is documented in the README. */
public enum ProblemType {

	NOT_FOUND("not-found", HttpStatus.NOT_FOUND, "Not found"),
	INVALID_PARAMETER("invalid-parameter", HttpStatus.BAD_REQUEST, "Invalid parameter"),
	BAD_REQUEST("bad-request", HttpStatus.BAD_REQUEST, "Bad request"),
	METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed"),
	NOT_ACCEPTABLE("not-acceptable", HttpStatus.NOT_ACCEPTABLE, "Not acceptable"),
	UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type"),
	SERVICE_UNAVAILABLE("service-unavailable", HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable"),
	INTERNAL_ERROR("internal-error", HttpStatus.INTERNAL_SERVER_ERROR, "Internal error");

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

	public static ProblemType forStatus(int status) {
		for (ProblemType problem : values()) {
			if (problem.status.value() == status && problem != INVALID_PARAMETER) {
				return problem;
			}
		}
		return status >= 500 ? INTERNAL_ERROR : BAD_REQUEST;
	}

}
