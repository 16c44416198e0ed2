package org.alliance.simulate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Simulates a clinic from settings. The same settings always give the same clinic: one
 * random stream, seeded from the settings, is drawn in a fixed order (therapists, then
 * clients in order of intake, each session by session).
 */
public final class ClinicSimulator {

	private ClinicSimulator() {
	}

	/**
	 * Simulates the clinic.
	 * @param settings what to simulate, never null
	 * @return the clinic with its planted truth, never null
	 */
	public static SimulatedClinic simulate(SimulationSettings settings) {
		RandomDraws draws = new RandomDraws(settings.seed());
		List<SimulatedTherapist> therapists = TherapistRoster.therapists(settings.therapists());
		List<PlantedTherapistEffect> effects = TherapistRoster.effects(therapists, draws);
		List<Episode> episodes = new ArrayList<>();
		for (int slot = 0; slot < settings.clientsPerTherapist(); slot++) {
			for (int t = 0; t < therapists.size(); t++) {
				episodes.add(episode(settings, draws, episodes.size(), slot, effects.get(t)));
			}
		}
		return assemble(settings, therapists, effects, episodes);
	}

	private static Episode episode(SimulationSettings settings, RandomDraws draws, int index, int slot,
			PlantedTherapistEffect therapist) {
		String key = String.format(Locale.ROOT, "C%03d", index + 1);
		LocalDate start = settings.firstIntake()
			.plusDays((long) SimulationSettings.INTAKE_SPACING_DAYS * slot
					+ draws.between(0, SimulationSettings.INTAKE_SPACING_DAYS - 1));
		ClientTraits traits = ClientTraits.draw(draws, therapist, settings.maxSessions());
		ClientCase client = ClientCase.of(key, traits, therapist);
		return new EpisodeSimulation(draws, settings.censusDate()).run(client, Pseudonyms.of(index),
				therapist.therapistKey(), start);
	}

	private static SimulatedClinic assemble(SimulationSettings settings, List<SimulatedTherapist> therapists,
			List<PlantedTherapistEffect> effects, List<Episode> episodes) {
		List<SimulatedClient> clients = episodes.stream().map(Episode::client).toList();
		List<SimulatedSession> sessions = episodes.stream().flatMap((e) -> e.sessions().stream()).toList();
		List<SimulatedResponse> responses = episodes.stream().flatMap((e) -> e.responses().stream()).toList();
		List<PlantedRupture> ruptures = episodes.stream().flatMap((e) -> e.rupture().stream()).toList();
		List<String> dropouts = episodes.stream().filter(Episode::droppedOut).map((e) -> e.client().key()).toList();
		PlantedTruth truth = new PlantedTruth(ruptures, new TreeSet<>(dropouts), effects);
		String name = "Simulated Clinic (seed " + settings.seed() + ")";
		return new SimulatedClinic(name, therapists, clients, sessions, responses, truth);
	}

}
