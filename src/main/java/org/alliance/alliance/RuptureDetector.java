package org.alliance.alliance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Finds rupture episodes in clients' own alliance ratings by one rule. A session is a
 * rupture when the total falls the rule's number of SDs below the client's level; when
 * the total holds, a fall of bond, task or goal alone counts too, since a strain on one
 * component (a disagreement on tasks, say) can hide in the total (Bordin 1979; Safran
 * &amp; Muran 2000). A client has one open episode at a time: while its repair window
 * runs, a new one opens only on a fresh strain (see {@link #detect(ClientSeries)}).
 */
public final class RuptureDetector {

	private static final List<AllianceScale> COMPONENTS = List.of(AllianceScale.BOND, AllianceScale.TASK,
			AllianceScale.GOAL);

	private final RuptureSettings settings;

	private final Baseline baseline;

	/**
	 * @param settings the rule and its settings, never null
	 * @param norms the clinic's level and spread, never null
	 */
	public RuptureDetector(RuptureSettings settings, ClinicAllianceNorms norms) {
		this.settings = settings;
		this.baseline = new Baseline(settings, norms);
	}

	/**
	 * Finds the ruptures of many clients.
	 * @param clients the series, never null
	 * @return the episodes, by client in the given order, then session; never null
	 */
	public List<RuptureEpisode> detect(Collection<ClientSeries> clients) {
		return clients.stream().flatMap((client) -> detect(client).stream()).toList();
	}

	/**
	 * Finds one client's ruptures. While an episode is open, a further drop opens a new
	 * episode, and closes the open one as unrepaired, only when it hits another scale or
	 * falls below the open episode's rating: a rating that stays low is the same rupture
	 * not yet repaired, but a fresh fall elsewhere or deeper is a new strain.
	 * @param series the client's ratings, never null
	 * @return the episodes by session, never null
	 */
	public List<RuptureEpisode> detect(ClientSeries series) {
		List<RuptureEpisode> episodes = new ArrayList<>();
		Map<AllianceScale, List<Double>> earlier = new EnumMap<>(AllianceScale.class);
		OpenEpisode open = null;
		for (ClientSession session : series.sessions()) {
			Optional<RepairOutcome> outcome = (open != null) ? open.follow(session) : Optional.empty();
			if (outcome.isPresent()) {
				episodes.add(open.close(outcome.get()));
				open = null;
			}
			// A session that repairs is not also a new drop.
			if (outcome.isEmpty() || !outcome.get().repaired()) {
				Optional<Drop> drop = strongestDrop(session, earlier);
				if (drop.isPresent() && (open == null || open.isDeepenedBy(drop.get()))) {
					if (open != null) {
						episodes.add(open.close(new RepairOutcome.Unrepaired()));
					}
					open = new OpenEpisode(series.client(), session.session(), this.settings, drop.get());
				}
			}
			session.scores()
				.forEach((scale, score) -> earlier.computeIfAbsent(scale, (s) -> new ArrayList<>()).add(score));
		}
		if (open != null) {
			episodes.add(open.close(new RepairOutcome.Pending()));
		}
		return episodes;
	}

	private Optional<Drop> strongestDrop(ClientSession session, Map<AllianceScale, List<Double>> earlier) {
		Optional<Drop> total = drop(session, AllianceScale.TOTAL, earlier);
		if (total.isPresent() || !this.settings.watchComponents()) {
			return total;
		}
		return COMPONENTS.stream()
			.map((scale) -> drop(session, scale, earlier))
			.flatMap(Optional::stream)
			.max(Comparator.comparingDouble(Drop::dropSd));
	}

	private Optional<Drop> drop(ClientSession session, AllianceScale scale, Map<AllianceScale, List<Double>> earlier) {
		OptionalDouble score = session.score(scale);
		if (score.isEmpty()) {
			return Optional.empty();
		}
		return this.baseline.drop(scale, score.getAsDouble(), earlier.getOrDefault(scale, List.of()));
	}

}
