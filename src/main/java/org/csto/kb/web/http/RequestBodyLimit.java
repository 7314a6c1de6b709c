package org.csto.kb.web.http;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.csto.kb.web.problem.ContentTooLargeException;
import org.csto.kb.web.problem.ProblemType;
import org.csto.kb.web.problem.ProblemWriter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads no request body beyond a limit: one that says it is larger is answered
 * {@code 413} at once, and one that grows past it as it is read (chunked, or with a false
 * length) fails there, so that no client can make the server hold more.
 */
class RequestBodyLimit extends OncePerRequestFilter {

	private final long limit;

	RequestBodyLimit(long limit) {
		this.limit = limit;
	}

	/**
	 * A read carries no body that is read (Tomcat swallows at most 2 MB of one), and
	 * wrapping it would cost every filter after this one a layer on each attribute it
	 * reads.
	 */
	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > limit) {
			ProblemWriter.write(response, ProblemType.CONTENT_TOO_LARGE,
					new ContentTooLargeException(limit).getMessage(), request.getRequestURI());
			return;
		}
		chain.doFilter(new Limited(request, limit), response);
	}

	private static final class Limited extends HttpServletRequestWrapper {

		private final long limit;

		private ServletInputStream stream;

		Limited(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (stream == null) {
				stream = new Counted(super.getInputStream(), limit);
			}
			return stream;
		}

	}

	private static final class Counted extends ServletInputStream {

		private final ServletInputStream in;

		private final long limit;

		private long read;

		Counted(ServletInputStream in, long limit) {
			this.in = in;
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			int b = in.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = in.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) throws ContentTooLargeException {
			read += n;
			if (read > limit) {
				throw new ContentTooLargeException(limit);
			}
		}

		@Override
		public boolean isFinished() {
			return in.isFinished();
		}

		@Override
		public boolean isReady() {
			return in.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			in.setReadListener(listener);
		}

	}

}
