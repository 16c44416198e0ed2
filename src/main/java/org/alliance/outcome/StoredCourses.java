package org.alliance.outcome;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.alliance.alliance.AllianceScale;
import org.alliance.alliance.ClientSeries;
import org.alliance.alliance.ClientSession;
import org.alliance.alliance.ClinicAllianceNorms;
import org.alliance.care.CareSession;
import org.alliance.care.Episode;
import org.alliance.instrument.Answer;
import org.alliance.instrument.Instrument;
import org.alliance.instrument.InstrumentCatalog;
import org.alliance.instrument.Subscale;
import org.alliance.measure.StoredResponse;
import org.alliance.outcome.dropout.EarlyCourse;

/**
 * Turns stored care records and responses into the episodes the dropout model reads:
 * PHQ-9 and GAD-7 totals, and the client's alliance as per-item means of bond, task and
 * goal (from the instrument's own subscales, as the alliance module reads them: the
 * session alliance check, or the WAI-SR where a clinic gives it instead).
 */
final class StoredCourses {

	/** The client's alliance forms, preferred first. */
	private static final List<String> ALLIANCE_FORMS = List.of("alliance-check", "wai-sr");

	/** The instruments read. */
	static final List<String> INSTRUMENTS = List.of("phq9", "gad7", "alliance-check", "wai-sr");

	private final InstrumentCatalog catalog;

	StoredCourses(InstrumentCatalog catalog) {
		this.catalog = catalog;
	}

	/**
	 * @param episodes the episodes to read
	 * @param sessions their sessions (others are ignored)
	 * @param responses their responses (others are ignored)
	 */
	List<EarlyCourse> of(List<Episode> episodes, List<CareSession> sessions, List<StoredResponse> responses) {
		Map<String, List<StoredResponse>> bySession = new HashMap<>();
		for (StoredResponse response : responses) {
			bySession.computeIfAbsent(response.episodeId() + "#" + response.sessionNumber(), (k) -> new ArrayList<>())
				.add(response);
		}
		Map<UUID, List<CareSession>> byEpisode = new HashMap<>();
		sessions.forEach((s) -> byEpisode.computeIfAbsent(s.episodeId(), (k) -> new ArrayList<>()).add(s));
		List<EarlyCourse> courses = new ArrayList<>();
		for (Episode episode : episodes) {
			List<EarlyCourse.Session> read = new ArrayList<>();
			for (CareSession session : byEpisode.getOrDefault(episode.id(), List.of())) {
				List<StoredResponse> answered = bySession.getOrDefault(episode.id() + "#" + session.number(),
						List.of());
				read.add(new EarlyCourse.Session(session.number(), session.attendance(), total(answered, "phq9"),
						total(answered, "gad7"), alliance(answered)));
			}
			courses.add(new EarlyCourse(episode.id(), episode.clientId(), episode.endReason(), read));
		}
		return courses;
	}

	/**
	 * The clinic's alliance norms (level and within-client SD) from every rated session
	 * of every episode, as the rupture rules read them.
	 */
	static ClinicAllianceNorms norms(List<EarlyCourse> courses) {
		List<ClientSeries> series = new ArrayList<>();
		for (EarlyCourse course : courses) {
			List<ClientSession> rated = course.sessions()
				.stream()
				.filter((s) -> !s.alliance().isEmpty())
				.map((s) -> new ClientSession(s.number(), s.alliance()))
				.toList();
			if (!rated.isEmpty()) {
				series.add(new ClientSeries(course.episodeId().toString(), rated));
			}
		}
		return ClinicAllianceNorms.of(series);
	}

	private static Double total(List<StoredResponse> answered, String instrument) {
		return answered.stream()
			.filter((r) -> r.instrument().equals(instrument))
			.min(Comparator.comparing(StoredResponse::submittedAt))
			.map((r) -> r.scores().total())
			.orElse(null);
	}

	private Map<AllianceScale, Double> alliance(List<StoredResponse> answered) {
		for (String form : ALLIANCE_FORMS) {
			Optional<StoredResponse> response = answered.stream()
				.filter((r) -> r.instrument().equals(form))
				.min(Comparator.comparing(StoredResponse::submittedAt));
			Optional<Instrument> instrument = this.catalog.find(form);
			if (response.isPresent() && instrument.isPresent()) {
				return means(response.get(), instrument.get());
			}
		}
		return Map.of();
	}

	/** Per-item means of bond, task, goal and, over their items together, the total. */
	private static Map<AllianceScale, Double> means(StoredResponse response, Instrument instrument) {
		Map<AllianceScale, Double> means = new EnumMap<>(AllianceScale.class);
		Set<String> totalItems = new HashSet<>();
		for (Subscale subscale : instrument.subscales()) {
			for (AllianceScale scale : List.of(AllianceScale.BOND, AllianceScale.TASK, AllianceScale.GOAL)) {
				if (scale.code().equals(subscale.code())) {
					mean(response, subscale.itemIds()).ifPresent((mean) -> means.put(scale, mean));
					totalItems.addAll(subscale.itemIds());
				}
			}
		}
		mean(response, List.copyOf(totalItems)).ifPresent((mean) -> means.put(AllianceScale.TOTAL, mean));
		return means;
	}

	private static Optional<Double> mean(StoredResponse response, List<String> items) {
		double sum = 0;
		int count = 0;
		for (String item : items) {
			if (response.answers().get(item) instanceof Answer.Choice choice) {
				sum += choice.value();
				count++;
			}
		}
		return (count == 0) ? Optional.empty() : Optional.of(sum / count);
	}

}
