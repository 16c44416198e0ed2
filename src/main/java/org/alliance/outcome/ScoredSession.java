package org.alliance.outcome;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.alliance.measure.StoredResponse;

/**
 * A client's total on a symptom measure at one session of an episode.
 *
 * @param session the session number in the episode, from 1
 * @param total the total, in points of the instrument
 */
public record ScoredSession(int session, double total) {

	/**
	 * The client's totals on an instrument in one episode, one per session, in session
	 * order: the intake first. Where a session holds two responses, the later one counts
	 * (a corrected answer replaces the first).
	 * @param responses stored responses, of any instruments and episodes
	 * @param instrument e.g. {@code phq9}
	 * @param episodeId the episode
	 * @return never null
	 */
	public static List<ScoredSession> of(List<StoredResponse> responses, String instrument, UUID episodeId) {
		Map<Integer, StoredResponse> bySession = new TreeMap<>();
		responses.stream()
			.filter((r) -> r.instrument().equals(instrument) && "client".equals(r.respondent())
					&& episodeId.equals(r.episodeId()))
			.sorted(Comparator.comparing(StoredResponse::submittedAt))
			.forEach((r) -> bySession.put(r.sessionNumber(), r));
		List<ScoredSession> scores = new ArrayList<>();
		bySession.forEach((session, response) -> scores.add(new ScoredSession(session, response.scores().total())));
		return scores;
	}

}
