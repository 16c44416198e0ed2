package org.alliance.security;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * {@code /account/sessions}: the person's signed-in sessions (started, last seen, browser
 * and address), and ending every other one (OWASP ASVS 5.0, 7.5.2).
 */
@Controller
class SessionPages {

	private final WebSessions sessions;

	SessionPages(WebSessions sessions) {
		this.sessions = sessions;
	}

	@GetMapping("/account/sessions")
	String list(CurrentUser user, HttpServletRequest request, Model model) {
		String own = WebSessions.idOf(request).orElse("");
		List<SessionLine> lines = this.sessions.open(user.userId())
			.stream()
			.map((s) -> new SessionLine(s, BrowserDescription.of(s.userAgent()), s.id().equals(own)))
			.toList();
		model.addAttribute("user", user);
		model.addAttribute("sessions", lines);
		return "security/sessions";
	}

	@PostMapping("/account/sessions/end-others")
	String endOthers(CurrentUser user, HttpServletRequest request) {
		String own = WebSessions.idOf(request).orElse("");
		this.sessions.open(user.userId())
			.stream()
			.filter((s) -> !s.id().equals(own))
			.forEach((s) -> this.sessions.end(s, SessionEnd.ENDED));
		return "redirect:/account/sessions?ended";
	}

	/** One line of the list, times in UTC to the minute. */
	record SessionLine(WebSession session, String browser, boolean current) {

		private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
			.withZone(ZoneOffset.UTC);

		public String started() {
			return MINUTE.format(this.session.startedAt());
		}

		public String lastSeen() {
			return MINUTE.format(this.session.lastSeenAt());
		}

	}

}
