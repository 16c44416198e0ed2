package org.alliance.reflection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.alliance.security.CurrentUser;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A therapist's private reflection notes on a session over the JSON API: only the
 * client's own therapist writes them and reads them back, and reads back only their own.
 */
@RestController
@Tag(name = "Reflections",
		description = "The therapist's private reflection notes on a session, read and written by their author "
				+ "alone")
@RequestMapping("/api/v1/sessions/{id}/reflections")
class ReflectionApiController {

	private static final String PRIVATE = "Reflection notes are private to their author: only the client's own "
			+ "therapist may write notes on the client's sessions and read them back, and reads back only the notes "
			+ "they wrote. Anyone else (a supervisor, an admin, another therapist) is answered 404, exactly as for a "
			+ "session that does not exist, whether or not a note exists, so the answer never tells that there is "
			+ "one. Every read and write is audited (the audit line names the session or note, never its text). "
			+ "No other route, report or export of Alliance lists or contains a note.";

	private final Reflections reflections;

	ReflectionApiController(Reflections reflections) {
		this.reflections = reflections;
	}

	@GetMapping
	@Operation(summary = "Your own reflection notes on a session",
			description = "The notes the caller wrote on the session, oldest first, each with its text and tags. "
					+ PRIVATE)
	@ApiResponse(responseCode = "200", description = "The caller's notes on the session, possibly none")
	@ApiResponse(responseCode = "404", description = "No such session among the sessions of the caller's own clients")
	@ApiResponse(responseCode = "403", description = "An admin account, which reads no clinical record")
	List<NoteView> notes(CurrentUser user, @PathVariable UUID id) {
		return this.reflections.onSession(user, id).stream().map(NoteView::of).toList();
	}

	@PostMapping
	@Operation(summary = "Write a reflection note on a session",
			description = "text: 1 to 4000 characters (countertransference: what the therapist felt, thought or did "
					+ "with this client). tags: optional, from the closed list boredom, irritation, protectiveness, "
					+ "over-involvement, helplessness, overwhelm, feeling-criticised, warmth, attraction (the "
					+ "dimensions of the Therapist Response Questionnaire, Betan et al. 2005); a tag given twice counts "
					+ "once; a tag not on the list is refused (422 naming it, e.g. tags.1). " + PRIVATE)
	@ApiResponse(responseCode = "201", description = "The note as stored")
	@ApiResponse(responseCode = "422", description = "Problem details naming each bad field: text, tags or tags.N")
	@ApiResponse(responseCode = "404", description = "No such session among the sessions of the caller's own clients")
	@ApiResponse(responseCode = "403", description = "An admin account, which reads no clinical record")
	ResponseEntity<NoteView> write(CurrentUser user, @PathVariable UUID id, @RequestBody NoteBody body) {
		ReflectionNote note = this.reflections.write(user, id, body.text(), body.tags());
		return ResponseEntity.status(HttpStatus.CREATED).body(NoteView.of(note));
	}

	/** A note to write; {@code tags} may be left out. */
	record NoteBody(String text, List<String> tags) {
	}

	/**
	 * A note on the wire.
	 *
	 * @param session the session's id
	 * @param sessionNumber its number in the client's episode
	 * @param client the client's id
	 * @param tags wire names, in the list's order
	 */
	record NoteView(UUID id, UUID session, int sessionNumber, LocalDate sessionDate, UUID client, String text,
			List<String> tags, Instant writtenAt) {
		static NoteView of(ReflectionNote note) {
			return new NoteView(note.id(), note.sessionId(), note.sessionNumber(), note.sessionDate(), note.clientId(),
					note.text(), note.tags().stream().map(ReflectionTag::wireName).toList(), note.writtenAt());
		}
	}

}
