package org.alliance.reflection;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.alliance.api.InvalidRequest;
import org.alliance.care.Caseload;
import org.alliance.care.SessionOfClient;
import org.alliance.security.CurrentUser;
import org.alliance.web.PageProblems;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The therapist's private pages: the reflection notes on one session with the form to
 * write one ({@code reflection/session.html}), and the patterns across the therapist's
 * own notes ({@code reflection/patterns.html}). For anyone but the client's therapist a
 * session's page does not exist (404).
 */
@Controller
class ReflectionPages {

	/**
	 * The patterns page lists this many of the latest notes (with a tag chosen: of it).
	 */
	static final int NOTES_LISTED = 50;

	private final Reflections reflections;

	private final Caseload caseload;

	ReflectionPages(Reflections reflections, Caseload caseload) {
		this.reflections = reflections;
		this.caseload = caseload;
	}

	@GetMapping("/sessions/{sessionId}/reflections")
	String session(CurrentUser user, @PathVariable UUID sessionId, Model model) {
		show(user, sessionId, model);
		return "reflection/session";
	}

	@PostMapping("/sessions/{sessionId}/reflections")
	String write(CurrentUser user, @PathVariable UUID sessionId, @RequestParam(required = false) String text,
			@RequestParam(required = false) List<String> tags, Model model, HttpServletResponse response) {
		try {
			this.reflections.write(user, sessionId, text, tags);
			return "redirect:/sessions/" + sessionId + "/reflections#notes";
		}
		catch (InvalidRequest ex) {
			show(user, sessionId, model);
			PageProblems.show(model, response, ex, PageProblems.given("text", text));
			model.addAttribute("chosen", (tags != null) ? tags : List.of());
			return "reflection/session";
		}
	}

	@GetMapping("/reflections")
	String patterns(CurrentUser user, @RequestParam(required = false) String tag, Model model) {
		List<ReflectionNote> notes = this.reflections.mine(user);
		ReflectionTag only = ReflectionTag.fromWire(tag).orElse(null);
		model.addAttribute("user", user);
		model.addAttribute("patterns", ReflectionPatterns.of(notes));
		model.addAttribute("only", only);
		List<ReflectionNote> newestFirst = new ArrayList<>(notes);
		Collections.reverse(newestFirst);
		model.addAttribute("notes",
				newestFirst.stream()
					.filter((n) -> only == null || n.tags().contains(only))
					.limit(NOTES_LISTED)
					.toList());
		return "reflection/patterns";
	}

	private void show(CurrentUser user, UUID sessionId, Model model) {
		SessionOfClient session = this.reflections.ownSession(user, sessionId);
		model.addAttribute("user", user);
		model.addAttribute("client", this.caseload.client(user, session.clientId()));
		model.addAttribute("careSession", session.session());
		model.addAttribute("notes", this.reflections.onSession(user, sessionId));
		model.addAttribute("tags", ReflectionTag.values());
		model.addAttribute("chosen", List.of());
		model.addAttribute("maxLength", Reflections.TEXT_LENGTH);
	}

}
