package org.alliance.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /account/tokens}: the person's own API tokens; a new one only after a fresh
 * second factor (proved in this session within {@link #FRESH}, otherwise asked for now),
 * because a token is a long-lived credential that outlives the session (OWASP ASVS 5.0,
 * 7.5.1: re-authentication before creating a credential). The token is shown once.
 */
@Controller
class TokenPages {

	/** How recent a second factor must be to create a token without another code. */
	static final Duration FRESH = Duration.ofMinutes(5);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ZoneOffset.UTC);

	private final ApiTokens tokens;

	private final SecondFactors secondFactors;

	private final WebSessions sessions;

	private final Clock clock;

	TokenPages(ApiTokens tokens, SecondFactors secondFactors, WebSessions sessions, Clock clock) {
		this.tokens = tokens;
		this.secondFactors = secondFactors;
		this.sessions = sessions;
		this.clock = clock;
	}

	@GetMapping("/account/tokens")
	String list(CurrentUser user, HttpServletRequest request, Model model) {
		return page(user, request, model);
	}

	@PostMapping("/account/tokens")
	String create(@RequestParam(defaultValue = "") String code, CurrentUser user, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		if (!this.secondFactors.enrolled(user.userId())) {
			return refuse(user, request, response, model, HttpStatus.FORBIDDEN,
					"Set up a second factor first: a token can be created only after one.");
		}
		if (!fresh(request)) {
			if (!(this.secondFactors.check(user, code) instanceof SecondFactors.Check.Passed)) {
				return refuse(user, request, response, model, HttpStatus.UNPROCESSABLE_CONTENT,
						"Type a current code from your authenticator app (or a recovery code) to create a token.");
			}
			WebSessions.idOf(request).ifPresent(this.sessions::secondFactorProved);
		}
		IssuedApiToken issued = this.tokens.issue(user.email(), this.tokens.defaultValidity(), user.email());
		model.addAttribute("issued", issued);
		return page(user, request, model);
	}

	@PostMapping("/account/tokens/{id}/revoke")
	String revoke(@PathVariable String id, CurrentUser user) {
		boolean own = this.tokens.list(user.email()).stream().anyMatch((t) -> t.id().equals(id));
		if (own) {
			this.tokens.revoke(id, user.email());
		}
		return "redirect:/account/tokens" + (own ? "?revoked" : "");
	}

	private String page(CurrentUser user, HttpServletRequest request, Model model) {
		Instant now = this.clock.instant();
		model.addAttribute("user", user);
		model.addAttribute("tokens", this.tokens.list(user.email())
			.stream()
			.map((t) -> new TokenLine(t.id(), DAY.format(t.createdAt()), DAY.format(t.expiresAt()), t.status(now)))
			.toList());
		model.addAttribute("enrolled", this.secondFactors.enrolled(user.userId()));
		model.addAttribute("fresh", fresh(request));
		model.addAttribute("validDays", this.tokens.defaultValidity().toDays());
		return "security/tokens";
	}

	private String refuse(CurrentUser user, HttpServletRequest request, HttpServletResponse response, Model model,
			HttpStatus status, String message) {
		model.addAttribute("errors", Map.of("code", message));
		response.setStatus(status.value());
		return page(user, request, model);
	}

	private boolean fresh(HttpServletRequest request) {
		Instant now = this.clock.instant();
		return WebSessions.idOf(request)
			.flatMap(this.sessions::find)
			.map(WebSession::secondFactorAt)
			.filter((at) -> at.plus(FRESH).isAfter(now))
			.isPresent();
	}

	/** One token as listed, times in UTC. */
	record TokenLine(String id, String created, String expires, String status) {
	}

}
