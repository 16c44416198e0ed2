package org.alliance.security;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The second step of signing in: a code from the authenticator app, or a recovery code.
 * Five wrong codes end the attempt; the person starts again with their password (which
 * the sign-in throttling counts). When the server's key does not open the person's secret
 * (it was started with another key file), the page says so, with status 503, instead of
 * failing: only whoever runs the server can fix it.
 */
@Controller
class SecondFactorSignIn {

	static final int ATTEMPTS = 5;

	private static final String FAILURES = "alliance.second-factor-failures";

	private final SecondFactors secondFactors;

	private final SignInProgress progress;

	private final WebSessions sessions;

	SecondFactorSignIn(SecondFactors secondFactors, SignInProgress progress, WebSessions sessions) {
		this.secondFactors = secondFactors;
		this.progress = progress;
		this.sessions = sessions;
	}

	@GetMapping("/login/second-factor")
	String form() {
		return "security/second-factor";
	}

	@PostMapping("/login/second-factor")
	String check(@RequestParam(defaultValue = "") String code, CurrentUser user, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		SecondFactors.Check check = this.secondFactors.check(user, code);
		if (check instanceof SecondFactors.Check.KeyMismatch) {
			// The server's fault, not the person's: not counted as a wrong code.
			model.addAttribute("keyMismatch", SecondFactors.KEY_MISMATCH);
			response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
			return "security/second-factor";
		}
		if (check instanceof SecondFactors.Check.Passed) {
			this.progress.advance(request, response, WebSession.Stage.SIGNED_IN);
			WebSessions.idOf(request).ifPresent(this.sessions::secondFactorProved);
			return "redirect:" + this.progress.pageAskedFor(request, response);
		}
		HttpSession session = request.getSession();
		int failures = ((session.getAttribute(FAILURES) instanceof Integer n) ? n : 0) + 1;
		session.setAttribute(FAILURES, failures);
		if (failures >= ATTEMPTS) {
			WebSessions.idOf(request)
				.flatMap(this.sessions::find)
				.ifPresent((row) -> this.sessions.end(row, SessionEnd.SECOND_FACTOR));
			session.invalidate();
			SecurityContextHolder.clearContext();
			return "redirect:/login?ended=" + SessionEnd.SECOND_FACTOR.code();
		}
		String message = (check instanceof SecondFactors.Check.Replayed)
				? "That code was used already. Wait for the next code of your app."
				: "That code is not right. Type the six digits your app shows now, or a recovery code.";
		model.addAttribute("errors", Map.of("code", message));
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return "security/second-factor";
	}

}
