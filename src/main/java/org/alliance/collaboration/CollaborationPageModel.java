package org.alliance.collaboration;

import java.util.List;

import org.alliance.care.CareSession;
import org.alliance.care.Caseload;
import org.alliance.care.Client;
import org.alliance.security.CurrentUser;

import org.springframework.stereotype.Component;

/** Reads a client's goals and tasks for the pages, through the audited services. */
@Component
class CollaborationPageModel {

	private final Goals goals;

	private final Tasks tasks;

	private final Caseload caseload;

	CollaborationPageModel(Goals goals, Tasks tasks, Caseload caseload) {
		this.goals = goals;
		this.tasks = tasks;
		this.caseload = caseload;
	}

	CollaborationView view(CurrentUser user, Client client) {
		List<Goal> goals = this.goals.of(user, client.id());
		List<Task> tasks = this.tasks.of(user, client.id());
		ClientEpisode episode = ClientEpisode.of(this.caseload.clientCareForEvaluation(user.clinicId(), client.id()));
		List<CareSession> sessions = episode.sessions();
		return CollaborationView.of(client, goals, tasks, sessions, this.goals.review(goals, episode.lastNumber() + 1));
	}

}
