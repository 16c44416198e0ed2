package org.alliance.care;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.alliance.api.InvalidRequest;
import org.alliance.security.ActForSettings;
import org.alliance.security.CurrentUser;
import org.alliance.web.PageProblems;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The act-for step on the pages: a supervisor gives a reason and acts for the client's
 * therapist until the grant lapses or they end it; while it lasts, every page shows it
 * with a button to end it ({@link Banner}).
 */
@Controller
class ActForPages {

	private final ActingForTherapist actingFor;

	private final ActForSettings settings;

	ActForPages(ActingForTherapist actingFor, ActForSettings settings) {
		this.actingFor = actingFor;
		this.settings = settings;
	}

	@GetMapping("/clients/{id}/act-for")
	String form(CurrentUser user, @PathVariable UUID id, Model model) {
		Client client = this.actingFor.client(user, id);
		model.addAttribute("user", user);
		model.addAttribute("client", client);
		model.addAttribute("therapist", this.actingFor.therapistName(user, client));
		model.addAttribute("minutes", this.settings.duration().toMinutes());
		model.addAttribute("active", this.actingFor.active(user, client).orElse(null));
		return "care/act-for";
	}

	@PostMapping("/clients/{id}/act-for")
	String start(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) String reason, Model model,
			HttpServletResponse response) {
		try {
			this.actingFor.start(user, id, reason);
			return "redirect:/clients/" + id;
		}
		catch (InvalidRequest ex) {
			PageProblems.show(model, response, ex, PageProblems.given("reason", reason));
			return form(user, id, model);
		}
	}

	@PostMapping("/clients/{id}/act-for/end")
	String end(CurrentUser user, @PathVariable UUID id) {
		this.actingFor.end(user, id);
		return "redirect:/clients/" + id;
	}

	/**
	 * Puts the signed-in supervisor's active grants in every page's model as
	 * {@code actingFor}, for the banner of the shared layout.
	 */
	@ControllerAdvice(annotations = Controller.class)
	static class Banner {

		private final ActingForTherapist actingFor;

		Banner(ActingForTherapist actingFor) {
			this.actingFor = actingFor;
		}

		@ModelAttribute("actingFor")
		List<ActingForTherapist.ActingNow> actingFor(HttpServletRequest request) {
			if (request.getRequestURI().startsWith("/api/")) {
				return List.of();
			}
			return CurrentUser.signedIn().map(this.actingFor::now).orElse(List.of());
		}

	}

}
