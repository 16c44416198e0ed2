package org.alliance.simulate;

/**
 * One client as the simulation follows it: latent traits, the therapist's effect, the
 * planted rupture and the ratings so far.
 */
record ClientCase(String key, ClientTraits traits, PlantedTherapistEffect therapist, RuptureCourse rupture,
		AllianceHistory history) {

	static ClientCase of(String key, ClientTraits traits, PlantedTherapistEffect therapist) {
		return new ClientCase(key, traits, therapist, new RuptureCourse(traits.rupture()), new AllianceHistory());
	}

}
