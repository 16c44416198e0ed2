package org.alliance.alliance;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.alliance.api.Forbidden;
import org.alliance.api.InvalidRequest;
import org.alliance.api.NotFound;
import org.alliance.care.Caseload;
import org.alliance.care.SessionOfClient;
import org.alliance.instrument.Instrument;
import org.alliance.instrument.InstrumentCatalog;
import org.alliance.measure.AlreadyAnswered;
import org.alliance.measure.InstrumentForm;
import org.alliance.measure.Responses;
import org.alliance.measure.Submission;
import org.alliance.security.CurrentUser;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * After a session the therapist rates the alliance as they saw it
 * ({@code alliance-check-t}) and predicts how the client rated it
 * ({@code alliance-check-p}); the perception gap between prediction and the client's
 * rating then shows at once. The rating goes through the same store as the API's and the
 * client's, so every evaluation hears of it.
 */
@Controller
class SessionRatingPages {

	/** The therapist's two forms, by the name the page uses for them. */
	private static final Map<String, String> FORMS = Map.of("own", "alliance-check-t", "prediction",
			"alliance-check-p");

	private final Caseload caseload;

	private final InstrumentCatalog catalog;

	private final Responses responses;

	SessionRatingPages(Caseload caseload, InstrumentCatalog catalog, Responses responses) {
		this.caseload = caseload;
		this.catalog = catalog;
		this.responses = responses;
	}

	@GetMapping("/sessions/{sessionId}/rate/{form}")
	String form(CurrentUser user, @PathVariable UUID sessionId, @PathVariable String form, Model model) {
		show(user, sessionId, form, model);
		model.addAttribute("key", UUID.randomUUID().toString());
		return "alliance/rate";
	}

	@PostMapping("/sessions/{sessionId}/rate/{form}")
	String rate(CurrentUser user, @PathVariable UUID sessionId, @PathVariable String form,
			@RequestParam MultiValueMap<String, String> fields, Model model, HttpServletResponse response) {
		SessionOfClient session = show(user, sessionId, form, model);
		Instrument instrument = (Instrument) model.getAttribute("instrument");
		String key = fields.getFirst("key");
		try {
			this.responses.submit(user, sessionId,
					new Submission(instrument.code(), "therapist", InstrumentForm.answers(instrument, fields)),
					(key != null && !key.isBlank()) ? key : null);
			return "redirect:/clients/" + session.clientId() + "/brief";
		}
		catch (AlreadyAnswered ex) {
			// One rating of a session by its therapist, as the client's own form is
			// answered once (the one rule of Responses): a second would make the brief
			// and the client page disagree. The page shows the rating stored.
			show(user, sessionId, form, model);
			response.setStatus(409);
			return "alliance/rate";
		}
		catch (InvalidRequest ex) {
			Map<String, String> errors = new LinkedHashMap<>();
			ex.problems().forEach((p) -> errors.put(p.field().replace("answers.", "item-"), p.message()));
			model.addAttribute("errors", errors);
			model.addAttribute("given", fields.toSingleValueMap());
			model.addAttribute("key", key);
			response.setStatus(422);
			return "alliance/rate";
		}
	}

	private SessionOfClient show(CurrentUser user, UUID sessionId, String form, Model model) {
		SessionOfClient session = this.caseload.session(user, sessionId)
			.orElseThrow(() -> new NotFound("id", "No session " + sessionId + " among your clients' sessions."));
		if (!session.therapistId().equals(user.userId())) {
			throw new Forbidden("id", "Only the client's own therapist rates their sessions.");
		}
		String code = FORMS.get(form);
		if (code == null) {
			throw new NotFound("form", "Use own or prediction.");
		}
		Instrument instrument = this.catalog.find(code).orElseThrow();
		model.addAttribute("earlier",
				this.responses.ofClient(user, session.clientId())
					.stream()
					.filter((r) -> r.sessionId().equals(sessionId) && r.instrument().equals(code))
					.findFirst()
					.orElse(null));
		model.addAttribute("user", user);
		model.addAttribute("client", this.caseload.client(user, session.clientId()));
		model.addAttribute("careSession", session.session());
		model.addAttribute("form", form);
		model.addAttribute("instrument", instrument);
		return session;
	}

}
