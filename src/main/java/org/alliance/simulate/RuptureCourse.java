package org.alliance.simulate;

import java.util.Arrays;
import java.util.Optional;

/**
 * Plants one client's rupture into the ratings and follows it through the repair window.
 * The drop is made clear in the data: every hit item falls at least one point below the
 * client's running mean, so a rule reading the client's own level (Strauss et al. 2006;
 * Stiles et al. 2004) can find it. A repaired rupture returns to at least that running
 * level within two attended sessions; an unrepaired one stays below it for both.
 */
final class RuptureCourse {

	private final RupturePlan plan;

	private final int[] levels = new int[7];

	private int session;

	private boolean fromCeiling;

	private Integer repairSession;

	RuptureCourse(RupturePlan plan) {
		this.plan = plan;
	}

	/**
	 * Decides before rating attended session {@code k} whether the rupture is planted
	 * now.
	 */
	boolean begin(int k, int sessionNumber, AllianceHistory history) {
		if (!this.plan.planned() || k != this.plan.attendedSession() || !roomToFall(history)) {
			return false;
		}
		this.session = sessionNumber;
		this.fromCeiling = history.fromCeiling();
		for (int item = 1; item <= 7; item++) {
			this.levels[item - 1] = history.ceilMean(item);
		}
		return true;
	}

	private boolean roomToFall(AllianceHistory history) {
		for (int item = 1; item <= 7; item++) {
			if (this.plan.subscale().covers(item) && (history.count() < 2 || history.floorMean(item) < 2)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * How far the latent rating of a 1-based item sits below the client's level at
	 * attended session k.
	 */
	double deficit(int k, int item) {
		int r = this.plan.attendedSession();
		if (this.session == 0 || k < r || !this.plan.subscale().covers(item)) {
			return 0;
		}
		if (k == r) {
			return this.plan.drop();
		}
		if (this.plan.repairs() && k >= r + this.plan.repairDelay()) {
			return 0;
		}
		return PlantedEffects.LINGERING_DROP * this.plan.drop()
				* StrictMath.pow(PlantedEffects.LINGER_DECAY, k - r - 1);
	}

	/**
	 * Holds the drawn answers to the planted course: a ceiling run when planned, the
	 * drop, then return or no return.
	 */
	void shape(int k, int sessionNumber, int[] items, AllianceHistory history) {
		int r = this.plan.attendedSession();
		if (this.plan.ceilingRun() && k < r) {
			Arrays.fill(items, 5);
			return;
		}
		if (this.session == 0 || k < r || k > r + 2 || this.repairSession != null) {
			return;
		}
		for (int item = 1; item <= 7; item++) {
			if (this.plan.subscale().covers(item)) {
				items[item - 1] = shaped(k, item, items[item - 1], history);
			}
		}
		if (k > r && this.plan.repairs() && k == r + this.plan.repairDelay()) {
			this.repairSession = sessionNumber;
		}
	}

	private int shaped(int k, int item, int value, AllianceHistory history) {
		int r = this.plan.attendedSession();
		if (k == r) {
			return Math.min(value, Math.max(1, history.floorMean(item) - 1));
		}
		if (this.plan.repairs() && k == r + this.plan.repairDelay()) {
			return Math.max(value, this.levels[item - 1]);
		}
		return Math.min(value, Math.max(1, this.levels[item - 1] - 1));
	}

	boolean planted() {
		return this.session != 0;
	}

	boolean isRuptureSession(int sessionNumber) {
		return this.session == sessionNumber;
	}

	Optional<PlantedRupture> truth(String clientKey) {
		if (!planted()) {
			return Optional.empty();
		}
		return Optional.of(new PlantedRupture(clientKey, this.session, this.plan.subscale().code(),
				this.repairSession != null, this.repairSession, this.fromCeiling));
	}

	/**
	 * Improvement shifts once the rupture has happened: up when repaired, down when not
	 * (Eubanks et al. 2018).
	 */
	double improvementShift(int k) {
		if (!planted() || k <= this.plan.attendedSession()) {
			return 0;
		}
		return this.plan.repairs() ? PlantedEffects.REPAIR_BONUS : -PlantedEffects.UNREPAIRED_PENALTY;
	}

}
