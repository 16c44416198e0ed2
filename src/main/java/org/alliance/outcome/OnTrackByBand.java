package org.alliance.outcome;

import java.util.List;
import java.util.Locale;

import org.alliance.outcome.OnTrackVerdict.Flag;
import org.alliance.outcome.OnTrackVerdict.Method;

/**
 * The clinic's own expectation (Finch, Lambert &amp; Schaalje 2001): a client whose
 * latest score lies above the upper bound of the tolerance band for their intake score at
 * that session is not on track (red, as Lambert's feedback systems mark it); at or below
 * it, on track.
 *
 * @param fit the clinic's fit
 * @param quantile q of the one-sided band
 */
record OnTrackByBand(ClinicEtr fit, double quantile) {

	/**
	 * The band is drawn at least this far, so a chart shows where the course should go.
	 */
	static final int BAND_SESSIONS = 20;

	/**
	 * @param scores the episode's totals in session order, the intake first; not empty
	 * @return never null
	 */
	OnTrackVerdict judge(List<ScoredSession> scores) {
		ScoredSession intake = scores.get(0);
		ScoredSession latest = scores.get(scores.size() - 1);
		List<ExpectedScore> band = this.fit.model()
			.band(intake.total(), 1, Math.max(BAND_SESSIONS, latest.session()), this.quantile);
		String basis = String.format(Locale.ROOT,
				" (expected treatment response for an intake of %s, fitted on %d finished episodes; band q = %s)",
				OnTrackRules.points(intake.total()), this.fit.episodes(), EtrCsv.number(this.quantile));
		if (scores.size() < 2) {
			return new OnTrackVerdict(Method.ETR, Flag.NOT_YET,
					"Nothing to judge yet: no score after the intake" + basis + ".", band);
		}
		ExpectedScore expected = band.get(latest.session() - 1);
		String where = String.format(Locale.ROOT,
				"the score %s at session %d against an expected %.1f, upper bound %.1f",
				OnTrackRules.points(latest.total()), latest.session(), expected.mean(), expected.upper());
		if (expected.above(latest.total())) {
			return new OnTrackVerdict(Method.ETR, Flag.RED, "Not on track: " + where + basis + ".", band);
		}
		return new OnTrackVerdict(Method.ETR, Flag.GREEN, "On track: " + where + basis + ".", band);
	}

}
