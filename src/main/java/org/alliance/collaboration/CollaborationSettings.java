package org.alliance.collaboration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the {@code collaboration} module ({@code alliance.collaboration.*}).
 *
 * @param reviewEvery a goal review is due every this many sessions (goals are agreed and
 * reviewed periodically); 4 by default
 * @param missedTasksForRupture agreed tasks left undone at this many consecutive due
 * sessions raise a task rupture; 2 by default: a client who comes back twice without
 * doing an agreed task
 * @param agendaItemsPerSession how many agenda items a client may propose for one session
 */
@ConfigurationProperties("alliance.collaboration")
public record CollaborationSettings(@DefaultValue("4") int reviewEvery, @DefaultValue("2") int missedTasksForRupture,
		@DefaultValue("3") int agendaItemsPerSession) {

	public CollaborationSettings {
		if (reviewEvery < 1) {
			throw new IllegalArgumentException("alliance.collaboration.review-every is at least 1");
		}
		if (missedTasksForRupture < 2) {
			throw new IllegalArgumentException("alliance.collaboration.missed-tasks-for-rupture is at least 2");
		}
		if (agendaItemsPerSession < 1) {
			throw new IllegalArgumentException("alliance.collaboration.agenda-items-per-session is at least 1");
		}
	}

}
