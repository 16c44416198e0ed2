package org.alliance.security;

import java.io.IOException;
import java.time.Clock;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Two doors: the JSON API (stateless, bearer tokens, no CSRF because no cookie is
 * trusted) and the pages (form login, session cookie, CSRF tokens on every form).
 * Clients' personal links are open pages whose random token is checked by the page
 * itself. Sign-in is guarded by {@link SignInGuard}; refusals on both doors are audited
 * by {@link RefusalAudit}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration implements WebMvcConfigurer {

	/**
	 * Pages run only this server's own scripts, styles and forms, and are framed by no
	 * one: no inline script, no {@code javascript:} link, no {@code on*=} handler (OWASP
	 * Content Security Policy Cheat Sheet). Charts read their data from JSON blocks.
	 */
	static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
			+ " object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

	/**
	 * Swagger UI (the API's documentation) writes {@code <style>} elements; it gets
	 * inline styles, never inline script.
	 */
	static final String API_DOCS_POLICY = PAGE_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

	/** The API answers JSON, which loads nothing and is framed by no one. */
	static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, AuditTrail audit, Clock clock) throws Exception {
		http.securityMatcher("/api/**")
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
			.addFilterBefore(new ApiTokenFilter(tokens), UsernamePasswordAuthenticationFilter.class)
			.addFilterAfter(RefusalAudit.ofApi(audit, clock), SecurityContextHolderFilter.class)
			.headers((headers) -> headers(headers).contentSecurityPolicy((csp) -> csp.policyDirectives(API_POLICY)))
			.exceptionHandling((exceptions) -> exceptions
				.authenticationEntryPoint((request, response, e) -> unauthorised(response))
				.accessDeniedHandler((request, response, e) -> forbidden(response)));
		return http.build();
	}

	/**
	 * The API's description is for those who use the API: a signed-in page user (Swagger
	 * UI reads it with the session cookie) or a caller with a valid bearer token. Anyone
	 * else is sent to the sign-in page, or answered 401 when the token they sent is not
	 * valid. It lists every route and field, which helps an attacker as much as a
	 * developer (OWASP ASVS 5.0, V13 "Configuration", section "Unintended Information
	 * Leakage": API documentation is not exposed unless intended;
	 * https://github.com/OWASP/ASVS/tree/v5.0.0/5.0/en).
	 */
	@Bean
	@Order(1)
	SecurityFilterChain apiDescriptionDoor(HttpSecurity http, ApiTokens tokens) throws Exception {
		LoginUrlAuthenticationEntryPoint signIn = new LoginUrlAuthenticationEntryPoint("/login");
		signIn.setFavorRelativeUris(true);
		http.securityMatcher("/v3/api-docs", "/v3/api-docs/**")
			.requestCache((cache) -> cache.disable())
			.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
			.addFilterBefore(new ApiTokenFilter(tokens), UsernamePasswordAuthenticationFilter.class)
			.headers((headers) -> headers(headers).contentSecurityPolicy((csp) -> csp.policyDirectives(API_POLICY)))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint((request, response, e) -> {
				if (request.getHeader("Authorization") != null) {
					unauthorised(response);
				}
				else {
					signIn.commence(request, response, e);
				}
			}));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, AuditTrail audit, Clock clock, SignInProgress progress,
			WebSessions sessions, SessionSettings settings, SessionCookie cookie) throws Exception {
		// A relative redirect to the sign-in page: an absolute one would be built from
		// the request's Host header.
		LoginUrlAuthenticationEntryPoint signIn = new LoginUrlAuthenticationEntryPoint("/login");
		signIn.setFavorRelativeUris(true);
		// A cookie naming a session the server no longer holds: it timed out (or the
		// server restarted), which the sign-in page says.
		AuthenticationEntryPoint entry = (request, response, e) -> {
			if (request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid()) {
				response.sendRedirect(request.getContextPath() + "/login?ended=expired");
				return;
			}
			signIn.commence(request, response, e);
		};
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/login", SignInFailureHandler.TOO_MANY, SignInFailureHandler.WAIT, "/r/**", "/kiosk",
					"/invitations/**", "/webjars/**", "/css/**", "/js/**", "/favicon.ico", "/error", "/actuator/health")
			.permitAll()
			// Supervisors may read the clinic's dropout model; every other admin page
			// is the admins' alone.
			.requestMatchers("/admin/dropout-model")
			.hasAnyRole(Role.ADMIN.name(), Role.SUPERVISOR.name())
			.requestMatchers("/admin/**")
			.hasRole(Role.ADMIN.name())
			.anyRequest()
			.authenticated())
			.formLogin((form) -> form.loginPage("/login")
				.authenticationDetailsSource(SignInDetails.source())
				.successHandler(progress)
				.failureHandler(new SignInFailureHandler())
				.permitAll())
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(entry)
				.accessDeniedHandler(SecurityConfiguration::pageDenied))
			// A personal link's form is reached by the secret in its address, not by a
			// session cookie, so there is nothing for a forged request to ride on; a CSRF
			// token tied to a session would instead lose the client's answers when the
			// phone drops the cookie or the session times out.
			// The kiosk's code form likewise: the code is the secret, and a tablet left
			// on the page for hours outlives any session.
			.csrf((csrf) -> csrf.ignoringRequestMatchers("/r/**", "/kiosk"))
			.addFilterAfter(RefusalAudit.ofPages(audit, clock), SecurityContextHolderFilter.class)
			.addFilterAfter(new SessionGate(sessions, settings, clock), UsernamePasswordAuthenticationFilter.class)
			.headers((headers) -> pagePolicies(headers(headers)))
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout")
				.addLogoutHandler((request, response, authentication) -> WebSessions.idOf(request)
					.flatMap(sessions::find)
					.ifPresent((session) -> sessions.end(session, SessionEnd.SIGNED_OUT)))
				.deleteCookies(cookie.name()));
		return http.build();
	}

	@Bean
	SessionCookie sessionCookie(SessionSettings settings, Environment environment) {
		return new SessionCookie(settings, environment);
	}

	/**
	 * Besides Spring Security's defaults ({@code X-Content-Type-Options: nosniff},
	 * {@code X-Frame-Options: DENY}, no caching): no {@code Referer}, so a personal
	 * link's token never leaves in one.
	 */
	private static HeadersConfigurer<HttpSecurity> headers(HeadersConfigurer<HttpSecurity> headers) {
		return headers.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.NO_REFERRER));
	}

	private static void pagePolicies(HeadersConfigurer<HttpSecurity> headers) {
		RequestMatcher apiDocs = PathPatternRequestMatcher.pathPattern("/swagger-ui/**");
		headers
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(apiDocs,
					new ContentSecurityPolicyHeaderWriter(API_DOCS_POLICY)))
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(apiDocs),
					new ContentSecurityPolicyHeaderWriter(PAGE_POLICY)));
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new CurrentUserResolver());
	}

	/**
	 * A page refused by the security filters. A form whose CSRF token no longer matches
	 * was sent from a page opened in a session that has since ended (timed out, signed
	 * out, or the server restarted): the person is told to sign in again, not that their
	 * role forbids it. Any other refusal is the product's 403 page.
	 */
	private static void pageDenied(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException denied) throws IOException {
		if (denied instanceof CsrfException) {
			if (request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid()) {
				response.sendRedirect(request.getContextPath() + "/login?ended=expired");
				return;
			}
			request.setAttribute("detail", "This form was opened in an earlier session or has grown out of date, so"
					+ " it was not sent. Open the page again and send it from there.");
		}
		response.sendError(HttpServletResponse.SC_FORBIDDEN);
	}

	private static void unauthorised(HttpServletResponse response) throws IOException {
		writeProblem(response, 401, "Send a valid API token as Authorization: Bearer <token>.");
	}

	private static void forbidden(HttpServletResponse response) throws IOException {
		writeProblem(response, 403, "Your role does not allow this.");
	}

	private static void writeProblem(HttpServletResponse response, int status, String detail) throws IOException {
		response.setStatus(status);
		response.setContentType("application/problem+json");
		response.getWriter()
			.write("{\"type\":\"urn:alliance:problem:" + ((status == 401) ? "unauthorised" : "forbidden")
					+ "\",\"status\":" + status + ",\"detail\":\"" + detail
					+ "\",\"errors\":[{\"field\":\"Authorization\",\"message\":\"" + detail + "\"}]}");
	}

	/**
	 * Lets controllers declare a {@link CurrentUser} parameter, whichever door the
	 * request came by.
	 */
	static final class CurrentUserResolver implements HandlerMethodArgumentResolver {

		@Override
		public boolean supportsParameter(MethodParameter parameter) {
			return parameter.getParameterType().equals(CurrentUser.class);
		}

		@Override
		public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
				NativeWebRequest request, WebDataBinderFactory binderFactory) {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			Object principal = (authentication != null) ? authentication.getPrincipal() : null;
			if (principal instanceof CurrentUser user) {
				return user;
			}
			if (principal instanceof ClinicUserDetails details) {
				return details.user();
			}
			throw new IllegalStateException("No signed-in user on a page that needs one");
		}

	}

}
