package org.alliance.outcome.dropout;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.alliance.alliance.AllianceScale;
import org.alliance.alliance.ClientSeries;
import org.alliance.alliance.ClientSession;
import org.alliance.alliance.RuptureDetector;
import org.alliance.care.Attendance;

/**
 * The features of an episode by its landmark session L (3 by default): what a clinic
 * knows of a client by then, read only from sessions 1 to L, so that the model can be
 * applied to a client at session L exactly as it was fitted. An episode is at its
 * landmark once the client has attended a session numbered L or later: a client still
 * coming then. Episodes that ended before are not fitted on, and a client gets a risk
 * only from then on.
 * <ol>
 * <li>{@code phq9_baseline}, {@code gad7_baseline}: the first PHQ-9 and GAD-7 of the
 * episode (severity at intake predicts dropout weakly; Sharf et al. 2010).</li>
 * <li>{@code phq9_early_change}: the last PHQ-9 of sessions 2 to L minus the first (early
 * response).</li>
 * <li>{@code missed_sessions}: sessions 1 to L the client did not attend without
 * cancelling (no-shows); a cancellation may be the clinic's.</li>
 * <li>{@code early_alliance}: the client's alliance check at sessions 1 and 2, the
 * per-item mean of bond, task and goal (1–5), averaged over those rated: a weak early
 * alliance predicts dropout, d ≈ .55 (Sharf, Primavera &amp; Diener 2010).</li>
 * <li>{@code early_rupture}: 1 when the clinic's rupture rule finds a rupture at sessions
 * 2 to L (the same rule and clinic norms that raise rupture signals), else 0.</li>
 * </ol>
 * An episode without a PHQ-9 and a GAD-7, a second PHQ-9 or an alliance check in that
 * window has no features: it is left out of the fit and gets no risk.
 */
public final class DropoutFeatures {

	/** The features' names, in the model's column order. */
	public static final List<String> NAMES = List.of("phq9_baseline", "gad7_baseline", "phq9_early_change",
			"missed_sessions", "early_alliance", "early_rupture");

	/** The sessions whose alliance counts as early. */
	static final int EARLY_ALLIANCE_SESSIONS = 2;

	private final int landmark;

	private final RuptureDetector ruptures;

	/**
	 * @param landmark the landmark session L, 2 or more
	 * @param ruptures the clinic's rupture rule with its norms
	 */
	public DropoutFeatures(int landmark, RuptureDetector ruptures) {
		if (landmark < 2) {
			throw new IllegalArgumentException("the landmark session must be 2 or later, not " + landmark);
		}
		this.landmark = landmark;
		this.ruptures = ruptures;
	}

	/** The landmark session. */
	public int landmark() {
		return this.landmark;
	}

	/** Whether the client attended a session numbered at or after the landmark. */
	public boolean reachedLandmark(EarlyCourse course) {
		return course.sessions()
			.stream()
			.anyMatch((s) -> s.number() >= this.landmark && s.attendance() == Attendance.ATTENDED);
	}

	/**
	 * The features of an episode at its landmark.
	 * @return the features in the order of {@link #NAMES}, or empty when the episode has
	 * not reached its landmark or lacks a measure
	 */
	public Optional<double[]> of(EarlyCourse course) {
		if (!reachedLandmark(course)) {
			return Optional.empty();
		}
		List<EarlyCourse.Session> early = course.sessions()
			.stream()
			.filter((s) -> s.number() <= this.landmark)
			.toList();
		List<EarlyCourse.Session> phq9 = early.stream().filter((s) -> s.phq9() != null).toList();
		Optional<EarlyCourse.Session> gad7 = early.stream().filter((s) -> s.gad7() != null).findFirst();
		OptionalDouble alliance = early.stream()
			.filter((s) -> s.number() <= EARLY_ALLIANCE_SESSIONS && s.alliance().containsKey(AllianceScale.TOTAL))
			.mapToDouble((s) -> s.alliance().get(AllianceScale.TOTAL))
			.average();
		if (phq9.size() < 2 || gad7.isEmpty() || alliance.isEmpty()) {
			return Optional.empty();
		}
		double baseline = phq9.get(0).phq9();
		double change = phq9.get(phq9.size() - 1).phq9() - baseline;
		long missed = early.stream().filter((s) -> s.attendance() == Attendance.NO_SHOW).count();
		return Optional.of(new double[] { baseline, gad7.get().gad7(), change, missed, alliance.getAsDouble(),
				earlyRupture(course, early) ? 1 : 0 });
	}

	private boolean earlyRupture(EarlyCourse course, List<EarlyCourse.Session> early) {
		List<ClientSession> rated = early.stream()
			.filter((s) -> !s.alliance().isEmpty())
			.map((s) -> new ClientSession(s.number(), s.alliance()))
			.toList();
		return !this.ruptures.detect(new ClientSeries(course.episodeId().toString(), rated)).isEmpty();
	}

}
