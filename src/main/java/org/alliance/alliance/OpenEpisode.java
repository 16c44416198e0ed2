package org.alliance.alliance;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A rupture whose repair window is still running.
 */
final class OpenEpisode {

	private final String client;

	private final int session;

	private final RuptureSettings settings;

	private final Drop drop;

	private int sessionsSince;

	OpenEpisode(String client, int session, RuptureSettings settings, Drop drop) {
		this.client = client;
		this.session = session;
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
		if (score.getAsDouble() >= this.drop.level() - 1e-9) {
			return Optional.of(new RepairOutcome.Repaired(next.session()));
		}
		if (this.sessionsSince >= this.settings.repairWindow()) {
			return Optional.of(new RepairOutcome.Unrepaired());
		}
		return Optional.empty();
	}

	/**
	 * Whether a new drop is a fresh strain: another scale, or below this drop's rating.
	 */
	boolean isDeepenedBy(Drop next) {
		return next.scale() != this.drop.scale() || next.rating() < this.drop.rating();
	}

	RuptureEpisode close(RepairOutcome outcome) {
		return new RuptureEpisode(this.client, this.session, this.settings.rule().code(), this.drop.scale(),
				this.drop.level(), this.drop.rating(), this.drop.dropSd(), outcome);
	}

}
