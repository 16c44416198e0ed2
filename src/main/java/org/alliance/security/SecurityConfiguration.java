package org.alliance.security;

import java.io.IOException;
import java.time.Clock;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
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
			.exceptionHandling((exceptions) -> exceptions
				.authenticationEntryPoint((request, response, e) -> unauthorised(response))
				.accessDeniedHandler((request, response, e) -> forbidden(response)));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, AuditTrail audit, Clock clock) throws Exception {
		// A relative redirect to the sign-in page: an absolute one would be built from
		// the request's Host header.
		LoginUrlAuthenticationEntryPoint signIn = new LoginUrlAuthenticationEntryPoint("/login");
		signIn.setFavorRelativeUris(true);
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/login", SignInFailureHandler.TOO_MANY, "/r/**", "/webjars/**", "/css/**", "/js/**",
					"/favicon.ico", "/error", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html",
					"/actuator/health")
			.permitAll()
			.requestMatchers("/admin/**")
			.hasRole(Role.ADMIN.name())
			.anyRequest()
			.authenticated())
			.formLogin((form) -> form.loginPage("/login")
				.defaultSuccessUrl("/", true)
				.failureHandler(new SignInFailureHandler())
				.permitAll())
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(signIn))
			.addFilterAfter(RefusalAudit.ofPages(audit, clock), SecurityContextHolderFilter.class)
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout"));
		return http.build();
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new CurrentUserResolver());
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
