package org.alliance.alliance;

import java.util.Comparator;
import java.util.List;

/**
 * A client's alliance over sessions: bond, task, goal, empathy and total, as the client
 * rated them, as the therapist rated them, and as the therapist predicted the client
 * would.
 *
 * @param client key of the client, never null
 * @param points every score, by session, then perspective, then scale; unmodifiable
 */
public record ClientTrajectory(String client, List<TrajectoryPoint> points) {

	private static final Comparator<TrajectoryPoint> ORDER = Comparator.comparingInt(TrajectoryPoint::session)
		.thenComparing(TrajectoryPoint::perspective)
		.thenComparing(TrajectoryPoint::scale);

	public ClientTrajectory {
		points = points.stream().sorted(ORDER).toList();
	}

	/**
	 * Builds the trajectory from a client's forms.
	 * @param client key of the client
	 * @param ratings the client's forms in any order; forms of other clients are ignored
	 * @return the trajectory, never null
	 */
	public static ClientTrajectory of(String client, List<SessionRating> ratings) {
		List<TrajectoryPoint> points = ratings.stream()
			.filter((rating) -> rating.client().equals(client))
			.flatMap((rating) -> rating.itemMeans()
				.entrySet()
				.stream()
				.map((e) -> new TrajectoryPoint(rating.session(), rating.perspective(), e.getKey(), e.getValue(),
						rating.range().pomp(e.getValue()))))
			.toList();
		return new ClientTrajectory(client, points);
	}

	/**
	 * One line of the trajectory.
	 * @param perspective whose view
	 * @param scale which score
	 * @return its points by session, never null
	 */
	public List<TrajectoryPoint> series(Perspective perspective, AllianceScale scale) {
		return this.points.stream().filter((p) -> p.perspective() == perspective && p.scale() == scale).toList();
	}

}
