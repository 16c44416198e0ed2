package org.alliance.alliance;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A rupture whose repair window is still running.
 */
final class OpenEpisode {

	/** Room for rounding, as in {@link Baseline}. */
	private static final double TOLERANCE = 1e-9;

	private final String client;

	private final ClientSession first;

	private final RuptureSettings settings;

	private final Drop drop;

	private int sessionsSince;

	/**
	 * @param client key of the client
	 * @param first the session of the drop, with every scale's rating
	 * @param settings the rule's settings
	 * @param drop the fall that opened the episode
	 */
	OpenEpisode(String client, ClientSession first, RuptureSettings settings, Drop drop) {
		this.client = client;
		this.first = first;
		this.settings = settings;
		this.drop = drop;
	}

	/**
	 * Reads the next rated session: repaired when the rating is back at the pre-rupture
	 * level (Strauss et al. 2006), unrepaired when the window ends without that.
	 * @return the outcome once known
	 */
	Optional<RepairOutcome> follow(ClientSession next) {
		OptionalDouble score = next.score(this.drop.scale());
		if (score.isEmpty()) {
			return Optional.empty();
		}
		this.sessionsSince++;
		if (score.getAsDouble() >= this.drop.level() - TOLERANCE) {
			return Optional.of(new RepairOutcome.Repaired(next.session()));
		}
		if (this.sessionsSince >= this.settings.repairWindow()) {
			return Optional.of(new RepairOutcome.Unrepaired());
		}
		return Optional.empty();
	}

	/**
	 * Whether a drop during this episode is a new rupture rather than more of this one:
	 * it must fall the rule's whole threshold again, in the same SD, below this episode's
	 * first session on the same scale. A rating that stays low, or sinks a little
	 * further, is this rupture not yet repaired; a second full fall from there is a fresh
	 * strain on top of it (or a real rupture after a chance dip, which would otherwise be
	 * hidden behind it).
	 */
	boolean isFreshRupture(Drop next) {
		OptionalDouble before = this.first.score(next.scale());
		if (before.isEmpty()) {
			return true;
		}
		double fall = (before.getAsDouble() - next.rating()) / next.sd();
		return fall >= this.settings.thresholdSd(next.scale()) - TOLERANCE;
	}

	RuptureEpisode close(RepairOutcome outcome) {
		return new RuptureEpisode(this.client, this.first.session(), this.settings.rule().code(), this.drop.scale(),
				this.drop.level(), this.drop.rating(), this.drop.dropSd(), outcome);
	}

}
