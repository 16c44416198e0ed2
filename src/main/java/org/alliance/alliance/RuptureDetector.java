package org.alliance.alliance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Finds rupture episodes in clients' own alliance ratings by one rule. A session is a
 * rupture when the total falls the rule's number of SDs below the client's level; when
 * the total holds, a fall of bond, task or goal alone counts too, since a strain on one
 * component (a disagreement on tasks, say) can hide in the total (Bordin 1979; Safran
 * &amp; Muran 2000). Each session is judged only with what was known at it: the client's
 * earlier ratings and the clinic's norms. A client has one open episode at a time, and it
 * is flagged once, at its first session (see {@link #detect(ClientSeries)}).
 */
public final class RuptureDetector {

	private static final List<AllianceScale> COMPONENTS = List.of(AllianceScale.BOND, AllianceScale.TASK,
			AllianceScale.GOAL);

	private final RuptureSettings settings;

	private final Baseline baseline;

	/**
	 * @param settings the rule and its settings, never null
	 * @param norms the clinic's level and spread, never null
	 * @param range the range of the scores read (per-item means of 1–5 items: 1–5; WAI-SR
	 * totals: 12–60), for the SD floor; never null
	 */
	public RuptureDetector(RuptureSettings settings, ClinicAllianceNorms norms, ScaleRange range) {
		this(settings, NormHistory.constant(norms), range);
	}

	/**
	 * A detector that judges each session with the clinic norms known at it.
	 * @param settings the rule and its settings, never null
	 * @param norms the clinic's norms by session, never null
	 * @param range the range of the scores read, for the SD floor; never null
	 */
	public RuptureDetector(RuptureSettings settings, NormHistory norms, ScaleRange range) {
		this.settings = settings;
		this.baseline = new Baseline(settings, norms, range);
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
	 * Finds one client's ruptures. While an episode is open, its sessions belong to it: a
	 * rating that stays low, or sinks a little further, is the same rupture not yet
	 * repaired, so one episode is flagged once, at its first session. Only a fresh
	 * rupture, a second fall of the whole threshold below the open episode's first
	 * session ({@link OpenEpisode#isFreshRupture}), closes it as unrepaired and opens
	 * another. The sessions of an episode, up to its repair, do not count towards the
	 * client's own SD.
	 * @param series the client's ratings, never null
	 * @return the episodes by session, never null
	 */
	public List<RuptureEpisode> detect(ClientSeries series) {
		List<RuptureEpisode> episodes = new ArrayList<>();
		ClientLevel client = new ClientLevel();
		OpenEpisode open = null;
		for (ClientSession session : series.sessions()) {
			OpenEpisode before = open;
			Optional<RepairOutcome> outcome = (open != null) ? open.follow(session) : Optional.empty();
			outcome.ifPresent((o) -> episodes.add(before.close(o)));
			open = outcome.isPresent() ? null : open;
			boolean repaired = outcome.isPresent() && outcome.get().repaired();
			// A session that repairs is not also a new drop.
			Optional<Drop> drop = repaired ? Optional.empty() : strongestDrop(session, client);
			if (drop.isPresent() && (before == null || before.isFreshRupture(drop.get()))) {
				if (open != null) {
					episodes.add(open.close(new RepairOutcome.Unrepaired()));
				}
				open = new OpenEpisode(series.client(), session, this.settings, drop.get());
			}
			client.add(session, (before == null) ? open == null : repaired);
		}
		if (open != null) {
			episodes.add(open.close(new RepairOutcome.Pending()));
		}
		return episodes;
	}

	private Optional<Drop> strongestDrop(ClientSession session, ClientLevel client) {
		Optional<Drop> total = drop(session, AllianceScale.TOTAL, client);
		if (total.isPresent() || !this.settings.watchComponents()) {
			return total;
		}
		return COMPONENTS.stream()
			.map((scale) -> drop(session, scale, client))
			.flatMap(Optional::stream)
			.max(Comparator.comparingDouble(Drop::dropSd));
	}

	private Optional<Drop> drop(ClientSession session, AllianceScale scale, ClientLevel client) {
		OptionalDouble score = session.score(scale);
		if (score.isEmpty()) {
			return Optional.empty();
		}
		return this.baseline.drop(session.session(), scale, score.getAsDouble(), client);
	}

}
