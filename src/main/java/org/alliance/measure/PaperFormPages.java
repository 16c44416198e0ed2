package org.alliance.measure;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.alliance.api.InvalidRequest;
import org.alliance.api.NotFound;
import org.alliance.care.Caseload;
import org.alliance.care.SessionOfClient;
import org.alliance.instrument.Instrument;
import org.alliance.instrument.InstrumentCatalog;
import org.alliance.instrument.Respondent;
import org.alliance.security.CurrentUser;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Entry on the client's behalf: a staff member types in what the client answered on a
 * paper form (or told them, for a client without a phone), one of the client's measures
 * for one session. It goes through {@link Responses#enterOnBehalf}, the same path as the
 * client's phone, so every evaluation fires as it would from the phone (a risk answer
 * raises its signal), and the record names who entered it. Anyone who may see the session
 * may enter it: the client's therapist, the clinic's supervisors and admins.
 */
@Controller
class PaperFormPages {

	private final Caseload caseload;

	private final InstrumentCatalog catalog;

	private final Responses responses;

	private final MeasureSettings settings;

	PaperFormPages(Caseload caseload, InstrumentCatalog catalog, Responses responses, MeasureSettings settings) {
		this.caseload = caseload;
		this.catalog = catalog;
		this.responses = responses;
		this.settings = settings;
	}

	@GetMapping("/sessions/{sessionId}/paper/{instrument}")
	String form(CurrentUser user, @PathVariable UUID sessionId, @PathVariable String instrument, Model model) {
		// The form is for entering answers: only who may change the client's records
		// opens
		// it, and a supervisor is offered the act-for step instead.
		this.caseload.sessionToActOn(user, sessionId);
		show(user, sessionId, instrument, model);
		model.addAttribute("key", UUID.randomUUID().toString());
		return "measure/paper-form";
	}

	@PostMapping("/sessions/{sessionId}/paper/{instrument}")
	String enter(CurrentUser user, @PathVariable UUID sessionId, @PathVariable String instrument,
			@RequestParam MultiValueMap<String, String> fields, Model model, HttpServletResponse response) {
		this.caseload.sessionToActOn(user, sessionId);
		SessionOfClient session = show(user, sessionId, instrument, model);
		Instrument measure = (Instrument) model.getAttribute("instrument");
		String key = fields.getFirst("key");
		if (model.getAttribute("earlier") != null) {
			// The client's measure is answered once per session, on the phone or on
			// paper: a second answer would make the client page and the report disagree.
			response.setStatus(409);
			return "measure/paper-form";
		}
		try {
			this.responses.enterOnBehalf(user, sessionId, new Submission(measure.code(), Respondent.CLIENT.wireName(),
					InstrumentForm.answers(measure, fields)), (key != null && !key.isBlank()) ? key : null);
			return "redirect:/clients/" + session.clientId() + "#sessions";
		}
		catch (InvalidRequest ex) {
			Map<String, String> errors = new LinkedHashMap<>();
			ex.problems()
				.forEach((p) -> errors.merge(p.field().replace("answers.", "item-"), p.message(),
						(a, b) -> a + " " + b));
			model.addAttribute("errors", errors);
			model.addAttribute("given", fields.toSingleValueMap());
			model.addAttribute("key", key);
			response.setStatus(422);
			return "measure/paper-form";
		}
	}

	private SessionOfClient show(CurrentUser user, UUID sessionId, String code, Model model) {
		SessionOfClient session = this.caseload.session(user, sessionId)
			.orElseThrow(() -> new NotFound("id", "No session " + sessionId + " among your clients' sessions."));
		Instrument instrument = this.settings.clientMeasures().contains(code)
				? this.catalog.find(code).filter(Instrument::administrable).orElse(null) : null;
		if (instrument == null || instrument.respondent() != Respondent.CLIENT) {
			throw new NotFound("instrument", "Enter one of the client's measures: " + this.settings.clientMeasures());
		}
		model.addAttribute("earlier",
				this.responses.ofClient(user, session.clientId())
					.stream()
					.filter((r) -> r.sessionId().equals(sessionId) && r.instrument().equals(code))
					.findFirst()
					.orElse(null));
		model.addAttribute("user", user);
		model.addAttribute("client", this.caseload.client(user, session.clientId()));
		model.addAttribute("careSession", session.session());
		model.addAttribute("instrument", instrument);
		model.addAttribute("instructions", this.catalog.instructions(code, "en").orElse(null));
		return session;
	}

}
