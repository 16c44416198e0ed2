package org.alliance.security;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Writes every refused request to the audit trail: on the API's clinical routes a 401,
 * 403 or 404 (a client the caller may not see answers 404, like one that does not exist),
 * on pages a 403 or 404. It sits in the security filter chain just inside the filter that
 * holds the signed-in person, so it sees both the final status, whoever set it (the token
 * check, the role check, CSRF, a controller, an exception handler), and who asked.
 */
class RefusalAudit extends OncePerRequestFilter {

	private static final Pattern LINK_TOKEN = Pattern.compile("^/r/[^/]+");

	/** Not clinical: the instrument catalogue is the same for everyone. */
	private static final List<String> API_NOT_CLINICAL = List.of("/api/v1/instruments");

	/** Files and documentation, not pages: a missing favicon is no refusal. */
	private static final List<String> PAGES_NOT_AUDITED = List.of("/css/", "/js/", "/webjars/", "/favicon.ico",
			"/swagger-ui", "/v3/api-docs", "/actuator/", "/error", "/.well-known/");

	private final AuditTrail audit;

	private final Clock clock;

	private final boolean api;

	private RefusalAudit(AuditTrail audit, Clock clock, boolean api) {
		this.audit = audit;
		this.clock = clock;
		this.api = api;
	}

	/** For the API's filter chain. */
	static RefusalAudit ofApi(AuditTrail audit, Clock clock) {
		return new RefusalAudit(audit, clock, true);
	}

	/** For the pages' filter chain. */
	static RefusalAudit ofPages(AuditTrail audit, Clock clock) {
		return new RefusalAudit(audit, clock, false);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(request, response);
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (refused(path, response.getStatus())) {
			CurrentUser user = signedIn();
			UUID clinic = (user != null) ? user.clinicId() : null;
			String actor = (user != null) ? user.email() : "anonymous";
			// A personal link's token opens a client's form: it is never written down.
			String resource = LINK_TOKEN.matcher(path).replaceFirst("/r/{token}");
			this.audit.record(new AuditEntry(clinic, actor, AuditAction.REFUSED, this.api ? "api" : "page", resource,
					request.getRemoteAddr(), this.clock.instant(), request.getMethod() + " " + response.getStatus()));
		}
	}

	private boolean refused(String path, int status) {
		if (this.api) {
			return Set.of(401, 403, 404).contains(status) && API_NOT_CLINICAL.stream().noneMatch(path::startsWith);
		}
		return (status == 403 || status == 404) && PAGES_NOT_AUDITED.stream().noneMatch(path::startsWith);
	}

	private static CurrentUser signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		Object principal = (authentication != null) ? authentication.getPrincipal() : null;
		if (principal instanceof CurrentUser user) {
			return user;
		}
		return (principal instanceof ClinicUserDetails details) ? details.user() : null;
	}

}
