package org.alliance.measure;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.alliance.api.InvalidRequest;
import org.alliance.api.NotFound;
import org.alliance.care.ClientPagePart.Fragment;
import org.alliance.instrument.Answer;
import org.alliance.instrument.Instrument;
import org.alliance.instrument.InstrumentCatalog;
import org.alliance.language.ClientLanguages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.util.MultiValueMap;

/**
 * The client's phone form, reached through a personal link without an account. One
 * measure per page, in the order they are due.
 */
@Controller
class ClientLinkPages {

	private final ClientLinks links;

	private final InstrumentCatalog catalog;

	/** The language a client chose on a link, kept for that link's path only. */
	static final String LANGUAGE_COOKIE = LinkPagePart.LANGUAGE_COOKIE;

	private final CrisisNotice crisis;

	private final List<LinkPagePart> parts;

	private final ClientLanguages languages;

	ClientLinkPages(ClientLinks links, InstrumentCatalog catalog, CrisisNotice crisis,
			ObjectProvider<LinkPagePart> parts, ClientLanguages languages) {
		this.links = links;
		this.languages = languages;
		this.catalog = catalog;
		this.crisis = crisis;
		this.parts = parts.orderedStream().toList();
	}

	@GetMapping("/r/{token}")
	String form(@PathVariable String token, @RequestParam(required = false) String lang,
			@CookieValue(name = LANGUAGE_COOKIE, required = false) String remembered, Locale locale, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		LinkVisit visit = this.links.open(token).orElseThrow(ClientLinkPages::invalidLink);
		String language = language((lang != null) ? lang : remembered, locale, request);
		remember(token, lang, response);
		model.addAttribute("token", token);
		model.addAttribute("lang", language);
		model.addAttribute("parts", parts(visit, token, language));
		this.crisis.after(visit.session().session().clinicId(), visit.answered(), language)
			.ifPresent((text) -> model.addAttribute("crisisText", text));
		if (visit.finished()) {
			return "measure/link-done";
		}
		show(model, visit.due().get(0), visit, language);
		return "measure/link-form";
	}

	@PostMapping("/r/{token}/{instrument}")
	String answer(@PathVariable String token, @PathVariable String instrument,
			@RequestParam MultiValueMap<String, String> fields, @RequestParam(required = false) String lang,
			@CookieValue(name = LANGUAGE_COOKIE, required = false) String remembered, Locale locale, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		LinkVisit visit = this.links.open(token).orElseThrow(ClientLinkPages::invalidLink);
		String language = language((lang != null) ? lang : remembered, locale, request);
		remember(token, lang, response);
		Map<String, String> form = fields.toSingleValueMap();
		Instrument due = visit.due().stream().filter((i) -> i.code().equals(instrument)).findFirst().orElse(null);
		if (due == null) {
			return "redirect:/r/" + token + "?lang=" + language;
		}
		try {
			this.links.answer(token, instrument, InstrumentForm.answers(due, fields));
		}
		catch (InvalidRequest ex) {
			model.addAttribute("token", token);
			model.addAttribute("parts", parts(visit, token, language));
			show(model, due, visit, language);
			// A risk answer on a form sent back for another question still shows the
			// crisis information at once: the client must not wait for a form they may
			// never finish (docs/manual.md, "Safety").
			Map<String, Map<String, Answer>> seen = new HashMap<>(visit.answered());
			seen.put(instrument, choicesGiven(form));
			this.crisis.after(visit.session().session().clinicId(), seen, language)
				.ifPresent((text) -> model.addAttribute("crisisText", text));
			model.addAttribute("errors", ClientFormMessages.of(ex.problems(), form, language, this.languages));
			model.addAttribute("given", form);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return "measure/link-form";
		}
		catch (NotFound ex) {
			// Answered twice, e.g. from a second tab: the next due measure is what to
			// show.
		}
		return "redirect:/r/" + token + "?lang=" + language;
	}

	private void show(Model model, Instrument instrument, LinkVisit visit, String language) {
		model.addAttribute("lang", language);
		model.addAttribute("instrument", instrument);
		model.addAttribute("instructions", this.catalog.instructions(instrument.code(), language).orElse(null));
		model.addAttribute("remaining", visit.due().size());
		model.addAttribute("careSession", visit.session().session());
	}

	/** What other modules add after the measures (goals, tasks, agenda). */
	private List<Fragment> parts(LinkVisit visit, String token, String language) {
		return this.parts.stream().flatMap((part) -> part.of(visit, token, language).stream()).toList();
	}

	/** The choices the form carried that read as whole numbers, by item id. */
	private static Map<String, Answer> choicesGiven(Map<String, String> form) {
		Map<String, Answer> choices = new HashMap<>();
		form.forEach((field, value) -> {
			if (field.startsWith("item-") && value != null && value.matches("\\d{1,2}")) {
				choices.put(field.substring("item-".length()), new Answer.Choice(Integer.parseInt(value)));
			}
		});
		return choices;
	}

	/**
	 * Remembers the language the client chose for this link only (a cookie scoped to the
	 * link's path, for the link's lifetime), so that the link opened again later speaks
	 * it without the choice in the address.
	 */
	private void remember(String token, String lang, HttpServletResponse response) {
		if (this.languages.offered(lang)) {
			ResponseCookie cookie = ResponseCookie.from(LANGUAGE_COOKIE, lang)
				.path("/r/" + token)
				.maxAge(Duration.ofDays(30))
				.httpOnly(true)
				.sameSite("Lax")
				.build();
			response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
		}
	}

	/**
	 * The language chosen on the link (in the address, else in its cookie), else the
	 * browser's; English when the one chosen has no bundle. The page is rendered in it.
	 */
	private String language(String requested, Locale locale, HttpServletRequest request) {
		String language = this.languages.orFirst((requested != null) ? requested : locale.getLanguage());
		ClientLanguages.use(request, language);
		return language;
	}

	/** Answered with the product's not-found page, in the client's language. */
	private static NotFound invalidLink() {
		return new NotFound("token", "This link is unknown or has expired.");
	}

}
