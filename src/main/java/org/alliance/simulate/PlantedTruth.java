package org.alliance.simulate;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The known truth behind a simulated clinic.
 *
 * @param ruptures every planted rupture, by client
 * @param dropouts keys of the clients who dropped out, sorted
 * @param therapistEffects the planted effect of every therapist, by key
 */
public record PlantedTruth(List<PlantedRupture> ruptures, Set<String> dropouts,
		List<PlantedTherapistEffect> therapistEffects) {

	public PlantedTruth {
		ruptures = List.copyOf(ruptures);
		dropouts = Collections.unmodifiableSortedSet(new TreeSet<>(dropouts));
		therapistEffects = List.copyOf(therapistEffects);
	}

}
