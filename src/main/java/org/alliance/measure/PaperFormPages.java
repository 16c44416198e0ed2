package org.alliance.measure;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.alliance.api.InvalidRequest;
import org.alliance.api.NotFound;
import org.alliance.care.Caseload;
import org.alliance.care.SessionOfClient;
import org.alliance.instrument.Answer;
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
 * may enter it: the client's therapist, the clinic's supervisors and admins. An answer
 * already stored is corrected here too, with a reason ({@link Responses#correct}).
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
		// opens it, and a supervisor is offered the act-for step instead.
		this.caseload.sessionToActOn(user, sessionId);
		show(user, sessionId, instrument, model);
		if (model.getAttribute("earlier") instanceof StoredResponse earlier) {
			// The answer stored is what a correction starts from.
			model.addAttribute("given", asFields(earlier));
		}
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
		try {
			this.responses.enterOnBehalf(user, sessionId, new Submission(measure.code(), Respondent.CLIENT.wireName(),
					InstrumentForm.answers(measure, fields)), (key != null && !key.isBlank()) ? key : null);
			return "redirect:/clients/" + session.clientId() + "#sessions";
		}
		catch (AlreadyAnswered ex) {
			// The client's measure is answered once per session, on the phone or on
			// paper (the one rule of Responses): the page shows the answer stored and
			// offers its correction instead.
			show(user, sessionId, instrument, model);
			model.addAttribute("given", asFields((StoredResponse) model.getAttribute("earlier")));
			model.addAttribute("key", UUID.randomUUID().toString());
			response.setStatus(409);
			return "measure/paper-form";
		}
		catch (InvalidRequest ex) {
			return refused(ex, fields, model, response);
		}
	}

	/**
	 * Corrects the client's answer stored for a session, with a reason: the paper form
	 * again, with the answers as corrected. The answer stored stays, marked superseded.
	 */
	@PostMapping("/responses/{id}/correction")
	String correct(CurrentUser user, @PathVariable("id") UUID responseId,
			@RequestParam MultiValueMap<String, String> fields, Model model, HttpServletResponse response) {
		StoredResponse corrected = this.responses.one(user, responseId);
		if (!Respondent.CLIENT.wireName().equals(corrected.respondent())) {
			throw new NotFound("id", "A therapist's rating is corrected through the API.");
		}
		SessionOfClient session = this.caseload.sessionToActOn(user, corrected.sessionId());
		show(user, corrected.sessionId(), corrected.instrument(), model);
		Instrument measure = (Instrument) model.getAttribute("instrument");
		String key = fields.getFirst("key");
		try {
			this.responses.correct(user, responseId, InstrumentForm.answers(measure, fields), fields.getFirst("reason"),
					(key != null && !key.isBlank()) ? key : null);
			return "redirect:/clients/" + session.clientId() + "#sessions";
		}
		catch (InvalidRequest ex) {
			return refused(ex, fields, model, response);
		}
	}

	/** The form again, each message beside its field. */
	private static String refused(InvalidRequest ex, MultiValueMap<String, String> fields, Model model,
			HttpServletResponse response) {
		Map<String, String> errors = new LinkedHashMap<>();
		ex.problems()
			.forEach((p) -> errors.merge(p.field().replace("answers.", "item-"), p.message(), (a, b) -> a + " " + b));
		model.addAttribute("errors", errors);
		model.addAttribute("given", fields.toSingleValueMap());
		model.addAttribute("key", fields.getFirst("key"));
		response.setStatus(422);
		return "measure/paper-form";
	}

	/** The stored answers as the form's fields ({@code item-<id>}). */
	private static Map<String, String> asFields(StoredResponse response) {
		Map<String, String> fields = new LinkedHashMap<>();
		response.answers()
			.forEach((item, answer) -> fields.put("item-" + item, (answer instanceof Answer.Choice choice)
					? String.valueOf(choice.value()) : ((Answer.Text) answer).text()));
		return fields;
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
