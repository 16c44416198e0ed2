package org.alliance.outcome;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the expected treatment response and its fallback rules
 * ({@code alliance.outcome.*}). The nightly refit runs at
 * {@code alliance.outcome.etr-refit-cron} (default {@code 0 30 2 * * *}, 02:30 every
 * night).
 *
 * @param etrMinimumEpisodes the finished episodes (ended, with a PHQ-9 intake and at
 * least one later PHQ-9) a clinic needs before its own model judges; until then the rules
 * do (default 100)
 * @param etrQuantile q of the one-sided tolerance band (default 0.90, z = 1.2816, as in
 * Finch, Lambert &amp; Schaalje 2001)
 * @param rulesReviewSession the session by which the rules expect a reliable improvement
 * (default 6)
 */
@ConfigurationProperties("alliance.outcome")
public record EtrSettings(@DefaultValue("100") int etrMinimumEpisodes, @DefaultValue("0.90") double etrQuantile,
		@DefaultValue("6") int rulesReviewSession) {

	public EtrSettings {
		if (etrMinimumEpisodes < 1) {
			throw new IllegalArgumentException("alliance.outcome.etr-minimum-episodes must be at least 1");
		}
		if (!(etrQuantile > 0.5 && etrQuantile < 1)) {
			throw new IllegalArgumentException("alliance.outcome.etr-quantile must lie strictly between 0.5 and 1");
		}
		if (rulesReviewSession < 2) {
			throw new IllegalArgumentException("alliance.outcome.rules-review-session must be at least 2");
		}
	}

}
