package org.alliance.command;

import java.util.Optional;

import org.alliance.security.StartRefused;

import org.springframework.boot.SpringBootExceptionReporter;
import org.springframework.core.Ordered;

/**
 * Keeps Spring Boot from logging a start that Alliance refused ({@link StartRefused}) as
 * a failure with its stack trace: the refusal's one line says what to do, and the command
 * line prints it alone ({@link AllianceCommand}); a trace would bury it. Other failures
 * are left to Spring Boot's own reporting. Registered in
 * {@code META-INF/spring.factories}, ahead of Spring Boot's reporter.
 */
class StartRefusalReport implements SpringBootExceptionReporter, Ordered {

	@Override
	public boolean reportException(Throwable failure) {
		return refusal(failure).isPresent();
	}

	@Override
	public int getOrder() {
		return HIGHEST_PRECEDENCE;
	}

	/** The refusal among the failure and its causes, if there is one. */
	static Optional<StartRefused> refusal(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof StartRefused refused) {
				return Optional.of(refused);
			}
		}
		return Optional.empty();
	}

}
