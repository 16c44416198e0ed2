package org.alliance.outcome;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Turns on scheduled tasks: the nightly refit of each clinic's expected treatment
 * response ({@link ExpectedResponse#refitEveryClinic}).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class OutcomeScheduling {

}
