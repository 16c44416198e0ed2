package org.alliance.collaboration;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.alliance.care.CareSession;
import org.alliance.care.Client;
import org.alliance.care.ClientPagePart;
import org.alliance.security.CurrentUser;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The client page's goals and tasks: the GAS T-score and when the goals are next
 * reviewed, each goal with its ladder and ratings, each task with its agreement and
 * reports, and the forms to write a goal, rate it, set a task, record its completion and
 * renegotiate it ({@code templates/collaboration/part.html}).
 */
@Component
@Order(8)
class CollaborationOnClientPage implements ClientPagePart {

	private final CollaborationPageModel pageModel;

	CollaborationOnClientPage(CollaborationPageModel pageModel) {
		this.pageModel = pageModel;
	}

	@Override
	public Optional<Fragment> of(CurrentUser user, Client client, List<CareSession> sessions) {
		return Optional.of(new Fragment("collaboration/part", "collaboration",
				Map.of("view", this.pageModel.view(user, client), "levels", CollaborationView.levels())));
	}

}
