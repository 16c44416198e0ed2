package org.alliance.security;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks every page request's web session before anything else runs: it ends the session
 * when it has been idle too long, has lasted too long, was ended from another session, or
 * when the account's credentials version grew or its status is no longer active, and
 * sends the browser to sign in saying why. The check is one query by primary key (the
 * session's row joined to its account) and nothing is cached, so a password change or a
 * disabled account takes effect at the very next request on every server. A sign-in not
 * yet complete is kept on the page that completes it.
 */
class SessionGate extends OncePerRequestFilter {

	/** Paths every session may reach: assets, sign-out, the client's own links. */
	private static final List<String> OPEN = List.of("/css/", "/js/", "/webjars/", "/favicon.ico", "/error", "/r/",
			"/logout");

	private final WebSessions sessions;

	private final SessionSettings settings;

	private final Clock clock;

	SessionGate(WebSessions sessions, SessionSettings settings, Clock clock) {
		this.sessions = sessions;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		Optional<WebSession> session = WebSessions.idOf(request).flatMap(this.sessions::find);
		if (session.isEmpty()) {
			if (signedIn() && !open(path)) {
				// A sign-in from before this version kept no row: start again.
				end(request, response, SessionEnd.ENDED);
				return;
			}
			chain.doFilter(request, response);
			return;
		}
		Optional<SessionEnd> ending = SessionEnd.of(session.get(), this.clock.instant(), this.settings);
		if (ending.isPresent()) {
			this.sessions.end(session.get(), ending.get());
			end(request, response, ending.get());
			return;
		}
		this.sessions.touch(session.get().id());
		String required = required(session.get().stage(), path);
		if (required != null) {
			response.sendRedirect(request.getContextPath() + required);
			return;
		}
		chain.doFilter(request, response);
	}

	/**
	 * Where a session at this stage must go instead of the path, or null if it may go
	 * there.
	 */
	private static String required(WebSession.Stage stage, String path) {
		if (stage == WebSession.Stage.SIGNED_IN || open(path)) {
			return null;
		}
		String page = SignInProgress.landing(stage);
		return (path.equals(page) || path.startsWith(page + "/")) ? null : page;
	}

	private static boolean open(String path) {
		return OPEN.stream().anyMatch((prefix) -> path.equals(prefix) || path.startsWith(prefix));
	}

	private static boolean signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof ClinicUserDetails;
	}

	private static void end(HttpServletRequest request, HttpServletResponse response, SessionEnd why)
			throws IOException {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		SecurityContextHolder.clearContext();
		response.sendRedirect(request.getContextPath() + "/login?ended=" + why.code());
	}

}
