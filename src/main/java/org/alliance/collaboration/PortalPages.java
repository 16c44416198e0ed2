package org.alliance.collaboration;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.alliance.api.InvalidRequest;
import org.alliance.api.NotFound;
import org.alliance.language.ClientLanguages;
import org.alliance.measure.ClientLinks;
import org.alliance.measure.LinkPagePart;
import org.alliance.measure.LinkVisit;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The client's own forms on the portal behind a personal link: ticking a task and
 * proposing an agenda item. The link is the credential (no account, no CSRF token, as on
 * the measure forms); a refused form is shown again, in the client's language, with the
 * message beside it.
 */
@Controller
class PortalPages {

	private final ClientLinks links;

	private final Tasks tasks;

	private final Agenda agenda;

	private final CollaborationOnLinkPage portal;

	private final ClientLanguages languages;

	PortalPages(ClientLinks links, Tasks tasks, Agenda agenda, CollaborationOnLinkPage portal,
			ClientLanguages languages) {
		this.links = links;
		this.languages = languages;
		this.tasks = tasks;
		this.agenda = agenda;
		this.portal = portal;
	}

	@PostMapping("/r/{token}/portal/tasks/{task}")
	String tick(@PathVariable String token, @PathVariable String task, @RequestParam(required = false) String status,
			@RequestParam(required = false) String lang,
			@CookieValue(name = LinkPagePart.LANGUAGE_COOKIE, required = false) String remembered, Locale locale,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		LinkVisit visit = visit(token);
		String language = language(lang, remembered, locale, request);
		UUID id = parse(task);
		try {
			this.tasks.completeFromLink(visit, id, status);
			return "redirect:/r/" + token + "?lang=" + language + "#tasks";
		}
		catch (InvalidRequest ex) {
			String message = this.languages.text(language, "portal.task.choose");
			return refused(model, response, token, language, visit, Map.of("task-" + id, message), Map.of());
		}
	}

	@PostMapping("/r/{token}/portal/agenda")
	String propose(@PathVariable String token, @RequestParam(required = false) String text,
			@RequestParam(required = false) String lang,
			@CookieValue(name = LinkPagePart.LANGUAGE_COOKIE, required = false) String remembered, Locale locale,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		LinkVisit visit = visit(token);
		String language = language(lang, remembered, locale, request);
		try {
			this.agenda.proposeFromLink(visit, text);
			return "redirect:/r/" + token + "?lang=" + language + "#agenda";
		}
		catch (InvalidRequest ex) {
			return refused(model, response, token, language, visit, Map.of("text", message(ex, text, language)),
					Map.of("text", (text != null) ? text : ""));
		}
	}

	private String refused(Model model, HttpServletResponse response, String token, String language, LinkVisit visit,
			Map<String, String> errors, Map<String, String> given) {
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("token", token);
		model.addAttribute("lang", language);
		model.addAttribute("values", this.portal.values(visit, errors, given));
		return "collaboration/portal";
	}

	/** In the client's language and plain words, as the measure forms say it. */
	private String message(InvalidRequest ex, String text, String language) {
		if (text == null || text.isBlank()) {
			return this.languages.text(language, "portal.agenda.missing");
		}
		if (ex.problems().get(0).message().startsWith("Use at most")) {
			return this.languages.text(language, "portal.agenda.too-long", Agenda.TEXT_LENGTH);
		}
		if (ex.problems().get(0).message().startsWith("This session has taken place")) {
			return this.languages.text(language, "portal.agenda.past");
		}
		if (ex.problems().get(0).message().startsWith("A session takes up to")) {
			return this.languages.text(language, "portal.agenda.most");
		}
		return this.languages.text(language, "portal.agenda.check");
	}

	private LinkVisit visit(String token) {
		return this.links.open(token).orElseThrow(() -> new NotFound("token", "This link is unknown or has expired."));
	}

	private static UUID parse(String task) {
		try {
			return UUID.fromString(task);
		}
		catch (IllegalArgumentException ex) {
			throw new NotFound("task", "This task is not one to tick on this link.");
		}
	}

	/**
	 * Chosen in the address, else remembered for the link, else the browser's; English
	 * when the one found has no bundle. The page is rendered in it.
	 */
	private String language(String lang, String remembered, Locale locale, HttpServletRequest request) {
		String language = this.languages
			.orFirst((lang != null) ? lang : (remembered != null) ? remembered : locale.getLanguage());
		ClientLanguages.use(request, language);
		return language;
	}

}
