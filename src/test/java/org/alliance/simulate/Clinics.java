package org.alliance.simulate;

/**
 * Simulated clinics the tests share; simulating is deterministic, so one run per JVM
 * serves all.
 */
final class Clinics {

	/** Any seed must pass; this one is fixed so a failure can be replayed. */
	static final long RESEARCH_SEED = 2026;

	private static SimulatedClinic research;

	private Clinics() {
	}

	static synchronized SimulatedClinic research() {
		if (research == null) {
			research = ClinicSimulator.simulate(SimulationSettings.research(RESEARCH_SEED));
		}
		return research;
	}

	static SimulatedClinic demo() {
		return ClinicSimulator.simulate(SimulationSettings.demo());
	}

}
