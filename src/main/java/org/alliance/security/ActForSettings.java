package org.alliance.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of acting for a therapist ({@code alliance.security.act-for.*}).
 *
 * @param duration how long a grant lasts unless the supervisor ends it earlier; from one
 * minute to twelve hours (one working day: a longer cover is a reassignment, not an act)
 */
@ConfigurationProperties("alliance.security.act-for")
public record ActForSettings(@DefaultValue("60m") Duration duration) {

	/** The longest grant a clinic may configure. */
	static final Duration LONGEST = Duration.ofHours(12);

	public ActForSettings {
		if (duration == null || duration.compareTo(Duration.ofMinutes(1)) < 0 || duration.compareTo(LONGEST) > 0) {
			throw new IllegalArgumentException("alliance.security.act-for.duration must be from 1m to 12h");
		}
	}

}
