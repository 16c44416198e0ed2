package org.alliance.outcome;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.alliance.security.CurrentUser;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Outcomes over the JSON API: a client's episodes with reliable change and NHS Talking
 * Therapies categories, and the clinic's rates with their numerators and denominators.
 */
@RestController
@Tag(name = "Outcomes",
		description = "Symptom outcomes: reliable change, recovery, expected treatment response and not-on-track, "
				+ "per client and for the clinic")
@RequestMapping("/api/v1")
class OutcomeApiController {

	private final OutcomeOverview overview;

	OutcomeApiController(OutcomeOverview overview) {
		this.overview = overview;
	}

	@GetMapping("/clients/{id}/outcome")
	@Operation(summary = "A client's outcomes, episode by episode",
			description = "Per episode of care (oldest first): its start and end; the symptom totals by session "
					+ "(PHQ-9, GAD-7; the last answer of a session counts); reliableChange per instrument scored at "
					+ "two sessions or more, from the first to the last score (Jacobson & Truax 1991): rci is "
					+ "(last - first) / S_diff, negative when symptoms fell, S_diff from the instrument's reference "
					+ "SD and reliability or, where the instrument declares its reliable change in points "
					+ "(NHS Talking Therapies: PHQ-9 6, GAD-7 4), points / 1.96; verdict is recovered, improved, "
					+ "unchanged or deteriorated, criterion points or index, cutoff the clinical cutoff used "
					+ "(PHQ-9 10, GAD-7 8); nhstt holds the NHS Talking Therapies categories (finished: at least 2 "
					+ "attended sessions; caseStart: PHQ-9 >= 10 or GAD-7 >= 8 at the start; recovered; "
					+ "reliableImprovement; reliableDeterioration; reliableRecovery), null where a category does not "
					+ "apply (not finished, not a case at the start, no first and last PHQ-9 and GAD-7); while the "
					+ "episode is open they are provisional, as if it ended today. expected says how the episode's "
					+ "PHQ-9 course is judged today: method etr (the clinic's own expected treatment response, Finch, "
					+ "Lambert & Schaalje 2001, read from the fit stored at the last refit; never fitted in a request) "
					+ "or rules (until the clinic has enough finished episodes: a reliable deterioration since the "
					+ "intake is red, no reliable improvement by session 6 while still a case amber); band the "
					+ "expected mean and one-sided tolerance band (lower, upper) per session for the episode's intake "
					+ "score, empty under the rules or before a first PHQ-9; flag green, amber, red or not-yet; "
					+ "reason the verdict in words with its numbers. onTrack is true when green, false when amber or "
					+ "red (a score above the band's upper bound is not on track), null with nothing to judge yet. "
					+ "dropoutRisk is the probability (0 to 1) that the open episode ends in dropout, from the clinic's "
					+ "dropout model as kept at its last refit (never fitted in a request): method ridge-logistic (a "
					+ "logistic regression with a ridge penalty chosen by cross-validation, fitted on the clinic's "
					+ "finished episodes once they hold 10 dropouts per feature), modelFittedAt, and drivers, the up "
					+ "to three features that raise it most (each adding at least 0.1 to the log-odds), largest first: name (the feature's name in the model), "
					+ "label and words (in a therapist's words), value (the client's), clinicMean (over the episodes "
					+ "fitted on) and contribution (log-odds added against a client at the clinic's means: the "
					+ "coefficient per SD times the client's standardised value). The features are read from "
					+ "sessions 1 to L (alliance.outcome.dropout-landmark-session, 3 by default) and the risk is given "
					+ "once the client has attended session L or later. "
					+ "dropoutRisk is null when there is no number, and dropoutRiskUnavailable then says why, e.g. "
					+ "\"not enough finished episodes (6 dropouts, need 60)\", \"the dropout model has not been fitted "
					+ "yet\", \"the episode has ended\", \"the dropout risk is given once the client has attended "
					+ "session 3\" or that a measure of sessions 1 to 3 is missing; it is null when dropoutRisk is "
					+ "given. A therapist sees only their own clients.")
	@ApiResponse(responseCode = "200", description = "The client's outcomes")
	@ApiResponse(responseCode = "404", description = "No such client among the clients the caller may see")
	@ApiResponse(responseCode = "403", description = "An admin account, which reads no clinical record")
	OutcomeView outcome(CurrentUser user, @PathVariable UUID id) {
		return OutcomeView.of(this.overview.of(user, id));
	}

	@GetMapping("/clinic/outcomes")
	@Operation(summary = "The clinic's NHS Talking Therapies rates",
			description = "Over the clinic's ended episodes, each rate with its numerator and denominator as the NHS "
					+ "Talking Therapies Manual counts them: finished among ended episodes; caseStart, "
					+ "reliableImprovement and reliableDeterioration among finished courses with a first and last "
					+ "PHQ-9 and GAD-7; recovery and reliableRecovery among finished courses that were a case at the "
					+ "start. rate is numerator / denominator, null when the denominator is 0. Supervisors and admins "
					+ "only.")
	@ApiResponse(responseCode = "200", description = "The clinic's rates")
	@ApiResponse(responseCode = "403", description = "The caller is a therapist")
	ClinicOutcomesView clinic(CurrentUser user) {
		return ClinicOutcomesView.of(this.overview.clinic(user));
	}

