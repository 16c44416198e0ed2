package org.alliance.outcome;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import org.slf4j.LoggerFactory;

/**
 * Keeps a research command's standard output for its results. Outside Spring, logback's
 * default configuration logs every INFO line (HAPI FHIR's start-up, the instrument
 * catalog) to standard output, where it would land in the middle of a CSV; a command logs
 * warnings only, on standard error.
 */
final class CommandLogging {

	/** What Spring Boot's logging system puts in the context it configured. */
	private static final String SPRING_BOOT_MARK = "org.springframework.boot.logging.LoggingSystem";

	private CommandLogging() {
	}

	static void warningsToStandardError() {
		if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)
				|| context.getObject(SPRING_BOOT_MARK) != null) {
			return;
		}
		Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
		root.setLevel(Level.WARN);
		for (var appenders = root.iteratorForAppenders(); appenders.hasNext();) {
			Appender<?> appender = appenders.next();
			if (appender instanceof ConsoleAppender<?> console && !"System.err".equals(console.getTarget())) {
				console.stop();
				console.setTarget("System.err");
				console.start();
			}
		}
	}

}
