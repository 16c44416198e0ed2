package org.alliance.outcome;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Turns on Spring's scheduler for the nightly refit of the dropout model
 * ({@link DropoutRisk}).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class DropoutRefitSchedule {

}
