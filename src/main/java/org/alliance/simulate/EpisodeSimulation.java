package org.alliance.simulate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one client's episode session by session: weekly-ish dates, the odd no-show or
 * cancellation, and an end that is planned, a dropout after a weak-alliance run, another
 * reason, or not yet reached at the census date.
 */
final class EpisodeSimulation {

	private final RandomDraws draws;

	private final SessionRater rater;

	private final LocalDate census;

	private final List<SimulatedSession> sessions = new ArrayList<>();

	private final List<SimulatedResponse> responses = new ArrayList<>();

	private int attended;

	private double lastFelt;

	private boolean leaving;

	EpisodeSimulation(RandomDraws draws, LocalDate census) {
		this.draws = draws;
		this.rater = new SessionRater(draws);
		this.census = census;
	}

	Episode run(ClientCase client, String pseudonym, String therapistKey, LocalDate start) {
		ClientTraits traits = client.traits();
		for (int number = 1;; number++) {
			LocalDate date = (number == 1) ? start : start.plusDays(7L * (number - 1) + this.draws.between(-1, 1));
			if (date.isAfter(this.census)) {
				return finish(client, pseudonym, therapistKey, start, null, null);
			}
			if (this.leaving) {
				this.sessions.add(new SimulatedSession(client.key(), number, date, "no-show"));
				return finish(client, pseudonym, therapistKey, start, date, "dropout");
			}
			boolean mustAttend = number == 1 || number == traits.plannedSessions();
			attend(client, number, date, mustAttend);
			if (number == traits.plannedSessions() || number == traits.otherEndSession()) {
				String reason = (number == traits.plannedSessions()) ? "planned" : "other";
				return finish(client, pseudonym, therapistKey, start, date, reason);
			}
		}
	}

	private void attend(ClientCase client, int number, LocalDate date, boolean mustAttend) {
		String attendance = mustAttend ? "attended" : attendance();
		this.sessions.add(new SimulatedSession(client.key(), number, date, attendance));
		if (!"attended".equals(attendance)) {
			return;
		}
		this.attended++;
		SessionRater.Rated rated = this.rater.rate(client, this.attended, number);
		this.responses.addAll(rated.responses());
		double recent = (this.attended == 1) ? rated.felt() : (rated.felt() + this.lastFelt) / 2;
		this.lastFelt = rated.felt();
		this.leaving = this.attended >= 2 && this.draws.chance(dropoutHazard(recent));
	}

	private String attendance() {
		double u = this.draws.uniform(0, 1);
		if (u < PlantedEffects.NO_SHOW) {
			return "no-show";
		}
		return (u < PlantedEffects.NO_SHOW + PlantedEffects.CANCELLED) ? "cancelled" : "attended";
	}

	/**
	 * Logistic hazard: a weak run over the last two sessions makes leaving likelier
	 * (Sharf et al. 2010).
	 */
	static double dropoutHazard(double recentFelt) {
		double base = StrictMath.log(PlantedEffects.DROPOUT_HAZARD / (1 - PlantedEffects.DROPOUT_HAZARD));
		return 1 / (1 + StrictMath.exp(-(base - PlantedEffects.DROPOUT_PER_POINT * recentFelt)));
	}

	private Episode finish(ClientCase client, String pseudonym, String therapistKey, LocalDate start, LocalDate end,
			String reason) {
		SimulatedClient simulated = new SimulatedClient(client.key(), pseudonym, therapistKey, start, end, reason);
		return new Episode(simulated, this.sessions, this.responses, client.rupture().truth(client.key()));
	}

}
