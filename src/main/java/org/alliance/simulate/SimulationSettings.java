package org.alliance.simulate;

import java.time.LocalDate;

/**
 * What clinic to simulate: the seed fixes every draw, so the same settings always give
 * the same clinic.
 *
 * @param seed seed of the single random stream
 * @param therapists number of therapists, at least 1
 * @param clientsPerTherapist clients each therapist takes on, at least 1
 * @param firstIntake date of the first intake; later intakes follow every two weeks
 * @param maxSessions most sessions a planned episode may have, at least 3
 */
public record SimulationSettings(long seed, int therapists, int clientsPerTherapist, LocalDate firstIntake,
		int maxSessions) {

	/** A therapist takes on a new client about every two weeks. */
	static final int INTAKE_SPACING_DAYS = 14;

	private static final LocalDate DEMO_CENSUS = LocalDate.of(2026, 11, 20);

	/**
	 * The demo clinic's therapists: with {@link #DEMO_CLIENTS_PER_THERAPIST} clients each
	 * the clinic has finished enough episodes (about 600, 85 dropouts by session 3) for
	 * its expected treatment response and its dropout model to be fitted, as a clinic
	 * that has run for a year and a half would.
	 */
	public static final int DEMO_THERAPISTS = 16;

	/** Clients each demo therapist has taken on, one every two weeks. */
	public static final int DEMO_CLIENTS_PER_THERAPIST = 40;

	public SimulationSettings {
		if (therapists < 1 || clientsPerTherapist < 1 || maxSessions < 3 || firstIntake == null) {
			throw new IllegalArgumentException("Need at least 1 therapist, 1 client each, 3 sessions and a date");
		}
	}

	/**
	 * The demo clinic: {@value #DEMO_THERAPISTS} therapists with
	 * {@value #DEMO_CLIENTS_PER_THERAPIST} clients each, seed 42, up to 16 sessions, data
	 * ending on 2026-11-20.
	 * @return the demo settings, never null
	 */
	public static SimulationSettings demo() {
		return endingOn(42, DEMO_THERAPISTS, DEMO_CLIENTS_PER_THERAPIST, 16, DEMO_CENSUS);
	}

	/**
	 * A clinic large enough to recover the planted effects: 50 therapists with 30 clients
	 * each.
	 * @param seed seed of the random stream
	 * @return the research settings, never null
	 */
	public static SimulationSettings research(long seed) {
		return new SimulationSettings(seed, 50, 30, LocalDate.of(2025, 1, 6), 20);
	}

	/**
	 * Settings whose data end on the given census date.
	 * @param seed seed of the random stream
	 * @param therapists number of therapists
	 * @param clientsPerTherapist clients per therapist
	 * @param maxSessions most sessions per episode
	 * @param census last day with data
	 * @return the settings, never null
	 */
	public static SimulationSettings endingOn(long seed, int therapists, int clientsPerTherapist, int maxSessions,
			LocalDate census) {
		return new SimulationSettings(seed, therapists, clientsPerTherapist,
				census.minusDays(spanDays(clientsPerTherapist, maxSessions)), maxSessions);
	}

	/**
	 * The last day the simulated clinic has data for; sessions after it are not
	 * generated, so clients who started recently are still in treatment.
	 * @return the census date, never null
	 */
	public LocalDate censusDate() {
		return this.firstIntake.plusDays(spanDays(this.clientsPerTherapist, this.maxSessions));
	}

	private static long spanDays(int clientsPerTherapist, int maxSessions) {
		return (long) INTAKE_SPACING_DAYS * clientsPerTherapist + 7L * maxSessions / 4;
	}

}
