package org.alliance.care;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;

/**
 * What the care module published while the server answered requests on its own threads,
 * as another module's listener hears it.
 */
public final class CareEventsHeard {

	private final List<Object> heard = new CopyOnWriteArrayList<>();

	@EventListener
	void on(SessionCancelled event) {
		this.heard.add(event);
	}

	@EventListener
	void on(EpisodeEnded event) {
		this.heard.add(event);
	}

	@EventListener
	void on(AttendanceRecorded event) {
		this.heard.add(event);
	}

	/** The events of the type heard so far, oldest first. */
	public <T> List<T> of(Class<T> type) {
		return this.heard.stream().filter(type::isInstance).map(type::cast).toList();
	}

	/** Puts the listener in the application context. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class InContext {

		@Bean
		CareEventsHeard careEventsHeard() {
			return new CareEventsHeard();
		}

	}

}
