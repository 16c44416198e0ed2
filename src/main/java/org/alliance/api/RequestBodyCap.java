package org.alliance.api;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps the body of every API request at {@link ApiSettings#maxBodySize()}: a declared
 * length above the cap is answered 413 at once, unread; a body sent without a length
 * (chunked) is counted as it is read and reading stops at the cap, so no request makes
 * the server hold more than the cap (OWASP API Security Top 10 2023, API4 "Unrestricted
 * Resource Consumption",
 * https://owasp.org/API-Security/editions/2023/en/0xa4-unrestricted-resource-consumption/).
 * Runs before the security filters: an unsigned 60 MB body is refused as cheaply as a
 * signed one.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class RequestBodyCap extends OncePerRequestFilter {

	private final long cap;

	RequestBodyCap(ApiSettings settings) {
		this.cap = settings.maxBodySize().toBytes();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith("/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > this.cap) {
			refuse(response, this.cap);
			return;
		}
		chain.doFilter(new Capped(request, this.cap), response);
	}

	/** Answers 413 with a problem document naming the body. */
	static void refuse(HttpServletResponse response, long cap) throws IOException {
		String message = message(cap);
		response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
		response.setCharacterEncoding("UTF-8");
		response.setContentType("application/problem+json");
		response.getWriter()
			.write("{\"type\":\"urn:alliance:problem:too-large\",\"status\":413,\"detail\":\"" + message
					+ "\",\"errors\":[{\"field\":\"body\",\"message\":\"" + message + "\"}]}");
	}

	static String message(long cap) {
		return "Send a body of at most " + cap + " bytes.";
	}

	/** Thrown, while a body without a declared length is read, once it passes the cap. */
	static final class BodyTooLarge extends IOException {

		private final long cap;

		BodyTooLarge(long cap) {
			super("The request body is larger than " + cap + " bytes");
			this.cap = cap;
		}

		long cap() {
			return this.cap;
		}

	}

	/** The request with a body that stops at the cap. */
	private static final class Capped extends HttpServletRequestWrapper {

		private final long cap;

		private ServletInputStream body;

		Capped(HttpServletRequest request, long cap) {
			super(request);
			this.cap = cap;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.body == null) {
				this.body = new CountedStream(super.getInputStream(), this.cap);
			}
			return this.body;
		}

	}

	private static final class CountedStream extends ServletInputStream {

		private final ServletInputStream in;

		private final long cap;

		private long read;

		CountedStream(ServletInputStream in, long cap) {
			this.in = in;
			this.cap = cap;
		}

		@Override
		public int read() throws IOException {
			int b = this.in.read();
			if (b >= 0) {
				counted(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = this.in.read(buffer, offset, length);
			if (n > 0) {
				counted(n);
			}
			return n;
		}

		private void counted(int bytes) throws BodyTooLarge {
			this.read += bytes;
			if (this.read > this.cap) {
				throw new BodyTooLarge(this.cap);
			}
		}

		@Override
		public boolean isFinished() {
			return this.in.isFinished();
		}

		@Override
		public boolean isReady() {
			return this.in.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			this.in.setReadListener(listener);
		}

	}

}
