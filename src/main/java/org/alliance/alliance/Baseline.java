package org.alliance.alliance;

import java.util.List;
import java.util.Optional;

/**
 * Judges one rating against the client's level before it: the client's own running mean
 * (Strauss et al. 2006; Stiles et al. 2004), or the clinic-wide level while the client
 * has too few earlier ratings for an own level.
 */
final class Baseline {

	/** Room for rounding, so that a fall of exactly the threshold counts. */
	private static final double TOLERANCE = 1e-9;

	private final RuptureSettings settings;

	private final ClinicAllianceNorms norms;

	Baseline(RuptureSettings settings, ClinicAllianceNorms norms) {
		this.settings = settings;
		this.norms = norms;
	}

	/**
	 * The fall of {@code rating} below the level of {@code earlier}, when the rule counts
	 * it. The first rating is never a rupture: there is nothing yet to fall from.
	 */
	Optional<Drop> drop(AllianceScale scale, double rating, List<Double> earlier) {
		Optional<ScaleNorm> norm = this.norms.norm(scale);
		if (earlier.isEmpty() || (earlier.size() < this.settings.minimumSessionsForOwnLevel() && norm.isEmpty())) {
			return Optional.empty();
		}
		boolean own = earlier.size() >= this.settings.minimumSessionsForOwnLevel();
		// Before the own level is known the client could sit anywhere in the clinic, so
		// the spread of a first rating (between- and within-client) measures the fall.
		double level = own ? Trend.mean(earlier) : norm.get().level();
		double sd = own ? ownOrClinicSd(earlier, norm) : norm.get().firstSessionsSd();
		double dropSd = (level - rating) / Math.max(sd, this.settings.sdFloor());
		double threshold = (scale == AllianceScale.TOTAL) ? this.settings.thresholdSd()
				: this.settings.componentThresholdSd();
		if (dropSd < threshold - TOLERANCE) {
			return Optional.empty();
		}
		return Optional.of(new Drop(scale, level, rating, dropSd));
	}

	/**
	 * A client who has given the same rating every time, most often the top of the scale,
	 * shows no spread of their own, and the clinic's SD, inflated by clients who do move,
	 * would let a whole-step fall from that run pass unseen: the ceiling would hide the
	 * drop (DESIGN.md, rupture rules). So a flat run is measured by the SD floor,
	 * whatever the basis: any fall of {@code threshold × floor} or more from it is a
	 * rupture.
	 */
	private double ownOrClinicSd(List<Double> earlier, Optional<ScaleNorm> norm) {
		if (earlier.stream().distinct().count() == 1) {
			return 0;
		}
		if (this.settings.sdBasis() == SdBasis.CLINIC_WITHIN_CLIENT && norm.isPresent()) {
			return norm.get().withinClientSd();
		}
		return Spread.sampleSd(earlier.stream().mapToDouble(Double::doubleValue).toArray());
	}

}
