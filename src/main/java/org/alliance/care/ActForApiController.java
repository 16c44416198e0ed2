package org.alliance.care;

import java.time.Instant;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.alliance.security.ActForGrant;
import org.alliance.security.CurrentUser;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The act-for step over the JSON API.
 */
@RestController
@Tag(name = "Acting for",
		description = "A supervisor acting for a client's therapist, with a reason, to change the client's "
				+ "records")
@RequestMapping("/api/v1")
class ActForApiController {

	private final ActingForTherapist actingFor;

	ActForApiController(ActingForTherapist actingFor) {
		this.actingFor = actingFor;
	}

	@PostMapping("/clients/{id}/act-for")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Act for the client's therapist",
			description = "A supervisor reads every client of the clinic but changes another therapist's client's "
					+ "records (sessions, episodes, links, goals, tasks, agenda, answers entered for the client, "
					+ "signals) only while acting for the therapist. This starts a grant with a reason (1 to 500 "
					+ "characters) for alliance.security.act-for.duration (60 minutes by default); every change made "
					+ "under it is audited naming the therapist and the grant.")
	@ApiResponse(responseCode = "201", description = "The grant: id, client, therapist, startedAt, expiresAt")
	@ApiResponse(responseCode = "403", description = "Not a supervisor, or the supervisor's own client")
	@ApiResponse(responseCode = "404", description = "No such client in the caller's clinic")
	@ApiResponse(responseCode = "422", description = "Problem details naming reason")
	GrantView start(CurrentUser user, @PathVariable UUID id, @RequestBody Reason body) {
		return GrantView.of(this.actingFor.start(user, id, body.reason()));
	}

	@PostMapping("/clients/{id}/act-for/end")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Stop acting for the client's therapist",
			description = "Ends the caller's active grant on the client at once.")
	@ApiResponse(responseCode = "204", description = "Ended")
	@ApiResponse(responseCode = "404", description = "No active grant of the caller on this client")
	@ApiResponse(responseCode = "403", description = "An admin account, which reads no clinical record")
	void end(CurrentUser user, @PathVariable UUID id) {
		this.actingFor.end(user, id);
	}

	/** Why the supervisor acts for the therapist. */
	record Reason(String reason) {
	}

	record GrantView(UUID id, UUID client, UUID therapist, Instant startedAt, Instant expiresAt) {
		static GrantView of(ActForGrant grant) {
			return new GrantView(grant.id(), grant.clientId(), grant.therapistId(), grant.startedAt(),
					grant.expiresAt());
		}
	}

}
