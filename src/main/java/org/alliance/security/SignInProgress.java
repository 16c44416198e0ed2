package org.alliance.security;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.savedrequest.DefaultSavedRequest;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Takes a sign-in from the accepted password to fully signed in. An enrolled person is
 * asked for a code first ({@code /login/second-factor}); a person who must use a second
 * factor and has none is sent to enrol ({@code /account/mfa}). Until then the session
 * carries no role at all, so no page that checks a role opens for it, and
 * {@link SessionGate} keeps it on those two pages.
 */
@Component
class SignInProgress implements AuthenticationSuccessHandler {

	/** What a session carries before its sign-in is complete, instead of a role. */
	static final String PENDING = "SIGN_IN_PENDING";

	/**
	 * The servlet session outlives the idle timeout by this much, so that its end can be
	 * told.
	 */
	private static final Duration GRACE = Duration.ofMinutes(5);

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	/** The page asked for before sign-in, which Spring Security's entry point saved. */
	private final RequestCache asked = new HttpSessionRequestCache();

	private final WebSessions sessions;

	private final SecondFactors secondFactors;

	private final SessionSettings settings;

	private final DeviceRecognition devices;

	SignInProgress(WebSessions sessions, SecondFactors secondFactors, SessionSettings settings,
			DeviceRecognition devices) {
		this.sessions = sessions;
		this.secondFactors = secondFactors;
		this.settings = settings;
		this.devices = devices;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException {
		ClinicUserDetails details = (ClinicUserDetails) authentication.getPrincipal();
		CurrentUser user = details.user();
		WebSession.Stage stage = WebSession.Stage.SIGNED_IN;
		boolean proved = authentication.getDetails() instanceof SignInDetails sent && sent.isSecondFactorProved();
		if (proved) {
			stage = WebSession.Stage.SIGNED_IN;
		}
		else if (this.secondFactors.enrolled(user.userId())) {
			stage = WebSession.Stage.SECOND_FACTOR;
		}
		else if (this.secondFactors.required(user.userId())) {
			stage = WebSession.Stage.ENROL;
		}
		String id = this.sessions.start(user, stage, request.getHeader(HttpHeaders.USER_AGENT),
				request.getRemoteAddr());
		HttpSession session = request.getSession();
		session.setAttribute(WebSessions.ATTRIBUTE, id);
		session.setMaxInactiveInterval((int) this.settings.idleTimeout().plus(GRACE).toSeconds());
		establish(request, response, details, stage);
		if (proved) {
			this.sessions.secondFactorProved(id);
		}
		if (stage == WebSession.Stage.SIGNED_IN) {
			this.devices.recognise(request, response, user);
		}
		String next = (stage == WebSession.Stage.SIGNED_IN) ? pageAskedFor(request, response) : landing(stage);
		response.sendRedirect(request.getContextPath() + next);
	}

	/**
	 * Where a complete sign-in goes: the page the person asked for before signing in (the
	 * link in a risk email, say), or the home page. Only a page read ({@code GET}) is
	 * returned to, by its path on this server, so a saved request never sends anyone to
	 * another host or repeats a form.
	 * @return the path within the application, starting {@code /}
	 */
	String pageAskedFor(HttpServletRequest request, HttpServletResponse response) {
		SavedRequest saved = this.asked.getRequest(request, response);
		this.asked.removeRequest(request, response);
		if (saved instanceof DefaultSavedRequest page && "GET".equals(page.getMethod())
				&& page.getRequestURI().startsWith(request.getContextPath() + "/")) {
			String path = page.getRequestURI().substring(request.getContextPath().length());
			if (!path.startsWith("//")) {
				return path + ((page.getQueryString() != null) ? "?" + page.getQueryString() : "");
			}
		}
		return landing(WebSession.Stage.SIGNED_IN);
	}

	/**
	 * Moves the request's sign-in on a stage: the session row, and the roles the session
	 * carries. Reaching {@code SIGNED_IN} also changes the session's id, as any rise in
	 * privilege should (OWASP ASVS 5.0, 7.2.4).
	 */
	void advance(HttpServletRequest request, HttpServletResponse response, WebSession.Stage stage) {
		String id = WebSessions.idOf(request).orElseThrow();
		this.sessions.advance(id, stage);
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		ClinicUserDetails details = (ClinicUserDetails) current.getPrincipal();
		establish(request, response, details, stage);
		if (stage == WebSession.Stage.SIGNED_IN) {
			request.changeSessionId();
			// Only a sign-in that is complete (second factor included) makes a device
			// recognised, or a stolen password alone would earn one.
			this.devices.recognise(request, response, details.user());
		}
	}

	/** Where a sign-in at this stage goes next. */
	static String landing(WebSession.Stage stage) {
		return switch (stage) {
			case SECOND_FACTOR -> "/login/second-factor";
			case ENROL -> "/account/mfa";
			case SIGNED_IN -> "/";
		};
	}

	private void establish(HttpServletRequest request, HttpServletResponse response, ClinicUserDetails details,
			WebSession.Stage stage) {
		// Signed in: every authority of the person, so a therapist or supervisor who
		// also administers the clinic gets the admins' too.
		List<GrantedAuthority> authorities = (stage == WebSession.Stage.SIGNED_IN) ? details.user().authorities()
				: List.of(new SimpleGrantedAuthority(PENDING));
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(details, null, authorities));
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
	}

}
