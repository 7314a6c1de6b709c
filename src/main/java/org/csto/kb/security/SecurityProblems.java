package org.csto.kb.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.csto.kb.web.problem.ProblemType;
import org.csto.kb.web.problem.ProblemWriter;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * The security filters' refusals, as the problems the rest of the API answers with: 401
 * without (or with wrong) credentials, 403 without the role or the CSRF token.
 */
final class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler, AuthenticationFailureHandler {

	static final String REALM = "CSTO knowledge base";

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		unauthorized(request, response, ex instanceof BadCredentialsException ? "The name or password is wrong"
				: "Sign in first: send HTTP Basic credentials, or sign in at /login. Reading needs no account; curation does");
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException ex) throws IOException {
		unauthorized(request, response, "The name or password is wrong");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		String detail;
		if (ex instanceof CsrfException) {
			detail = "The CSRF token is missing or out of date: send the XSRF-TOKEN cookie's value in the "
					+ "X-XSRF-TOKEN header (scripts that sign in with HTTP Basic need none)";
		}
		else {
			var authentication = SecurityContextHolder.getContext().getAuthentication();
			String name = authentication == null ? "this account" : authentication.getName();
			java.util.Set<String> roles = authentication == null ? java.util.Set.of()
					: Roles.of(authentication.getAuthorities());
			detail = "Your account, " + name + ", has the roles " + roles + "; this needs "
					+ (request.getRequestURI().matches(".*/(publish|reject)$") ? Roles.REVIEWER
							: "the " + Roles.CURATOR + " or " + Roles.REVIEWER + " role");
		}
		ProblemWriter.write(response, ProblemType.FORBIDDEN, detail, request.getRequestURI());
	}

	/**
	 * A 401 with the Basic challenge RFC 9110 asks for, except to a page's own requests
	 * (a fetch, or the explorer's, which say so), so that no browser opens a password
	 * dialog over the explorer's form or Swagger UI's Authorize.
	 */
	private static void unauthorized(HttpServletRequest request, HttpServletResponse response, String detail)
			throws IOException {
		// Loading the token sets the XSRF-TOKEN cookie, which a sign-in form sends back:
		// a page learns that it must sign in and how, in one request.
		CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		if (csrf != null) {
			csrf.getToken();
		}
		String fetchMode = request.getHeader("Sec-Fetch-Mode");
		if (request.getHeader("X-Requested-With") == null && (fetchMode == null || fetchMode.equals("navigate"))) {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
		}
		ProblemWriter.write(response, ProblemType.UNAUTHORIZED, detail, request.getRequestURI());
	}

}
