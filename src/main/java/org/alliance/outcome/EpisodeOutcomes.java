package org.alliance.outcome;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.alliance.care.Attendance;
import org.alliance.care.CareSession;
import org.alliance.care.Episode;
import org.alliance.instrument.Instrument;
import org.alliance.instrument.InstrumentCatalog;
import org.alliance.measure.StoredResponse;

/**
 * Turns an episode's sessions and stored responses into its outcome: the symptom totals
 * (a session answered twice counts its last answer, a correction), the reliable change of
 * each symptom instrument from its first to its last scored session, and the NHS Talking
 * Therapies categories from the first and last PHQ-9 and GAD-7, with the attended
 * sessions as treatment sessions (Alliance books only treatment sessions).
 */
final class EpisodeOutcomes {

	static final String PHQ9 = "phq9";

	static final String GAD7 = "gad7";

	/** Symptom instruments that define reliable change, by code. */
	private final Map<String, ChangeStandard> standards = new TreeMap<>();

	private final TalkingTherapiesRules rules;

	EpisodeOutcomes(InstrumentCatalog catalog) {
		for (Instrument instrument : catalog.all()) {
			if ("symptom".equals(instrument.kind())) {
				ChangeStandard.of(instrument).ifPresent((s) -> this.standards.put(instrument.code(), s));
			}
		}
		this.rules = TalkingTherapiesRules.of(catalog);
	}

	/** The codes of the instruments whose totals an outcome shows. */
	List<String> instruments() {
		return List.copyOf(this.standards.keySet());
	}

	/**
	 * The episode's outcome, not yet judged on track ({@link EpisodeOutcome#judged}).
	 * @param episode the episode
	 * @param sessions the client's sessions (of any episode)
	 * @param responses the client's responses (of any episode and instrument), oldest
	 * first
	 */
	EpisodeOutcome of(Episode episode, List<CareSession> sessions, List<StoredResponse> responses) {
		Map<String, TreeMap<Integer, Double>> totals = new LinkedHashMap<>();
		responses.stream()
			.filter((r) -> episode.id().equals(r.episodeId()) && this.standards.containsKey(r.instrument()))
			.forEach((r) -> totals.computeIfAbsent(r.instrument(), (k) -> new TreeMap<>())
				.put(r.sessionNumber(), r.scores().total()));
		List<SessionScore> scores = totals.entrySet()
			.stream()
			.flatMap((e) -> e.getValue()
				.entrySet()
				.stream()
				.map((s) -> new SessionScore(s.getKey(), e.getKey(), s.getValue())))
			.sorted(Comparator.comparingInt(SessionScore::session).thenComparing(SessionScore::instrument))
			.toList();
		Map<String, InstrumentChange> changes = new TreeMap<>();
		totals.forEach((code, series) -> {
			if (series.size() >= 2) {
				changes.put(code,
						this.standards.get(code).judge(series.firstEntry().getValue(), series.lastEntry().getValue()));
			}
		});
		int attended = (int) sessions.stream()
			.filter((s) -> episode.id().equals(s.episodeId()) && s.attendance() == Attendance.ATTENDED)
			.count();
		return new EpisodeOutcome(episode.id(), episode.start(), episode.end(), scores, changes, attended,
				this.rules.categorise(paired(changes), attended), null);
	}

	/** The first and last PHQ-9 and GAD-7, when both were scored at two sessions. */
	private static PairedScores paired(Map<String, InstrumentChange> changes) {
		InstrumentChange phq9 = changes.get(PHQ9);
		InstrumentChange gad7 = changes.get(GAD7);
		return (phq9 != null && gad7 != null) ? new PairedScores(phq9.first(), phq9.last(), gad7.first(), gad7.last())
				: null;
	}

}
