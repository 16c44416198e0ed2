package org.alliance.measure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.alliance.api.FieldProblem;
import org.alliance.api.FieldRules;
import org.alliance.api.InvalidRequest;
import org.alliance.instrument.Answer;
import org.alliance.instrument.Scores;
import org.alliance.security.CurrentUser;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Submitting and reading responses over the JSON API.
 */
@RestController
@Tag(name = "Responses",
		description = "Answers to measures: submitted, read and corrected, each scored against its instrument")
@RequestMapping("/api/v1")
class ResponseApiController {

	private final Responses responses;

	ResponseApiController(Responses responses) {
		this.responses = responses;
	}

	/**
	 * 201 once the response is durably stored; the same Idempotency-Key again gives the
	 * same id.
	 */
	@PostMapping("/sessions/{id}/responses")
	@Operation(summary = "Submit a response to a measure for a session",
			description = "Validated against the instrument, scored, stored durably (201 only once committed) and "
					+ "evaluated (ruptures, the PHQ-9 item 9 risk screen, outcomes). The same Idempotency-Key from the "
					+ "same user with the same request returns the first response (header Idempotency-Replayed: "
					+ "true); with a different request it is refused (422). Only the client's therapist, or a supervisor "
					+ "acting for them (POST /clients/{id}/act-for), submits (403 naming act-for otherwise). Only the "
					+ "client's personal link carries the client's own answers: a client's measure sent here is "
					+ "always stored as entered on the client's behalf (onBehalf true, enteredBy the caller's email "
					+ "in GET /clients/{id}/responses, marked in the episode report), whatever onBehalf says; a "
					+ "therapist's measure is the caller's own answer (enteredBy the caller), and only the client's "
					+ "own therapist sends it (403 otherwise, also for a supervisor acting for them: nobody rates in "
					+ "the therapist's place). onBehalf true with a therapist's measure is refused (422 naming "
					+ "onBehalf). A session holds one answer per measure and respondent, whatever the door it came "
					+ "by (this API, the client's personal link, the paper form, the rating page): a second is "
					+ "refused (409 naming instrument, sessionNumber and existingResponse); change an answer with "
					+ "POST /responses/{id}/corrections. A cancelled session, or one dated after its episode's end, "
					+ "takes no measure (409 naming session).")
	@ApiResponse(responseCode = "201", description = "Stored; the id and scores")
	@ApiResponse(responseCode = "422", description = "Problem details naming each bad field")
	@ApiResponse(responseCode = "403",
			description = "A supervisor not acting for the therapist, an admin, or a therapist's measure sent by "
					+ "someone else than the client's therapist")
	@ApiResponse(responseCode = "404", description = "No such session among the caller's clients' sessions")
	@ApiResponse(responseCode = "409",
			description = "The session already has this measure from this respondent, or takes no measure")
	ResponseEntity<Created> submit(CurrentUser user, @PathVariable UUID id,
			@RequestHeader("Idempotency-Key") String idempotencyKey, @Valid @RequestBody SubmissionBody body) {
		List<FieldProblem> problems = new ArrayList<>();
		FieldRules.text(problems, "Idempotency-Key", idempotencyKey, 200, true);
		Map<String, Answer> answers = answersOf(body.answers(), problems);
		if (!problems.isEmpty()) {
			throw new InvalidRequest(problems);
		}
		Submission submission = new Submission(body.instrument(), body.respondent(), answers);
		Recorded recorded = Boolean.TRUE.equals(body.onBehalf())
				? this.responses.enterOnBehalf(user, id, submission, idempotencyKey)
				: this.responses.submit(user, id, submission, idempotencyKey);
		return ResponseEntity.status(HttpStatus.CREATED)
			.header("Idempotency-Replayed", String.valueOf(recorded.replayed()))
			.body(new Created(recorded.id(), ScoresView.of(recorded.scores())));
	}

