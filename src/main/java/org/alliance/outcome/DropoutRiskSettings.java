package org.alliance.outcome;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the dropout model ({@code alliance.outcome.dropout-*}). It is refitted on
 * demand and every night at {@code alliance.outcome.dropout-refit-cron} (Spring cron,
 * default 02:30).
 *
 * @param dropoutSignalRisk a fixed risk at or above which an open episode's client is
 * listed for a dropout-risk signal, 0 to 1; unset (the default), the signal risk is
 * {@code dropoutSignalRateMultiple} times the clinic's dropout rate
 * @param dropoutSignalRateMultiple how many times the clinic's dropout rate (among the
 * episodes its model was fitted on) a risk must reach to raise a signal, more than 1;
 * default 2, a relative risk of two: a fixed level travels badly between clinics whose
 * dropout rates differ, and a model of modest discrimination (cross-validated AUC about
 * .6–.7, as the field's are) seldom says more than twice the base rate
 * @param dropoutLandmarkSession the session L whose data the features are read up to, and
 * from which on a client gets a risk; 2 or more
 * @param dropoutEventsPerFeature dropouts needed per feature before a model is fitted
 * (Peduzzi et al. 1996)
 * @param dropoutFolds cross-validation folds
 * @param dropoutSeed seed of the fold assignment
 */
@ConfigurationProperties("alliance.outcome")
public record DropoutRiskSettings(Double dropoutSignalRisk, @DefaultValue("2") double dropoutSignalRateMultiple,
		@DefaultValue("3") int dropoutLandmarkSession, @DefaultValue("10") int dropoutEventsPerFeature,
		@DefaultValue("10") int dropoutFolds, @DefaultValue("1") long dropoutSeed) {

	public DropoutRiskSettings {
		if (dropoutSignalRisk != null && !(dropoutSignalRisk >= 0 && dropoutSignalRisk <= 1)) {
			throw new IllegalArgumentException(
					"alliance.outcome.dropout-signal-risk must lie from 0 to 1, not " + dropoutSignalRisk);
		}
		if (!(dropoutSignalRateMultiple > 1)) {
			throw new IllegalArgumentException("alliance.outcome.dropout-signal-rate-multiple must be more than 1, not "
					+ dropoutSignalRateMultiple);
		}
		if (dropoutLandmarkSession < 2 || dropoutEventsPerFeature < 1 || dropoutFolds < 2) {
			throw new IllegalArgumentException("alliance.outcome.dropout-landmark-session must be 2 or more,"
					+ " dropout-events-per-feature 1 or more and dropout-folds 2 or more");
		}
	}

}
