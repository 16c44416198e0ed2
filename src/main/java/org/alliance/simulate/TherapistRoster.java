package org.alliance.simulate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Draws the therapists and the alliance effect each one carries.
 */
final class TherapistRoster {

	private static final List<String> NAMES = List.of("Dr. Ana Ruiz", "Dr. Ben Okafor", "Dr. Clara Lind",
			"Dr. David Mensah", "Dr. Elif Kaya", "Dr. Farid Haddad", "Dr. Grace Chen", "Dr. Hugo Moreau",
			"Dr. Ines Costa", "Dr. Jonas Weber", "Dr. Kaia Nilsen", "Dr. Liam Byrne");

	private TherapistRoster() {
	}

	static List<SimulatedTherapist> therapists(int count) {
		List<SimulatedTherapist> therapists = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String key = String.format(Locale.ROOT, "T%02d", i + 1);
			String name = (i < NAMES.size()) ? NAMES.get(i) : "Therapist " + (i + 1);
			therapists.add(new SimulatedTherapist(key, name, key.toLowerCase(Locale.ROOT) + "@demo.alliance.test"));
		}
		return therapists;
	}

	static List<PlantedTherapistEffect> effects(List<SimulatedTherapist> therapists, RandomDraws draws) {
		List<PlantedTherapistEffect> effects = new ArrayList<>();
		for (SimulatedTherapist therapist : therapists) {
			double offset = draws.normal(0, PlantedEffects.THERAPIST_SD);
			double bias = draws.normal(0, PlantedEffects.THERAPIST_RATER_SD);
			effects.add(new PlantedTherapistEffect(therapist.key(), offset, bias));
		}
		return effects;
	}

}
