package org.alliance.simulate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Draws the therapists and the alliance effect each one carries.
 */
final class TherapistRoster {

	private static final List<String> NAMES = List.of("Dr. Ana Ruiz", "Dr. Ben Okafor", "Dr. Clara Lind",
			"Dr. David Mensah", "Dr. Elif Kaya", "Dr. Farid Haddad", "Dr. Grace Chen", "Dr. Hugo Moreau",
			"Dr. Ines Costa", "Dr. Jonas Weber", "Dr. Kaia Nilsen", "Dr. Liam Byrne", "Dr. Maya Patel",
			"Dr. Nikolai Petrov", "Dr. Olivia Brown", "Dr. Pablo Herrera");

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

	/**
	 * Draws each therapist's alliance offset and rating bias, then centres and scales
	 * them to exactly the planted SD, so the clinic carries the planted therapist
	 * variance however few therapists it has and the clinic-wide means do not wander with
	 * the seed.
	 */
	static List<PlantedTherapistEffect> effects(List<SimulatedTherapist> therapists, RandomDraws draws) {
		double[] offsets = new double[therapists.size()];
		double[] biases = new double[therapists.size()];
		for (int i = 0; i < offsets.length; i++) {
			offsets[i] = draws.normal(0, 1);
			biases[i] = draws.normal(0, 1);
		}
		standardize(offsets, 1);
		separate(biases, offsets);
		standardize(biases, PlantedEffects.THERAPIST_RATER_SD);
		standardize(offsets, PlantedEffects.THERAPIST_SD);
		List<PlantedTherapistEffect> effects = new ArrayList<>();
		for (int i = 0; i < offsets.length; i++) {
			effects.add(new PlantedTherapistEffect(therapists.get(i).key(), offsets[i], biases[i]));
		}
		return effects;
	}

	/** Removes from {@code values} its projection on the standardized {@code basis}. */
	private static void separate(double[] values, double[] basis) {
		if (values.length < 3) {
			return;
		}
		double dot = 0;
		for (int i = 0; i < values.length; i++) {
			dot += values[i] * basis[i];
		}
		double projection = dot / (values.length - 1);
		for (int i = 0; i < values.length; i++) {
			values[i] -= projection * basis[i];
		}
	}

	private static void standardize(double[] values, double sd) {
		if (values.length < 2) {
			values[0] = 0;
			return;
		}
		double mean = Arrays.stream(values).average().orElse(0);
		double sumOfSquares = Arrays.stream(values).map((v) -> (v - mean) * (v - mean)).sum();
		double scale = sd / StrictMath.sqrt(sumOfSquares / (values.length - 1));
		for (int i = 0; i < values.length; i++) {
			values[i] = (values[i] - mean) * scale;
		}
	}

}
