package org.alliance.outcome;

import java.util.List;
import java.util.Locale;

import org.alliance.outcome.OnTrackVerdict.Flag;
import org.alliance.outcome.OnTrackVerdict.Method;

/**
 * The rule everyone can check, used while a clinic has too few finished episodes for its
 * own expected-treatment-response model: a reliable deterioration since the intake is
 * red; no reliable improvement by the review session while still a case is amber;
 * otherwise green. Reliable change and caseness come from the instrument's definition
 * (PHQ-9: 6 points and a total of 10 or more, as the NHS Talking Therapies manual uses
 * them).
 *
 * @param reliableChange the least change in points that counts as reliable, e.g. 6
 * @param caseness the total at or above which a client is a case, e.g. 10
 * @param reviewSession the session by which a reliable improvement is expected, e.g. 6
 */
record OnTrackRules(double reliableChange, double caseness, int reviewSession) {

	/**
	 * @param scores the episode's totals in session order, the intake first
	 * @return never null
	 */
	OnTrackVerdict judge(List<ScoredSession> scores) {
		if (scores.size() < 2) {
			return verdict(Flag.NOT_YET, "Nothing to judge yet: no score after the intake.");
		}
		ScoredSession intake = scores.get(0);
		ScoredSession latest = scores.get(scores.size() - 1);
		double change = latest.total() - intake.total();
		String since = String.format(Locale.ROOT, "from %s at session %d to %s at session %d", points(intake.total()),
				intake.session(), points(latest.total()), latest.session());
		if (change >= this.reliableChange) {
			return verdict(Flag.RED, "Reliable deterioration: the score rose " + since + " (a reliable change is "
					+ points(this.reliableChange) + " points).");
		}
		boolean improved = -change >= this.reliableChange;
		if (latest.session() >= this.reviewSession && !improved && latest.total() >= this.caseness) {
			return verdict(Flag.AMBER,
					"No reliable improvement by session " + this.reviewSession + " and still a case: the score went "
							+ since + " (a reliable change is " + points(this.reliableChange) + " points, caseness "
							+ points(this.caseness) + " or more).");
		}
		return verdict(Flag.GREEN,
				"On track by the rules: the score went " + since
						+ (improved ? ", a reliable improvement."
								: "; no reliable deterioration" + ((latest.session() < this.reviewSession)
										? " (improvement is expected by session " + this.reviewSession + ")."
										: ", no longer a case.")));
	}

	private static OnTrackVerdict verdict(Flag flag, String reason) {
		return new OnTrackVerdict(Method.RULES, flag, reason, List.of());
	}

	static String points(double value) {
		return (value == Math.rint(value)) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
	}

}