	record OutcomeView(UUID client, List<EpisodeView> episodes) {
		static OutcomeView of(ClientOutcome outcome) {
			return new OutcomeView(outcome.client(), outcome.episodes().stream().map(EpisodeView::of).toList());
		}
	}

	/**
	 * One episode; {@code dropoutRisk} is null when there is no number, and
	 * {@code dropoutRiskUnavailable} then says why.
	 */
	record EpisodeView(UUID episode, LocalDate start, LocalDate end, List<SessionScore> scores,
			Map<String, ChangeView> reliableChange, NhsttView nhstt, ExpectedView expected, Boolean onTrack,
			DropoutRiskView dropoutRisk, String dropoutRiskUnavailable) {
		static EpisodeView of(EpisodeOutcome e) {
			Map<String, ChangeView> changes = new LinkedHashMap<>();
			e.reliableChange().forEach((code, change) -> changes.put(code, ChangeView.of(change)));
			DropoutRiskView risk = (e.dropoutRisk() instanceof ClientDropoutRisk.Estimated estimated)
					? DropoutRiskView.of(estimated) : null;
			String unavailable = (e.dropoutRisk() instanceof ClientDropoutRisk.Unavailable none) ? none.reason() : null;
			return new EpisodeView(e.episode(), e.start(), e.end(), e.scores(), changes,
					NhsttView.of(e.nhstt(), e.open(), e.treatmentSessions()), ExpectedView.of(e.onTrack()),
					e.onTrack().onTrack(), risk, unavailable);
		}
	}

	/** The open episode's dropout risk with the features that raise it most. */
	record DropoutRiskView(double risk, String method, Instant modelFittedAt, List<DriverView> drivers) {
		static DropoutRiskView of(ClientDropoutRisk.Estimated e) {
			return new DropoutRiskView(e.risk(), DropoutRisk.METHOD, e.modelFittedAt(),
					e.drivers().stream().map(DriverView::of).toList());
		}
	}

	/** A feature that raises the risk, and by how much (log-odds). */
	record DriverView(String name, String label, String words, double value, double clinicMean, double contribution) {
		static DriverView of(DropoutDriver d) {
			return new DriverView(d.feature(), d.label(), d.inWords(), d.value(), d.clinicMean(), d.contribution());
		}
	}

	/** How the episode is judged on track, with the expected band under the model. */
	record ExpectedView(String method, String flag, String reason, List<BandView> band) {
		static ExpectedView of(OnTrackVerdict v) {
			return new ExpectedView(v.method().wireName(), v.flag().wireName(), v.reason(),
					v.band().stream().map(BandView::of).toList());
		}
	}

	/** The expected score at a session and its one-sided tolerance band. */
	record BandView(int session, double mean, double lower, double upper) {
		static BandView of(ExpectedScore e) {
			return new BandView(e.session(), e.mean(), e.lower(), e.upper());
		}
	}

	record ChangeView(double first, double last, double change, double rci, String verdict, String criterion,
			Double cutoff) {
		static ChangeView of(InstrumentChange c) {
			return new ChangeView(c.first(), c.last(), c.change(), c.index(), c.verdict().wireName(),
					c.criterion().wireName(), c.clinicalCutoff());
		}
	}

	record NhsttView(boolean finished, Boolean caseStart, Boolean recovered, Boolean reliableImprovement,
			Boolean reliableDeterioration, Boolean reliableRecovery, boolean provisional, int treatmentSessions) {
		static NhsttView of(TalkingTherapiesCategories c, boolean open, int sessions) {
			return new NhsttView(c.finished(), c.caseStart(), c.recovered(), c.reliableImprovement(),
					c.reliableDeterioration(), c.reliableRecovery(), open, sessions);
		}
	}

	record RateView(int numerator, int denominator, Double rate) {
		static RateView of(Rate r) {
			return new RateView(r.numerator(), r.denominator(), r.value());
		}
	}

	record ClinicOutcomesView(int endedEpisodes, RateView finished, RateView caseStart, RateView recovery,
			RateView reliableImprovement, RateView reliableDeterioration, RateView reliableRecovery,
			int finishedWithoutPairedScores) {
		static ClinicOutcomesView of(TalkingTherapiesRates r) {
			return new ClinicOutcomesView(r.ended(), RateView.of(r.finished()), RateView.of(r.caseStart()),
					RateView.of(r.recovery()), RateView.of(r.reliableImprovement()),
					RateView.of(r.reliableDeterioration()), RateView.of(r.reliableRecovery()),
					r.finishedWithoutPairedScores());
		}
	}

}
