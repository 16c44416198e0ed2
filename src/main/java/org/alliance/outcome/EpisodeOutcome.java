package org.alliance.outcome;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What became of the client's symptoms in one episode of care.
 *
 * @param episode the episode's id
 * @param start the first day of the episode
 * @param end the last day, or null while the episode is open
 * @param scores the symptom totals by session (the last answer of a session counts), in
 * session order, never null
 * @param reliableChange the change from the first to the last score of each symptom
 * instrument scored at two sessions or more, by instrument code, never null
 * @param treatmentSessions the attended sessions of the episode
 * @param nhstt the NHS Talking Therapies categories; while the episode is open they are
 * provisional, as if it ended today
 * @param onTrack whether the episode's PHQ-9 course is on track, by the method the clinic
 * judges with today ({@link ExpectedResponse#judge}); never null on a client's outcome
 * ({@link OutcomeOverview#of}), null where only the categories are read (clinic rates)
 * @param dropoutRisk the risk of dropping out of the episode while it is open, or why
 * there is none (no model, the episode ended, ...), from the clinic's kept model
 * ({@link DropoutRisk}); never null on a client's outcome, null where not read
 */
public record EpisodeOutcome(UUID episode, LocalDate start, LocalDate end, List<SessionScore> scores,
		Map<String, InstrumentChange> reliableChange, int treatmentSessions, TalkingTherapiesCategories nhstt,
		OnTrackVerdict onTrack, ClientDropoutRisk dropoutRisk) {

	public EpisodeOutcome {
		scores = List.copyOf(scores);
		reliableChange = Collections.unmodifiableMap(new LinkedHashMap<>(reliableChange));
	}

	/** An outcome not yet judged on track nor for its dropout risk. */
	public EpisodeOutcome(UUID episode, LocalDate start, LocalDate end, List<SessionScore> scores,
			Map<String, InstrumentChange> reliableChange, int treatmentSessions, TalkingTherapiesCategories nhstt,
			OnTrackVerdict onTrack) {
		this(episode, start, end, scores, reliableChange, treatmentSessions, nhstt, onTrack, null);
	}

	/**
	 * The same outcome with its on-track verdict.
	 * @param verdict the verdict, never null
	 * @return a new outcome
	 */
	EpisodeOutcome judged(OnTrackVerdict verdict) {
		return new EpisodeOutcome(this.episode, this.start, this.end, this.scores, this.reliableChange,
				this.treatmentSessions, this.nhstt, verdict, this.dropoutRisk);
	}

	/**
	 * The same outcome with its dropout risk.
	 * @param risk the risk or why there is none, never null
	 * @return a new outcome
	 */
	EpisodeOutcome withDropoutRisk(ClientDropoutRisk risk) {
		return new EpisodeOutcome(this.episode, this.start, this.end, this.scores, this.reliableChange,
				this.treatmentSessions, this.nhstt, this.onTrack, risk);
	}

	/**
	 * Whether the episode is still open.
	 * @return true while it has no end
	 */
	public boolean open() {
		return this.end == null;
	}

}
