package org.alliance.simulate;

import java.util.List;
import java.util.stream.Stream;

/**
 * Fills in the five instruments of one attended session: PHQ-9 and GAD-7 before it, then
 * the client's alliance check, the therapist's own view and the therapist's prediction.
 */
final class SessionRater {

	private final RandomDraws draws;

	private final AllianceItems alliance;

	private final SymptomItems symptoms;

	SessionRater(RandomDraws draws) {
		this.draws = draws;
		this.alliance = new AllianceItems(draws);
		this.symptoms = new SymptomItems(draws);
	}

	/**
	 * The responses and how strong the client felt the alliance (latent, relative to the
	 * clinic's usual level), which drives dropout.
	 */
	record Rated(List<SimulatedResponse> responses, double felt) {
	}

	Rated rate(ClientCase client, int k, int number) {
		List<SimulatedResponse> symptoms = symptoms(client, k, number);
		client.rupture().begin(k, number, client.history());
		double state = this.draws.normal(0, PlantedEffects.SESSION_SD);
		double level = PlantedEffects.CLIENT_MEAN + PlantedEffects.CLIENT_GROWTH * StrictMath.log(k)
				+ client.traits().allianceTrait() + state;
		int[] items = this.alliance.client(level, client.traits().empathy(), k, client.rupture());
		client.rupture().shape(k, number, items, client.history());
		client.history().record(items);
		double deficit = AllianceItems.meanDeficit(k, client.rupture());
		client.symptoms().afterSession(state - deficit);
		boolean rupture = client.rupture().isRuptureSession(number);
		String open = OpenAnswers.draw(this.draws, rupture, level - deficit);
		List<SimulatedResponse> alliance = List.of(
				new SimulatedResponse(client.key(), number, "alliance-check", "client", ItemAnswers.of(items), open),
				therapistView(client, number, level, deficit), prediction(client, number, rupture, deficit));
		return new Rated(concat(symptoms, alliance), level - deficit - PlantedEffects.CLIENT_MEAN);
	}

	/**
	 * Symptoms fall along a negatively accelerated curve (Finch, Lambert &amp; Schaalje
	 * 2001).
	 */
	private List<SimulatedResponse> symptoms(ClientCase client, int k, int number) {
		double progress = 1 - StrictMath.exp(-(k - 1) / PlantedEffects.IMPROVEMENT_PACE);
		double improvement = (client.traits().improvement() + client.rupture().improvementShift(k)) * progress
				+ client.symptoms().relief();
		double phq = client.traits().intakePhq() - improvement
				+ this.draws.normal(0, PlantedEffects.SYMPTOM_SESSION_SD);
		double gad = client.traits().intakeGad() - 0.75 * improvement
				+ this.draws.normal(0, PlantedEffects.SYMPTOM_SESSION_SD);
		return List.of(
				new SimulatedResponse(client.key(), number, "phq9", "client", ItemAnswers.of(this.symptoms.phq9(phq)),
						null),
				new SimulatedResponse(client.key(), number, "gad7", "client", ItemAnswers.of(this.symptoms.gad7(gad)),
						null));
	}

	/**
	 * The therapist sees only part of the client's alliance and little of a rupture
	 * (Tryon et al. 2007).
	 */
	private SimulatedResponse therapistView(ClientCase client, int number, double level, double deficit) {
		double latent = PlantedEffects.THERAPIST_MEAN + client.therapist().ratingBias()
				+ PlantedEffects.THERAPIST_LOADING * (level - PlantedEffects.CLIENT_MEAN - 0.3 * deficit)
				+ this.draws.normal(0, PlantedEffects.THERAPIST_SESSION_SD);
		return new SimulatedResponse(client.key(), number, "alliance-check-t", "therapist",
				ItemAnswers.of(this.alliance.therapist(latent)), null);
	}

	/**
	 * Predictions follow the client's usual level; most ruptures go unnoticed, so they
	 * over-estimate.
	 */
	private SimulatedResponse prediction(ClientCase client, int number, boolean rupture, double deficit) {
		boolean noticed = rupture && this.draws.chance(PlantedEffects.RUPTURE_NOTICED);
		double latent = PlantedEffects.PREDICTION_MEAN
				+ PlantedEffects.PREDICTION_LOADING * client.traits().allianceTrait()
				+ this.draws.normal(0, PlantedEffects.PREDICTION_SD) - (noticed ? deficit : 0);
		return new SimulatedResponse(client.key(), number, "alliance-check-p", "therapist",
				ItemAnswers.of(this.alliance.therapist(latent)), null);
	}

	private static List<SimulatedResponse> concat(List<SimulatedResponse> first, List<SimulatedResponse> second) {
		return Stream.concat(first.stream(), second.stream()).toList();
	}

}
