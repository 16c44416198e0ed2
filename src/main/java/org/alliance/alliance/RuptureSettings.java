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
 * @param sdFloor the smallest SD used, in points of the series' scale; positive. A client
 * who always answers at the top of the scale has an own SD of 0: the floor turns any real
 * fall from that ceiling run into a finite, large drop instead of hiding it
 * @param repairWindow rated sessions after the drop within which the rating must return
 * to the pre-rupture level; at least 1
 * @param minimumSessionsForOwnLevel earlier ratings needed before the client's own
 * running level replaces the clinic-wide level; at least 1
 * @param watchComponents whether a fall on bond, task or goal alone counts when the total
 * holds
 */
public record RuptureSettings(RuptureRule rule, double thresholdSd, double componentThresholdSd, SdBasis sdBasis,
		double sdFloor, int repairWindow, int minimumSessionsForOwnLevel, boolean watchComponents) {

	/**
	 * Default SD floor: a third of a point per item. It stands in for the spread a flat
	 * run (most often a ceiling run) does not show, and sits below the pooled
	 * within-client SD of the total in the simulated research clinic (0.44), so a client
	 * at the ceiling is held to a yardstick no looser than anyone else's. A fall of one
	 * whole point on a subscale (one step on both its items) is then 3 SD and passes both
	 * rules, while one item a step down from a ceiling (1/6 point on the total) is 0.5 SD
	 * and passes neither.
	 */
	public static final double DEFAULT_SD_FLOOR = 1.0 / 3;

	/**
	 * Default repair window: two sessions, as Strauss et al. (2006) and the simulator.
	 */
	public static final int DEFAULT_REPAIR_WINDOW = 2;

	public RuptureSettings {
		Objects.requireNonNull(rule, "rule");
		Objects.requireNonNull(sdBasis, "sdBasis");
		if (!(thresholdSd > 0) || !(componentThresholdSd > 0) || !(sdFloor > 0) || repairWindow < 1
				|| minimumSessionsForOwnLevel < 1) {
			throw new IllegalArgumentException(
					"threshold and SD floor must be positive, window and minimum at least 1");
		}
	}

	/**
	 * The rule with its published thresholds and the defaults: the clinic's within-client
	 * SD (an own SD from two or three sessions is noisy: on the simulated research clinic
	 * it raised Strauss' false alarms from 8% to 11% of sessions at equal recall), the
	 * default floor, a two-session repair window, the own level from two earlier ratings
	 * on, and components watched.
	 * @param rule the rule
	 * @return the settings, never null
	 */
	public static RuptureSettings of(RuptureRule rule) {
		return new RuptureSettings(rule, rule.thresholdSd(), rule.componentThresholdSd(), SdBasis.CLINIC_WITHIN_CLIENT,
				DEFAULT_SD_FLOOR, DEFAULT_REPAIR_WINDOW, 2, true);
	}

	public RuptureSettings withSdBasis(SdBasis basis) {
		return new RuptureSettings(this.rule, this.thresholdSd, this.componentThresholdSd, basis, this.sdFloor,
				this.repairWindow, this.minimumSessionsForOwnLevel, this.watchComponents);
	}

	public RuptureSettings withSdFloor(double floor) {
		return new RuptureSettings(this.rule, this.thresholdSd, this.componentThresholdSd, this.sdBasis, floor,
				this.repairWindow, this.minimumSessionsForOwnLevel, this.watchComponents);
	}

	public RuptureSettings withRepairWindow(int window) {
		return new RuptureSettings(this.rule, this.thresholdSd, this.componentThresholdSd, this.sdBasis, this.sdFloor,
				window, this.minimumSessionsForOwnLevel, this.watchComponents);
	}

	public RuptureSettings withWatchComponents(boolean watch) {
		return new RuptureSettings(this.rule, this.thresholdSd, this.componentThresholdSd, this.sdBasis, this.sdFloor,
				this.repairWindow, this.minimumSessionsForOwnLevel, watch);
	}

}
