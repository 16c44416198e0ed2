package org.alliance.collaboration;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.alliance.alliance.BriefPart;
import org.alliance.care.Client;
import org.alliance.care.ClientPagePart.Fragment;
import org.alliance.security.CurrentUser;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The session brief's collaboration: the agenda the client proposed (to mark taken up),
 * the goals in the client's words with the GAS T-score and whether a review is due, the
 * tasks agreed with their reports, and the tasks the client did not agree to as a
 * disagreement to talk over ({@code templates/collaboration/brief-part.html}).
 */
@Component
@Order(5)
class CollaborationInBrief implements BriefPart {

	private final CollaborationPageModel pageModel;

	private final Agenda agenda;

	CollaborationInBrief(CollaborationPageModel pageModel, Agenda agenda) {
		this.pageModel = pageModel;
		this.agenda = agenda;
	}

	@Override
	public Optional<Fragment> of(CurrentUser user, Client client) {
		CollaborationView view = this.pageModel.view(user, client);
		List<AgendaItem> items = this.agenda.ofClient(user, client.id());
		int latest = items.stream().mapToInt(AgendaItem::sessionNumber).max().orElse(0);
		// Items still to take up, and those of the latest session taken up already.
		List<AgendaItem> shown = items.stream()
			.filter((item) -> !item.takenUp() || item.sessionNumber() == latest)
			.toList();
		return Optional.of(new Fragment("collaboration/brief-part", "collaboration",
				Map.of("view", view, "agenda", shown, "mayTakeUp", user.userId().equals(client.therapistId()))));
	}

}
