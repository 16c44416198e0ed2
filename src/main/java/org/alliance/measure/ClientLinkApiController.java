package org.alliance.measure;

import java.time.Instant;
import java.time.LocalDate;
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
 * Issuing, listing and revoking clients' personal links over the JSON API.
 */
@RestController
@Tag(name = "Personal links", description = "Clients' personal links: issued for a session's measures, listed, revoked")
@RequestMapping("/api/v1")
class ClientLinkApiController {

	private final ClientLinks links;

	ClientLinkApiController(ClientLinks links) {
		this.links = links;
	}

	/** 201 with the link's path; the token is shown only here. */
	@PostMapping("/sessions/{id}/links")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Issue a personal link for a session",
			description = "The client opens it without an account to answer the measures named (default: the "
					+ "clinic's client measures) still unanswered for the session. The token is in the answer only; "
					+ "id names the link to revoke it. The session's older links that still offer one of these "
					+ "measures stop working (state replaced): only the latest link for a session and its measures "
					+ "is valid. Refused (409) for a cancelled session, a session dated after its episode's end, or "
					+ "an episode that has ended, naming it; and when every measure asked for is answered.")
	@ApiResponse(responseCode = "201", description = "Issued: id, token, path, url, expiresAt, instruments")
	@ApiResponse(responseCode = "409", description = "The session takes no link, or nothing is left to answer")
	@ApiResponse(responseCode = "403",
			description = "A supervisor not acting for the therapist (act-for), or an admin account")
	@ApiResponse(responseCode = "404", description = "No such session among the caller's clients' sessions")
	@ApiResponse(responseCode = "422",
			description = "Problem details naming instruments (not one of the clinic's client measures)")
	IssuedLink issue(CurrentUser user, @PathVariable UUID id, @RequestBody(required = false) LinkRequest body) {
		return this.links.issue(user, id, (body != null) ? body.instruments() : null);
	}

	@GetMapping("/sessions/{id}/links")
	@Operation(summary = "A session's personal links, newest first",
			description = "Each with its id, measures, who issued it and when, until when it works, who revoked it "
					+ "and when, and its state: valid, expired, revoked (by a person), replaced (by a newer link), "
					+ "session-cancelled or episode-ended. Never the token.")
	@ApiResponse(responseCode = "200", description = "The links")
	@ApiResponse(responseCode = "404", description = "No such session among the caller's clients' sessions")
	@ApiResponse(responseCode = "403", description = "An admin account, which reads no clinical record")
	List<LinkView> ofSession(CurrentUser user, @PathVariable UUID id) {
		return this.links.ofSession(user, id).stream().map(LinkView::of).toList();
	}

	@PostMapping("/links/{id}/revoke")
	@Operation(summary = "Revoke a personal link",
			description = "From now on the link opens nothing and stores nothing: the client reads, in their "
					+ "language, that it is no longer valid and whom to contact (410 Gone), also on a form opened "
					+ "before and sent after. Who revoked it and when are kept with the link (revokedBy, revokedAt) "
					+ "and in the audit trail. Revoking a link that has ended already changes nothing. The client's "
					+ "therapist, or a supervisor acting for them.")
	@ApiResponse(responseCode = "200", description = "The link as it now stands")
	@ApiResponse(responseCode = "403", description = "A supervisor not acting for the therapist, or an admin")
	@ApiResponse(responseCode = "404", description = "No such link among the caller's clients' links")
	LinkView revoke(CurrentUser user, @PathVariable UUID id) {
		return LinkView.of(this.links.revoke(user, id));
	}

	record LinkRequest(List<String> instruments) {
	}

	record LinkView(UUID id, UUID session, int sessionNumber, LocalDate sessionDate, List<String> instruments,
			String createdBy, Instant createdAt, Instant expiresAt, Instant revokedAt, String revokedBy, String state) {

		static LinkView of(LinkStatus link) {
			return new LinkView(link.id(), link.sessionId(), link.sessionNumber(), link.sessionDate(),
					link.instruments(), link.createdBy(), link.createdAt(), link.expiresAt(), link.revokedAt(),
					link.revokedBy(), link.state().wireName());
		}

	}

}
