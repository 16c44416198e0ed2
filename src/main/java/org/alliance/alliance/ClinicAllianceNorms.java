package org.alliance.alliance;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A clinic's alliance level and spread, by scale: the level the rules use before a
 * client's own level is known, and the within-client SD of
 * {@link SdBasis#CLINIC_WITHIN_CLIENT}, estimated so that the clinic's ruptures do not
 * inflate it ({@link SuccessiveDifferenceSd}).
 *
 * @param norms by scale; scales no client rated are absent; unmodifiable
 */
public record ClinicAllianceNorms(Map<AllianceScale, ScaleNorm> norms) {

	public ClinicAllianceNorms {
		norms = norms.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(norms));
	}

	/**
	 * Computes the norms from many clients' series. Clients with a single rating add to
	 * the level and the between-client SD but not to the within-client SD, which is read
	 * from each client's successive ratings ({@link SuccessiveDifferenceSd}).
	 * @param clients the clinic's clients, never null
	 * @return the norms, never null
	 */
	public static ClinicAllianceNorms of(Collection<ClientSeries> clients) {
		Map<AllianceScale, ScaleNorm> norms = new EnumMap<>(AllianceScale.class);
		for (AllianceScale scale : AllianceScale.values()) {
			List<List<Double>> series = clients.stream()
				.map((c) -> c.scores(scale))
				.filter((s) -> !s.isEmpty())
				.toList();
			if (!series.isEmpty()) {
				norms.put(scale, norm(series));
			}
		}
		return new ClinicAllianceNorms(norms);
	}

	private static ScaleNorm norm(List<List<Double>> series) {
		double sum = 0;
		long count = 0;
		double[] clientMeans = new double[series.size()];
		for (int c = 0; c < series.size(); c++) {
			List<Double> scores = series.get(c);
			clientMeans[c] = Trend.mean(scores);
			sum += clientMeans[c] * scores.size();
			count += scores.size();
		}
		return new ScaleNorm(sum / count, SuccessiveDifferenceSd.of(series), Spread.sampleSd(clientMeans));
	}

	/**
	 * The norm of one scale.
	 * @param scale the scale
	 * @return the norm, empty when no client rated the scale
	 */
	public Optional<ScaleNorm> norm(AllianceScale scale) {
		return Optional.ofNullable(this.norms.get(scale));
	}

}
