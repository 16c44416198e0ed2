package org.alliance.signal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the {@code signal} module ({@code alliance.signal.*}).
 *
 * @param overdueAfter how long a signal may stay unacknowledged before supervisors see it
 * as overdue
 * @param historyAfter how long after its session a finding first found is recorded as
 * history rather than opened: its window for repair has closed (four weekly sessions by
 * default, past the repair window of the rupture rules). Risk answers always open.
 */
@ConfigurationProperties("alliance.signal")
public record SignalSettings(@DefaultValue("3d") Duration overdueAfter, @DefaultValue("28d") Duration historyAfter) {
}
