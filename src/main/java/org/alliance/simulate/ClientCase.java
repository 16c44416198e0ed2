package org.alliance.simulate;

/**
 * One client as the simulation follows it: latent traits, the therapist's effect, the
 * planted rupture, the ratings so far and what they carry into the next symptom scores.
 */
record ClientCase(String key, ClientTraits traits, PlantedTherapistEffect therapist, RuptureCourse rupture,
		AllianceHistory history, SymptomCourse symptoms) {

	static ClientCase of(String key, ClientTraits traits, PlantedTherapistEffect therapist) {
		return new ClientCase(key, traits, therapist, new RuptureCourse(traits.rupture()), new AllianceHistory(),
				new SymptomCourse());
	}

}
