package org.alliance.alliance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.alliance.instrument.Answer;
import org.alliance.instrument.Instrument;
import org.alliance.instrument.InstrumentCatalog;
import org.alliance.instrument.Subscale;
import org.alliance.measure.StoredResponse;

/**
 * Turns stored alliance-check responses into per-item means by scale, the form the
 * rupture rules, trajectories and perception gap read. Item means come from the answers
 * and the instrument's own subscale definitions, so a longer or shorter form stays
 * comparable.
 */
final class AllianceRatings {

	private AllianceRatings() {
	}

	/**
	 * The client's view comes from the session alliance check or, where a clinic gives it
	 * instead, the WAI-SR (same bond, task and goal, same 1–5 answers). A session with
	 * both keeps the check, so that each session has one client rating.
	 */
	static final List<String> CLIENT_FORMS = List.of(Perspective.CLIENT.instrument(), "wai-sr");

	static final List<String> ALL_FORMS = List.of(Perspective.CLIENT.instrument(), "wai-sr",
			Perspective.THERAPIST.instrument(), Perspective.PREDICTION.instrument());

	static List<SessionRating> of(List<StoredResponse> responses, InstrumentCatalog catalog) {
		Map<String, SessionRating> bySessionAndView = new LinkedHashMap<>();
		List<StoredResponse> inPreferenceOrder = responses.stream()
			.sorted(Comparator.comparingInt((StoredResponse r) -> ALL_FORMS.indexOf(r.instrument())))
			.toList();
		for (StoredResponse response : inPreferenceOrder) {
			perspective(response.instrument()).ifPresent((perspective) -> catalog.find(response.instrument())
				.map((instrument) -> rating(response, perspective, instrument))
				.ifPresent((rating) -> bySessionAndView.putIfAbsent(rating.session() + "/" + perspective, rating)));
		}
		return new ArrayList<>(bySessionAndView.values());
	}

	static Optional<Perspective> perspective(String instrument) {
		if (CLIENT_FORMS.contains(instrument)) {
			return Optional.of(Perspective.CLIENT);
		}
		for (Perspective perspective : Perspective.values()) {
			if (perspective.instrument().equals(instrument)) {
				return Optional.of(perspective);
			}
		}
		return Optional.empty();
	}

	private static SessionRating rating(StoredResponse response, Perspective perspective, Instrument instrument) {
		Map<AllianceScale, Double> means = new EnumMap<>(AllianceScale.class);
		Set<String> totalItems = new HashSet<>();
		for (Subscale subscale : instrument.subscales()) {
			AllianceScale scale = scale(subscale.code());
			if (scale != null) {
				mean(response, subscale.itemIds()).ifPresent((mean) -> means.put(scale, mean));
				if (scale.isComponent()) {
					totalItems.addAll(subscale.itemIds());
				}
			}
		}
		mean(response, List.copyOf(totalItems)).ifPresent((mean) -> means.put(AllianceScale.TOTAL, mean));
		int min = instrument.scoredItems().get(0).min();
		int max = instrument.scoredItems().get(0).max();
		return new SessionRating(response.clientId().toString(), response.sessionNumber(), perspective,
				new ScaleRange(min, max), means);
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

	private static AllianceScale scale(String code) {
		for (AllianceScale scale : AllianceScale.values()) {
			if (scale.code().equals(code)) {
				return scale;
			}
		}
		return null;
	}

}
