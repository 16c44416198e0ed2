package org.alliance.outreach;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.alliance.api.Forbidden;
import org.alliance.care.CareSession;
import org.alliance.care.Client;
import org.alliance.care.ClientContacts;
import org.alliance.care.ClientPagePart;
import org.alliance.mail.Outbox;
import org.alliance.security.CurrentUser;
import org.alliance.web.PageProblems;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * On the client page: email a session's measures now, or give a kiosk code for the
 * waiting room's tablet; the code (shown once) or to whom the email went is said on the
 * page that follows.
 */
@Controller
@Order(20)
class OutreachOnClientPage implements ClientPagePart {

	/** How many of the latest sessions the part offers. */
	private static final int SESSIONS = 4;

	private final MeasureSends sends;

	private final KioskCodes kiosk;

	private final ClientContacts contacts;

	private final Outbox outbox;

	OutreachOnClientPage(MeasureSends sends, KioskCodes kiosk, ClientContacts contacts, Outbox outbox) {
		this.sends = sends;
		this.kiosk = kiosk;
		this.contacts = contacts;
		this.outbox = outbox;
	}

	@Override
	public Optional<Fragment> of(CurrentUser user, Client client, List<CareSession> sessions) {
		if (sessions.isEmpty()) {
			return Optional.empty();
		}
		Map<String, Object> values = new HashMap<>();
		values.put("emailOn", this.outbox.on());
		values.put("hasAddress", this.contacts.hasAddress(client.clinicId(), client.id()));
		values.put("latest",
				sessions.stream()
					.sorted(Comparator.comparing(CareSession::date).thenComparing(CareSession::number).reversed())
					.limit(SESSIONS)
					.toList());
		return Optional.of(new Fragment("outreach/client-part", "outreach", values));
	}

	/**
	 * Emails the session's measures still unanswered, and goes back to the client's page,
	 * or with {@code back=not-answered} to the list of measures not yet answered ("Send
	 * again"), saying to whom it went or why not.
	 */
	@PostMapping("/clients/{id}/sessions/{sessionId}/email")
	String email(CurrentUser user, @PathVariable UUID id, @PathVariable UUID sessionId,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String back,
			RedirectAttributes redirect) {
		if (!"not-answered".equals(back)) {
			return onPage(id, redirect,
					() -> redirect.addFlashAttribute("emailedTo", this.sends.send(user, sessionId, kind).to()));
		}
		try {
			redirect.addFlashAttribute("sentTo", this.sends.send(user, sessionId, kind).to());
		}
		catch (RuntimeException ex) {
			if (!shownBesideTheForm(ex)) {
				throw ex;
			}
			redirect.addFlashAttribute("refusedSession", sessionId);
			redirect.addFlashAttribute("refusal", firstMessage(ex));
		}
		return "redirect:/measures/not-answered";
	}

	@PostMapping("/clients/{id}/sessions/{sessionId}/kiosk-code")
	String kioskCode(CurrentUser user, @PathVariable UUID id, @PathVariable UUID sessionId,
			RedirectAttributes redirect) {
		return onPage(id, redirect, () -> redirect.addFlashAttribute("kioskCode", this.kiosk.issue(user, sessionId)));
	}

	private String onPage(UUID id, RedirectAttributes redirect, Runnable act) {
		try {
			act.run();
		}
		catch (RuntimeException ex) {
			if (!shownBesideTheForm(ex)) {
				throw ex;
			}
			redirect.addFlashAttribute("outreachRefused", firstMessage(ex));
		}
		return "redirect:/clients/" + id + "#outreach";
	}

	/**
	 * A refused form is shown beside the form; a refusal of who may act (403) and a send
	 * while email is off (no form offers it then: 409) are answered as pages of their
	 * own, as the API answers them.
	 */
	private boolean shownBesideTheForm(RuntimeException ex) {
		return PageProblems.isFormProblem(ex) && !(ex instanceof Forbidden) && this.outbox.on();
	}

	private static String firstMessage(RuntimeException ex) {
		return PageProblems.problems(ex).stream().map((p) -> p.message()).findFirst().orElse("");
	}

}
