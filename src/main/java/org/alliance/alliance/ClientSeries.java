package org.alliance.alliance;

import java.util.Comparator;
import java.util.List;

/**
 * A client's own alliance ratings over the sessions they rated.
 *
 * @param client key of the client, never null
 * @param sessions by session number, distinct numbers; unmodifiable
 */
public record ClientSeries(String client, List<ClientSession> sessions) {

	public ClientSeries {
		sessions = sessions.stream().sorted(Comparator.comparingInt(ClientSession::session)).toList();
		for (int i = 1; i < sessions.size(); i++) {
			if (sessions.get(i).session() == sessions.get(i - 1).session()) {
				throw new IllegalArgumentException(
						"client " + client + " has session " + sessions.get(i).session() + " twice");
			}
		}
	}

	/**
	 * The client's series from their forms: only the client's own view counts.
	 * @param client key of the client
	 * @param ratings forms in any order; other clients' and therapists' are ignored
	 * @return the series, never null
	 */
	public static ClientSeries of(String client, List<SessionRating> ratings) {
		return new ClientSeries(client,
				ratings.stream()
					.filter((r) -> r.client().equals(client) && r.perspective() == Perspective.CLIENT)
					.map((r) -> new ClientSession(r.session(), r.itemMeans()))
					.toList());
	}

	/**
	 * The client's scores on one scale, skipping sessions that do not rate it.
	 * @param scale the scale
	 * @return scores by session, never null
	 */
	public List<Double> scores(AllianceScale scale) {
		return this.sessions.stream()
			.filter((s) -> s.score(scale).isPresent())
			.map((s) -> s.scores().get(scale))
			.toList();
	}

}
