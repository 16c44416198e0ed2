package org.alliance.signal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the {@code signal} module ({@code alliance.signal.*}).
 *
 * @param overdueAfter how long a signal may stay unacknowledged before supervisors see it
 * as overdue
 */
@ConfigurationProperties("alliance.signal")
public record SignalSettings(@DefaultValue("3d") Duration overdueAfter) {
}
