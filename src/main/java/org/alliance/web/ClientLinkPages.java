package org.alliance.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.alliance.api.FieldProblem;
import org.alliance.api.FieldRules;
import org.alliance.api.InvalidRequest;
import org.alliance.api.NotFound;
import org.alliance.instrument.Answer;
import org.alliance.instrument.Instrument;
import org.alliance.instrument.InstrumentCatalog;
import org.alliance.instrument.Item;
import org.alliance.instrument.ItemType;
import org.alliance.measure.ClientLinks;
import org.alliance.measure.LinkVisit;
import org.alliance.outcome.RiskAnswer;
import org.alliance.outcome.SafetySettings;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.util.MultiValueMap;

/**
 * The client's phone form, reached through a personal link without an account. One
 * measure per page, in the order they are due.
 */
@Controller
class ClientLinkPages {

	/** The longest free-text answer kept, as the form's text box allows. */
	private static final int TEXT_LENGTH = 2000;

	private final ClientLinks links;

	private final InstrumentCatalog catalog;

	private final SafetySettings safety;

	ClientLinkPages(ClientLinks links, InstrumentCatalog catalog, SafetySettings safety) {
		this.links = links;
		this.catalog = catalog;
		this.safety = safety;
	}

	@GetMapping("/r/{token}")
	String form(@PathVariable String token, @RequestParam(required = false) String lang, Locale locale, Model model) {
		LinkVisit visit = this.links.open(token).orElseThrow(InvalidLink::new);
		String language = language(lang, locale);
		model.addAttribute("token", token);
		model.addAttribute("lang", language);
		boolean risk = visit.answered()
			.entrySet()
			.stream()
			.anyMatch((answered) -> RiskAnswer.in(answered.getKey(), answered.getValue()).isPresent());
		if (risk) {
			model.addAttribute("crisisText", this.safety.crisisText(language));
		}
		if (visit.finished()) {
			return "link-done";
		}
		show(model, visit.due().get(0), visit, language);
		return "link-form";
	}

	@PostMapping("/r/{token}/{instrument}")
	String answer(@PathVariable String token, @PathVariable String instrument,
			@RequestParam MultiValueMap<String, String> fields, @RequestParam(required = false) String lang,
			Locale locale, Model model, HttpServletResponse response) {
		LinkVisit visit = this.links.open(token).orElseThrow(InvalidLink::new);
		String language = language(lang, locale);
		Map<String, String> form = fields.toSingleValueMap();
		Instrument due = visit.due().stream().filter((i) -> i.code().equals(instrument)).findFirst().orElse(null);
		if (due == null) {
			return "redirect:/r/" + token + "?lang=" + language;
		}
		try {
			this.links.answer(token, instrument, answers(due, fields));
		}
		catch (InvalidRequest ex) {
			model.addAttribute("token", token);
			show(model, due, visit, language);
			model.addAttribute("errors", ClientFormMessages.of(ex.problems(), form, language));
			model.addAttribute("given", form);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return "link-form";
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
	}

	/**
	 * The form's answers by item; a choice that is not a whole number is refused with the
	 * rest, naming its item, rather than failing the page.
	 */
	private static Map<String, Answer> answers(Instrument instrument, MultiValueMap<String, String> fields) {
		Map<String, Answer> answers = new LinkedHashMap<>();
		List<FieldProblem> problems = new ArrayList<>();
		// An item sent twice could hide one answer behind another (a risk answer behind
		// "Not at all"); an item the measure does not have is a forged form. Both are
		// refused, as the API refuses a repeated or unknown name.
		fields.forEach((name, values) -> {
			if (!name.startsWith("item-")) {
				return;
			}
			String id = name.substring("item-".length());
			if (instrument.item(id).isEmpty()) {
				problems.add(new FieldProblem("answers." + id, "is not an item of " + instrument.code()));
			}
			else if (values.size() > 1) {
				problems.add(new FieldProblem("answers." + id, "was given more than once"));
			}
		});
		FieldRules.refuseIfAny(problems);
		Map<String, String> form = fields.toSingleValueMap();
		for (Item item : instrument.items()) {
			String field = "answers." + item.id();
			String value = form.get("item-" + item.id());
			if (value == null || value.isBlank()) {
				continue;
			}
			if (item.type() == ItemType.TEXT) {
				if (FieldRules.text(problems, field, value.strip(), TEXT_LENGTH, false)) {
					answers.put(item.id(), new Answer.Text(value.strip()));
				}
				continue;
			}
			try {
				answers.put(item.id(), new Answer.Choice(Integer.parseInt(value.strip())));
			}
			catch (NumberFormatException ex) {
				// Left out, so that the instrument's own check names it with every other
				// problem of the form at once.
			}
		}
		FieldRules.refuseIfAny(problems);
		return answers;
	}

	private static String language(String requested, Locale locale) {
		String language = (requested != null) ? requested : locale.getLanguage();
		return List.of("en", "es").contains(language) ? language : "en";
	}

	@ResponseStatus(HttpStatus.NOT_FOUND)
	static class InvalidLink extends RuntimeException {

		InvalidLink() {
			super("This link is unknown or has expired.");
		}

	}

}
