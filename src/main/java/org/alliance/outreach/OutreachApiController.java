package org.alliance.outreach;

import java.util.List;
import java.util.UUID;

import org.alliance.security.CurrentUser;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Measures by email and kiosk codes over the JSON API.
 */
@RestController
@RequestMapping("/api/v1")
class OutreachApiController {

	private final NotAnswered list;

	private final MeasureSends sends;

	private final KioskCodes kiosk;

	OutreachApiController(NotAnswered list, MeasureSends sends, KioskCodes kiosk) {
		this.list = list;
		this.sends = sends;
		this.kiosk = kiosk;
	}

	/** The measures sent or handed out and not yet answered, newest first. */
	@GetMapping("/measures/not-answered")
	List<NotAnswered.Line> notAnswered(CurrentUser user) {
		return this.list.of(user);
	}

	/**
	 * Emails the client a new link to the session's measures still unanswered; body
	 * {@code {"kind": "symptom" | "alliance"}} or none for both. 409 naming {@code email}
	 * when email is off or the client has no contact email.
	 */
	@PostMapping("/sessions/{id}/email")
	@ResponseStatus(HttpStatus.CREATED)
	MeasureSends.Sent email(CurrentUser user, @PathVariable UUID id, @RequestBody(required = false) SendRequest body) {
		return this.sends.send(user, id, (body != null) ? body.kind() : null);
	}

	/** A one-time kiosk code for the session's measures, shown only here. */
	@PostMapping("/sessions/{id}/kiosk-code")
	@ResponseStatus(HttpStatus.CREATED)
	KioskCodes.IssuedCode kioskCode(CurrentUser user, @PathVariable UUID id) {
		return this.kiosk.issue(user, id);
	}

	record SendRequest(String kind) {
	}

}
