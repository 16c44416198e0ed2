package org.alliance.measure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import org.springframework.web.bind.annotation.RestController;

/**
 * Submitting and reading responses over the JSON API.
 */
@RestController
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
	ResponseEntity<Created> submit(CurrentUser user, @PathVariable UUID id,
			@RequestHeader("Idempotency-Key") String idempotencyKey, @Valid @RequestBody SubmissionBody body) {
		List<FieldProblem> problems = new ArrayList<>();
		FieldRules.text(problems, "Idempotency-Key", idempotencyKey, 200, true);
		Map<String, Answer> answers = answersOf(body.answers(), problems);
		if (!problems.isEmpty()) {
			throw new InvalidRequest(problems);
		}
		Recorded recorded = this.responses.submit(user, id,
				new Submission(body.instrument(), body.respondent(), answers), idempotencyKey);
		return ResponseEntity.status(HttpStatus.CREATED)
			.header("Idempotency-Replayed", String.valueOf(recorded.replayed()))
			.body(new Created(recorded.id(), ScoresView.of(recorded.scores())));
	}

	@GetMapping("/clients/{id}/responses")
	List<ResponseView> ofClient(CurrentUser user, @PathVariable UUID id) {
		return this.responses.ofClient(user, id).stream().map(ResponseView::of).toList();
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

	record SubmissionBody(@NotNull String instrument, @NotNull String respondent,
			@NotNull @Size(min = 1, max = 200) Map<String, Object> answers) {
	}

	record Created(UUID id, ScoresView scores) {
	}

	record ScoresView(double total, Map<String, Double> subscales, String band) {
		static ScoresView of(Scores scores) {
			return new ScoresView(scores.total(), scores.subscales(), scores.band());
		}
	}

	record ResponseView(UUID id, UUID session, int sessionNumber, LocalDate sessionDate, String instrument,
			String respondent, Instant submittedAt, Map<String, Object> answers, ScoresView scores) {
		static ResponseView of(StoredResponse response) {
			Map<String, Object> answers = new LinkedHashMap<>();
			response.answers()
				.forEach((item, answer) -> answers.put(item,
						(answer instanceof Answer.Choice choice) ? choice.value() : ((Answer.Text) answer).text()));
			return new ResponseView(response.id(), response.sessionId(), response.sessionNumber(),
					response.sessionDate(), response.instrument(), response.respondent(), response.submittedAt(),
					answers, ScoresView.of(response.scores()));
		}
	}

}
