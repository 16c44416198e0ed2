package org.alliance.outreach;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

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
@Tag(name = "Outreach",
		description = "Measures sent to clients by email and handed out as kiosk codes, and those not yet "
				+ "answered")
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
	@Operation(summary = "Measures sent or handed out and not yet answered",
			description = "Newest first: a therapist's own clients', the whole clinic's for a supervisor.")
	@ApiResponse(responseCode = "200", description = "The measures not yet answered")
	@ApiResponse(responseCode = "403", description = "An admin account, which reads no clinical record")
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
	@Operation(summary = "Email the client a link to the session's measures",
			description = "Emails the client a new personal link to the session's measures still unanswered: kind "
					+ "symptom (before the session), alliance (after it), or no body for both. The client's "
					+ "therapist, or a supervisor acting for them.")
	@ApiResponse(responseCode = "201", description = "Sent")
	@ApiResponse(responseCode = "403",
			description = "A supervisor not acting for the therapist (act-for), or an admin account")
	@ApiResponse(responseCode = "404", description = "No such session among the caller's clients' sessions")
	@ApiResponse(responseCode = "409",
			description = "Problem details naming email (email is off, or the client has no contact email), or id or "
					+ "instruments (the session takes no link, or every measure is answered)")
	@ApiResponse(responseCode = "422", description = "Problem details naming kind")
	MeasureSends.Sent email(CurrentUser user, @PathVariable UUID id, @RequestBody(required = false) SendRequest body) {
		return this.sends.send(user, id, (body != null) ? body.kind() : null);
	}

	/** A one-time kiosk code for the session's measures, shown only here. */
	@PostMapping("/sessions/{id}/kiosk-code")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Issue a one-time kiosk code for the session's measures",
			description = "The client types the code on the clinic's kiosk tablet to answer the session's measures "
					+ "still unanswered. The code is shown only in this answer.")
	@ApiResponse(responseCode = "201", description = "The code, its session and until when it works")
	@ApiResponse(responseCode = "403",
			description = "A supervisor not acting for the therapist (act-for), or an admin account")
	@ApiResponse(responseCode = "404", description = "No such session among the caller's clients' sessions")
	@ApiResponse(responseCode = "409",
			description = "Problem details: the session takes no link, or every measure is answered")
	KioskCodes.IssuedCode kioskCode(CurrentUser user, @PathVariable UUID id) {
		return this.kiosk.issue(user, id);
	}

	record SendRequest(String kind) {
	}

}
