package org.alliance.alliance;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Judges one rating against the client's level before it: the client's own running mean
 * (Strauss et al. 2006; Stiles et al. 2004), or the clinic-wide level while the client
 * has too few earlier ratings for an own level. Only what was known at the session
 * counts: the client's earlier ratings and the clinic's norms.
 */
final class Baseline {

	/** Room for rounding, so that a fall of exactly the threshold counts. */
	private static final double TOLERANCE = 1e-9;

	private final RuptureSettings settings;

	private final NormHistory norms;

	private final double sdFloor;

	/**
	 * @param settings the rule's settings
	 * @param norms the clinic's norms, by session
	 * @param range the range of the ratings judged, for the SD floor
	 */
	Baseline(RuptureSettings settings, NormHistory norms, ScaleRange range) {
		this.settings = settings;
		this.norms = norms;
		this.sdFloor = settings.sdFloor(range);
	}

	/**
	 * The fall of {@code rating} below the client's level, when the rule counts it. The
	 * first rating is never a rupture: there is nothing yet to fall from. Nor is a rating
	 * at or above the one before it: a rupture is a fall, and a client who rose from a
	 * low first rating towards a clinic level still above them has not fallen (a 23 → 24
	 * was flagged so in the demo clinic before this rule).
	 * @param session the session judged, whose norms are used
	 * @param client the client's ratings before this session
	 */
	Optional<Drop> drop(int session, AllianceScale scale, double rating, ClientLevel client) {
		Optional<ScaleNorm> norm = this.norms.at(session).norm(scale);
		OptionalDouble previous = client.previous(scale);
		List<Double> earlier = client.earlier(scale);
		if (previous.isEmpty() || rating > previous.getAsDouble() - TOLERANCE
				|| (earlier.size() < this.settings.minimumSessionsForOwnLevel() && norm.isEmpty())) {
			return Optional.empty();
		}
		boolean own = earlier.size() >= this.settings.minimumSessionsForOwnLevel();
		// Before the own level is known the client could sit anywhere in the clinic, so
		// the spread of a first rating (between- and within-client) measures the fall.
		double level = own ? Trend.mean(earlier) : norm.get().level();
		double sd = Math.max(own ? ownOrClinicSd(client.calm(scale), norm) : norm.get().firstSessionsSd(),
				this.sdFloor);
		double dropSd = (level - rating) / sd;
		if (dropSd < this.settings.thresholdSd(scale) - TOLERANCE) {
			return Optional.empty();
		}
		return Optional.of(new Drop(scale, level, rating, sd, dropSd));
	}

	/**
	 * A client who has given the same rating every time, most often the top of the scale,
	 * shows no spread of their own, and the clinic's SD, raised by clients who do move,
	 * would let a whole-step fall from that run pass unseen: the ceiling would hide the
	 * drop (docs/manual.md, "The alliance: trajectories, perception gap, ruptures and
	 * repair"). So a flat run is measured by the SD floor, whatever the basis: a fall of
	 * {@code threshold × floor} or more from it is a rupture, and a smaller one (one item
	 * a step down from the ceiling) is not. The own SD is read from the calm sessions
	 * only: the client's ruptures must not inflate it.
	 */
	private double ownOrClinicSd(List<Double> calm, Optional<ScaleNorm> norm) {
		if (calm.stream().distinct().count() <= 1) {
			return 0;
		}
		if (this.settings.sdBasis() == SdBasis.CLINIC_WITHIN_CLIENT && norm.isPresent()) {
			return norm.get().withinClientSd();
		}
		return Spread.sampleSd(calm.stream().mapToDouble(Double::doubleValue).toArray());
	}

}
