package org.alliance.outcome;

import java.util.List;
import java.util.Locale;

/**
 * Whether a client is on track, and which method says so.
 *
 * @param method the expected treatment response of the clinic's own model, or the rules
 * everyone can check while the clinic has too few finished episodes
 * @param flag green (on track), amber (rules: no reliable improvement by the review
 * session and still a case), red (rules: reliable deterioration; model: above the upper
 * bound), or not yet (no score after the intake)
 * @param reason the verdict in words, with its numbers, for the screen; never null
 * @param band the expected scores and tolerance band for the client's intake by session,
 * empty under the rules
 */
public record OnTrackVerdict(Method method, Flag flag, String reason, List<ExpectedScore> band) {

	public OnTrackVerdict {
		band = List.copyOf(band);
	}

	/**
	 * Whether the client is on track.
	 * @return true when green, false when amber or red, null when there is nothing to
	 * judge yet
	 */
	public Boolean onTrack() {
		return (this.flag == Flag.NOT_YET) ? null : this.flag == Flag.GREEN;
	}

	/** How a verdict was reached. */
	public enum Method {

		/** The clinic's expected-treatment-response model (Finch et al. 2001). */
		ETR("by the clinic's expected treatment response"),

		/** Reliable deterioration and no reliable improvement by the review session. */
		RULES("by the reliable-change rules");

		private final String phrase;

		Method(String phrase) {
			this.phrase = phrase;
		}

		/** {@code etr} or {@code rules}, as the API and the screen name it. */
		public String wireName() {
			return name().toLowerCase(Locale.ROOT);
		}

		/**
		 * The method in the words every screen and signal uses after a verdict, e.g. "by
		 * the reliable-change rules": the screen says which method judged, since the
		 * reliable-change rules stand in for the expected treatment response until the
		 * clinic has enough data (docs/manual.md, "Expected treatment response and not on
		 * track").
		 */
		public String phrase() {
			return this.phrase;
		}

	}

	/** The verdict's colour. */
	public enum Flag {

		GREEN, AMBER, RED, NOT_YET;

		/** {@code green}, {@code amber}, {@code red} or {@code not-yet}. */
		public String wireName() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

	}

}
