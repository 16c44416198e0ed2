package org.alliance.command;

import java.util.Optional;

import org.alliance.security.StartRefused;

import org.springframework.boot.SpringBootExceptionReporter;
import org.springframework.core.Ordered;

/**
 * Reports a start that Alliance refused ({@link StartRefused}) as its one line on the
 * standard error, in place of Spring Boot's log of the failure with its stack trace: the
 * line says what to do, the trace would bury it. Other failures are left to Spring Boot.
 * Registered in {@code META-INF/spring.factories}, ahead of Spring Boot's own reporter.
 */
class StartRefusalReport implements SpringBootExceptionReporter, Ordered {

	@Override
	public boolean reportException(Throwable failure) {
		return refusal(failure).map((refused) -> {
			System.err.println(refused.getMessage());
			return true;
		}).orElse(false);
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
