package org.alliance.alliance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.alliance.care.Caseload;
import org.alliance.care.Client;
import org.alliance.security.CurrentUser;
import org.alliance.signal.Signal;
import org.alliance.signal.SignalInbox;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A client's alliance over the JSON API: trajectories, perception gaps, rupture episodes
 * under both rules, and the client's signals.
 */
@RestController
@Tag(name = "Alliance",
		description = "A client's alliance: bond, task and goal as client and therapist rated them, perception "
				+ "gaps, ruptures and their repair")
@RequestMapping("/api/v1")
class AllianceApiController {

	private final AllianceOverview overview;

	private final Caseload caseload;

	private final SignalInbox inbox;

	AllianceApiController(AllianceOverview overview, Caseload caseload, SignalInbox inbox) {
		this.overview = overview;
		this.caseload = caseload;
		this.inbox = inbox;
	}

	@GetMapping("/clients/{id}/alliance")
	@Operation(summary = "A client's alliance",
			description = "Per session and perspective (client, therapist, the therapist's prediction of the client's "
					+ "rating) each scale's per-item mean and percent of scale maximum; the perception gaps and "
					+ "the sessions at which the therapist overestimated the client's rating; rupture episodes "
					+ "under both published rules (a drop of 1 SD, Strauss et al. 2006, and of 2 SD, Stiles et "
					+ "al. 2004, below the client's own level), each repaired, unrepaired or pending; the "
					+ "client's signals; the client's last feedback.")
	@ApiResponse(responseCode = "200", description = "The alliance")
	@ApiResponse(responseCode = "403", description = "An admin account, which reads no clinical record")
	@ApiResponse(responseCode = "404", description = "No such client among the clients the caller may see")
	AllianceView alliance(CurrentUser user, @PathVariable UUID id) {
		Client client = this.caseload.client(user, id);
		ClientAlliance alliance = this.overview.of(user, id);
		Map<String, List<EpisodeView>> ruptures = new LinkedHashMap<>();
		alliance.ruptures()
			.forEach((rule, episodes) -> ruptures.put(rule, episodes.stream().map(EpisodeView::of).toList()));
		List<SignalView> signals = this.inbox.ofClient(user, id, client.therapistId())
			.stream()
			.map(SignalView::of)
			.toList();
		return new AllianceView(id, alliance.trajectory().points().stream().map(PointView::of).toList(),
				alliance.gaps().stream().map(GapView::of).toList(), ruptures, signals, alliance.lastFeedback(),
				alliance.lastFeedbackSession());
	}

	record AllianceView(UUID client, List<PointView> trajectories, List<GapView> gaps,
			Map<String, List<EpisodeView>> ruptures, List<SignalView> signals, String lastFeedback,
			Integer lastFeedbackSession) {
	}

	/**
	 * One score: per-item mean on the form's scale and percent of scale maximum (POMP).
	 */
	record PointView(int session, String perspective, String scale, double itemMean, double pomp) {
		static PointView of(TrajectoryPoint p) {
			return new PointView(p.session(), wire(p.perspective().name()), p.scale().code(), p.itemMean(), p.pomp());
		}
	}

	record GapView(String scale, List<GapPoint> sessions, double trend, List<Integer> overestimatedAt) {
		static GapView of(GapSeries g) {
			return new GapView(g.scale().code(), g.points(), g.trend(),
					g.signals().stream().map(OverestimationSignal::session).toList());
		}
	}

	/** A rupture episode; {@code outcome} is repaired, unrepaired or pending. */
	record EpisodeView(int session, String scale, double level, double rating, double dropSd, String outcome,
			Integer repairSession) {
		static EpisodeView of(RuptureEpisode e) {
			Integer repairSession = (e.outcome() instanceof RepairOutcome.Repaired r) ? r.session() : null;
			String outcome = (e.outcome() instanceof RepairOutcome.Repaired) ? "repaired"
					: (e.outcome() instanceof RepairOutcome.Pending) ? "pending" : "unrepaired";
			return new EpisodeView(e.session(), e.scale().code(), e.level(), e.rating(), e.dropSd(), outcome,
					repairSession);
		}
	}

	record SignalView(UUID id, String kind, String summary, String status) {
		static SignalView of(Signal s) {
			return new SignalView(s.id(), s.kind(), s.summary(), s.status().wireName());
		}
	}

	private static String wire(String name) {
		return name.toLowerCase(Locale.ROOT);
	}

}
