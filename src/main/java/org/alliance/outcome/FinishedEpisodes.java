package org.alliance.outcome;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.alliance.measure.StoredResponse;

/**
 * The data a clinic's expected-treatment-response model is fitted on: the finished
 * (ended) episodes with an intake score and at least one later score. The intake is the
 * episode's first total; each later total is a row at its session number, so the model
 * says where a client with that intake is expected to be at each later session. Dropouts
 * stay in: leaving them out would fit the course of those who stayed, a rosier
 * expectation than the clinic's clients face.
 *
 * @param scores one row per later score, the episode as the client
 * @param episodes the episodes with at least two scores
 * @param meanIntake the mean intake score of those episodes, NaN when there are none
 */
record FinishedEpisodes(List<TreatmentScore> scores, int episodes, double meanIntake) {

	FinishedEpisodes {
		scores = List.copyOf(scores);
	}

	/**
	 * @param responses the clinic's responses (any instruments and episodes)
	 * @param instrument e.g. {@code phq9}
	 * @param ended the ids of the clinic's ended episodes
	 * @return never null
	 */
	static FinishedEpisodes of(List<StoredResponse> responses, String instrument, Set<UUID> ended) {
		Map<UUID, List<StoredResponse>> byEpisode = new LinkedHashMap<>();
		for (StoredResponse response : responses) {
			if (response.episodeId() != null && ended.contains(response.episodeId())) {
				byEpisode.computeIfAbsent(response.episodeId(), (k) -> new ArrayList<>()).add(response);
			}
		}
		Map<String, List<ScoredSession>> scores = new LinkedHashMap<>();
		byEpisode.keySet()
			.stream()
			.sorted()
			.forEach((episode) -> scores.put(episode.toString(),
					ScoredSession.of(byEpisode.get(episode), instrument, episode)));
		return of(scores);
	}

	/**
	 * @param episodes each finished episode's totals in session order, the intake first,
	 * by episode
	 * @return never null
	 */
	static FinishedEpisodes of(Map<String, List<ScoredSession>> episodes) {
		List<TreatmentScore> rows = new ArrayList<>();
		int count = 0;
		double intakes = 0;
		for (Map.Entry<String, List<ScoredSession>> episode : episodes.entrySet()) {
			List<ScoredSession> scores = episode.getValue();
			if (scores.size() < 2) {
				continue;
			}
			double intake = scores.get(0).total();
			count++;
			intakes += intake;
			for (ScoredSession later : scores.subList(1, scores.size())) {
				rows.add(new TreatmentScore(episode.getKey(), later.session(), intake, later.total()));
			}
		}
		return new FinishedEpisodes(rows, count, (count > 0) ? intakes / count : Double.NaN);
	}

}
