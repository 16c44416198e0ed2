package org.alliance.alliance;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.alliance.care.CareSession;
import org.alliance.care.Caseload;
import org.alliance.care.Client;
import org.alliance.care.Episode;
import org.alliance.measure.Responses;
import org.alliance.measure.StoredResponse;
import org.alliance.security.CurrentUser;
import org.alliance.signal.Signal;
import org.alliance.signal.SignalInbox;
import org.alliance.signal.SignalStatus;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The session brief: the one page a therapist reads before the next session, printable.
 */
@Controller
class BriefPages {

	/** How many of the client's answers to the feedback question the brief shows. */
	static final int FEEDBACK_SHOWN = 3;

	private final Caseload caseload;

	private final AllianceOverview overview;

	private final SignalInbox inbox;

	private final AllianceSettings settings;

	private final Responses responses;

	private final List<BriefPart> parts;

	BriefPages(Caseload caseload, AllianceOverview overview, SignalInbox inbox, AllianceSettings settings,
			Responses responses, ObjectProvider<BriefPart> parts) {
		this.responses = responses;
		this.parts = parts.orderedStream().toList();
		this.caseload = caseload;
		this.overview = overview;
		this.inbox = inbox;
		this.settings = settings;
	}

	@GetMapping("/clients/{id}/brief")
	String brief(CurrentUser user, @PathVariable UUID id, Model model) {
		Client client = this.caseload.client(user, id);
		ClientAlliance alliance = this.overview.of(user, id);
		List<CareSession> sessions = this.caseload.sessions(user, id);
		List<Signal> open = this.inbox.ofClient(user, id, client.therapistId())
			.stream()
			.filter((s) -> s.status().inLoop())
			.toList();
		model.addAttribute("user", user);
		model.addAttribute("client", client);
		model.addAttribute("alliance", alliance);
		model.addAttribute("charts", BriefChart.of(alliance, this.settings.signalRule()));
		model.addAttribute("titles", BriefChart.titles());
		model.addAttribute("rule", this.settings.signalRule());
		model.addAttribute("episodes", EpisodeRow.of(alliance));
		model.addAttribute("signals", open);
		// A booked session is the next one, not the last: the brief prepares it.
		List<CareSession> held = sessions.stream().filter((s) -> !s.booked()).toList();
		model.addAttribute("nextSession",
				sessions.stream()
					.filter(CareSession::booked)
					.mapToInt(CareSession::number)
					.min()
					.orElse(sessions.stream().mapToInt(CareSession::number).max().orElse(0) + 1));
		model.addAttribute("lastSession", held.isEmpty() ? null : held.get(held.size() - 1));
		// A brief prepares the next session of an open episode; a client whose episodes
		// have all ended has none, and the page says so instead.
		List<Episode> episodes = this.caseload.episodes(user, id);
		model.addAttribute("openEpisode", episodes.stream().filter(Episode::open).findFirst().orElse(null));
		model.addAttribute("lastEpisode", episodes.isEmpty() ? null : episodes.get(episodes.size() - 1));
		List<StoredResponse> answered = this.responses.ofClient(user, id);
		model.addAttribute("latestPhq9", latest(answered, "phq9"));
		model.addAttribute("latestGad7", latest(answered, "gad7"));
		model.addAttribute("feedback", FeedbackAnswer.latest(answered, FEEDBACK_SHOWN));
		model.addAttribute("parts", this.parts.stream().flatMap((part) -> part.of(user, client).stream()).toList());
		return "alliance/brief";
	}

	/** The client's latest answer to the measure, or null. */
	private static StoredResponse latest(List<StoredResponse> answered, String instrument) {
		StoredResponse latest = null;
		for (StoredResponse response : answered) {
			if (response.instrument().equals(instrument)) {
				latest = response;
			}
		}
		return latest;
	}

	/** A rupture episode as the brief lists it. */
	record EpisodeRow(String rule, int session, String scale, double dropSd, String outcome) {

		static List<EpisodeRow> of(ClientAlliance alliance) {
			List<EpisodeRow> rows = new ArrayList<>();
			alliance.ruptures()
				.forEach((rule, episodes) -> episodes.forEach((e) -> rows
					.add(new EpisodeRow(rule, e.session(), e.scale().code(), e.dropSd(), outcome(e.outcome())))));
			return rows;
		}

		private static String outcome(RepairOutcome outcome) {
			if (outcome instanceof RepairOutcome.Repaired repaired) {
				return "repaired at session " + repaired.session();
			}
			return (outcome instanceof RepairOutcome.Pending) ? "pending" : "unrepaired";
		}

	}

}
