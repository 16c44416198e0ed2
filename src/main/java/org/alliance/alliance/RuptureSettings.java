package org.alliance.alliance;

import java.util.Objects;

/**
 * How a rupture rule reads a client's series.
 *
 * @param rule the rule, named in every episode it finds; never null
 * @param thresholdSd the fall of the total, in SDs, that makes a rupture; positive
 * @param componentThresholdSd the fall of bond, task or goal alone, in SDs, that makes a
 * rupture when the total holds; positive
 * @param sdBasis which SD measures the fall; never null
 * @param sdFloorShare the smallest SD used, as a share of the scale's range (max − min);
 * above 0, at most 1. A client who always answers at the top of the scale has an own SD
 * of 0: the floor turns any real fall from that ceiling run into a finite, large drop
 * instead of hiding it, and, being a share of the range, it means the same on per-item
 * means of 1–5 items and on 12–60 sums
 * @param repairWindow rated sessions after the drop within which the rating must return
 * to the pre-rupture level; at least 1
 * @param minimumSessionsForOwnLevel earlier ratings needed before the client's own
 * running level replaces the clinic-wide level; at least 1
 * @param watchComponents whether a fall on bond, task or goal alone counts when the total
 * holds
 */
public record RuptureSettings(RuptureRule rule, double thresholdSd, double componentThresholdSd, SdBasis sdBasis,
		double sdFloorShare, int repairWindow, int minimumSessionsForOwnLevel, boolean watchComponents) {

	/**
	 * Default SD floor: a twelfth of the scale's range, a third of a point on 1–5 items
	 * (the floor before it became a share) and 4 points on a 12–60 sum. It stands in for
	 * the spread a flat run (most often a ceiling run) does not show, and sits near the
	 * within-client SD of the total without ruptures on both test clinics (0.27 to 0.31
	 * points per item on the simulator's research clinic, 4.7 points on the WAI-SR-shaped
	 * one), so a client at the ceiling is held to a yardstick about as strict as anyone
	 * else's. A fall of one step on every item of a subscale (a third of the items) is
	 * then 1 SD on the total and 3 SD on the subscale; one item a step down from the
	 * ceiling is 1/4 SD on a 12-item sum and 1/2 SD on a 6-item mean, and passes neither
	 * rule.
	 */
	public static final double DEFAULT_SD_FLOOR_SHARE = 1.0 / 12;

	/**
	 * Default repair window: two sessions, as Strauss et al. (2006) and the simulator.
	 */
	public static final int DEFAULT_REPAIR_WINDOW = 2;

	public RuptureSettings {
		Objects.requireNonNull(rule, "rule");
		Objects.requireNonNull(sdBasis, "sdBasis");
		if (!(thresholdSd > 0) || !(componentThresholdSd > 0) || repairWindow < 1 || minimumSessionsForOwnLevel < 1) {
			throw new IllegalArgumentException("thresholds must be positive, window and minimum at least 1");
		}
		if (!(sdFloorShare > 0 && sdFloorShare <= 1)) {
			throw new IllegalArgumentException(
					"the SD floor is a share of the scale's range, above 0 and at most 1, not " + sdFloorShare);
		}
	}

	/**
	 * The rule with its published thresholds and the defaults: the clinic's within-client
	 * SD (an own SD from two or three sessions is noisy: on the simulated research clinic
	 * it raised Stiles' false alarms from 2.6% to 3.7% of sessions and lowered its recall
	 * from 0.99 to 0.98), the default floor, a two-session repair window, the own level
	 * from two earlier ratings on, and components watched.
	 * @param rule the rule
	 * @return the settings, never null
	 */
	public static RuptureSettings of(RuptureRule rule) {
		return new RuptureSettings(rule, rule.thresholdSd(), rule.componentThresholdSd(), SdBasis.CLINIC_WITHIN_CLIENT,
				DEFAULT_SD_FLOOR_SHARE, DEFAULT_REPAIR_WINDOW, 2, true);
	}

	/**
	 * The threshold for a fall of one scale.
	 * @param scale the scale
	 * @return {@link #thresholdSd()} for the total, {@link #componentThresholdSd()} for
	 * bond, task and goal
	 */
	public double thresholdSd(AllianceScale scale) {
		return (scale == AllianceScale.TOTAL) ? this.thresholdSd : this.componentThresholdSd;
	}

	/**
	 * The SD floor on a scale.
	 * @param range the range of the scores read
	 * @return {@code sdFloorShare × (max − min)}, in points of the scores
	 */
	public double sdFloor(ScaleRange range) {
		return this.sdFloorShare * (range.max() - range.min());
	}

	public RuptureSettings withSdBasis(SdBasis basis) {
		return new RuptureSettings(this.rule, this.thresholdSd, this.componentThresholdSd, basis, this.sdFloorShare,
				this.repairWindow, this.minimumSessionsForOwnLevel, this.watchComponents);
	}

	public RuptureSettings withSdFloorShare(double floor) {
		return new RuptureSettings(this.rule, this.thresholdSd, this.componentThresholdSd, this.sdBasis, floor,
				this.repairWindow, this.minimumSessionsForOwnLevel, this.watchComponents);
	}

	public RuptureSettings withRepairWindow(int window) {
		return new RuptureSettings(this.rule, this.thresholdSd, this.componentThresholdSd, this.sdBasis,
				this.sdFloorShare, window, this.minimumSessionsForOwnLevel, this.watchComponents);
	}

	public RuptureSettings withWatchComponents(boolean watch) {
		return new RuptureSettings(this.rule, this.thresholdSd, this.componentThresholdSd, this.sdBasis,
				this.sdFloorShare, this.repairWindow, this.minimumSessionsForOwnLevel, watch);
	}

}