	@GetMapping("/clients/{id}/responses")
	@Operation(summary = "A client's responses, oldest first",
			description = "Each with its session, instrument, respondent, answers by item and scores; onBehalf is "
					+ "true when a staff member entered the client's answers on the client's behalf; enteredBy, never "
					+ "null, says who entered the answers: the staff member's email (who entered the client's "
					+ "answers for them, or answered a therapist's measure), or client-link for the client's own "
					+ "answers from their personal link (simulated-client in the demo clinic). A corrected answer "
					+ "names the version it corrects (corrects) and why (correctionReason). By default only the "
					+ "current version of each answer; versions=all adds the versions corrections superseded, "
					+ "each naming its correction (supersededBy).")
	@ApiResponse(responseCode = "200", description = "The responses")
	@ApiResponse(responseCode = "403", description = "An admin account, which reads no clinical record")
	@ApiResponse(responseCode = "404", description = "No such client among the clients the caller may see")
	@ApiResponse(responseCode = "422", description = "Problem details naming versions (current or all)")
	List<ResponseView> ofClient(CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) String versions) {
		if (versions != null && !"all".equals(versions) && !"current".equals(versions)) {
			throw InvalidRequest.of("versions", "Use current (the default) or all.");
		}
		List<StoredResponse> found = "all".equals(versions) ? this.responses.everyVersionOfClient(user, id)
				: this.responses.ofClient(user, id);
		return found.stream().map(ResponseView::of).toList();
	}

	/**
	 * 201 once the correction is durably stored; the same Idempotency-Key again gives the
	 * same id.
	 */
	@PostMapping("/responses/{id}/corrections")
	@Operation(summary = "Correct a stored response, with a reason",
			description = "The corrected answers (the whole response, by item id) are validated, scored and stored as "
					+ "a new version, the session's current one, which names the version it corrects (corrects) and "
					+ "why (correctionReason, 1 to 500 characters). The corrected version stays stored, marked "
					+ "superseded (GET /clients/{id}/responses?versions=all), and both are in the audit trail. The "
					+ "new version goes through every evaluation like any response: a risk answer in it raises its "
					+ "own risk signal, and a signal the corrected version raised is never closed by the correction. "
					+ "Who may correct is who may enter the measure (a therapist's measure: the client's therapist "
					+ "alone). The same Idempotency-Key again returns the first correction.")
	@ApiResponse(responseCode = "201", description = "Stored; the new version's id and scores")
	@ApiResponse(responseCode = "422",
			description = "Naming reason, answers (each bad one, or the same answers as stored) or Idempotency-Key")
	@ApiResponse(responseCode = "403", description = "Not who may enter this measure")
	@ApiResponse(responseCode = "404", description = "No such response among the caller's clients' responses")
	@ApiResponse(responseCode = "409",
			description = "A correction superseded this version already (currentResponse names the current one), or "
					+ "the session takes no measure")
	ResponseEntity<Created> correct(CurrentUser user, @PathVariable UUID id,
			@RequestHeader("Idempotency-Key") String idempotencyKey, @Valid @RequestBody CorrectionBody body) {
		List<FieldProblem> problems = new ArrayList<>();
		FieldRules.text(problems, "Idempotency-Key", idempotencyKey, 200, true);
		Map<String, Answer> answers = answersOf(body.answers(), problems);
		if (!problems.isEmpty()) {
			throw new InvalidRequest(problems);
		}
		Recorded recorded = this.responses.correct(user, id, answers, body.reason(), idempotencyKey);
		return ResponseEntity.status(HttpStatus.CREATED)
			.header("Idempotency-Replayed", String.valueOf(recorded.replayed()))
			.body(new Created(recorded.id(), ScoresView.of(recorded.scores())));
	}

	/**
	 * JSON whole numbers become choices, strings text; a number too large for any scale,
	 * a fraction, a boolean, null or an object is named as a bad field, never narrowed.
	 */
	private static Map<String, Answer> answersOf(Map<String, Object> raw, List<FieldProblem> problems) {
		Map<String, Answer> answers = new LinkedHashMap<>();
		raw.forEach((item, value) -> {
			String field = "answers." + item;
			if (value instanceof Integer choice) {
				answers.put(item, new Answer.Choice(choice));
			}
			else if (value instanceof Long || value instanceof java.math.BigInteger) {
				problems.add(new FieldProblem(field, "This number is out of range for any answer."));
			}
			else if (value instanceof String text) {
				if (FieldRules.text(problems, field, text, 4000, false)) {
					answers.put(item, new Answer.Text(text));
				}
			}
			else {
				problems.add(new FieldProblem(field, "Give a whole number, or text for an open question."));
			}
		});
		return answers;
	}

	/**
	 * A submission; {@code onBehalf} (optional, default false) when a staff member enters
	 * the client's answers for them.
	 */
	record SubmissionBody(@NotNull String instrument, @NotNull String respondent,
			@NotNull @Size(min = 1, max = 200) Map<String, Object> answers, Boolean onBehalf) {
	}

	/** A correction: the whole corrected response, and why. */
	record CorrectionBody(@NotNull @Size(min = 1, max = 200) Map<String, Object> answers, @NotNull String reason) {
	}

	record Created(UUID id, ScoresView scores) {
	}

	record ScoresView(double total, Map<String, Double> subscales, String band) {
		static ScoresView of(Scores scores) {
			return new ScoresView(scores.total(), scores.subscales(), scores.band());
		}
	}

	record ResponseView(UUID id, UUID session, int sessionNumber, LocalDate sessionDate, String instrument,
			String respondent, Instant submittedAt, Map<String, Object> answers, ScoresView scores, boolean onBehalf,
			String enteredBy, UUID corrects, String correctionReason, UUID supersededBy) {
		static ResponseView of(StoredResponse response) {
			Map<String, Object> answers = new LinkedHashMap<>();
			response.answers()
				.forEach((item, answer) -> answers.put(item,
						(answer instanceof Answer.Choice choice) ? choice.value() : ((Answer.Text) answer).text()));
			return new ResponseView(response.id(), response.sessionId(), response.sessionNumber(),
					response.sessionDate(), response.instrument(), response.respondent(), response.submittedAt(),
					answers, ScoresView.of(response.scores()), response.onBehalf(), response.enteredBy(),
					response.corrects(), response.correctionReason(), response.supersededBy());
		}
	}

}
