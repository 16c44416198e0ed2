package org.alliance.command;

import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.alliance.AllianceApplication;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/**
 * Starts the Spring application for a command, with the command's options as properties.
 */
final class ApplicationRunner {

	private ApplicationRunner() {
	}

	static ConfigurableApplicationContext start(Map<String, Object> properties, boolean web) {
		if (!web) {
			// A one-shot command's output is its answer (e.g. a token), not the
			// framework's log.
			properties = new java.util.HashMap<>(properties);
			properties.putIfAbsent("logging.level.root", "WARN");
			// Start-up sweeps over every client are the server's work, not a command's.
			properties.put("alliance.one-shot-command", "true");
			properties.putIfAbsent("logging.level.org.flywaydb.core.internal.database.base.Database", "ERROR");
		}
		SpringApplication application = new SpringApplication(AllianceApplication.class);
		if (!web) {
			application.setWebApplicationType(WebApplicationType.NONE);
			application.setLogStartupInfo(false);
		}
		// As command-line arguments, so that they outrank application.properties.
		return application.run(properties.entrySet()
			.stream()
			.map((entry) -> "--" + entry.getKey() + "=" + entry.getValue())
			.toArray(String[]::new));
	}

	/** Blocks until the application is shut down (Ctrl-C or SIGTERM). */
	static void awaitShutdown(ConfigurableApplicationContext context) throws InterruptedException {
		CountDownLatch closed = new CountDownLatch(1);
		context.addApplicationListener((ContextClosedEvent event) -> closed.countDown());
		if (context.isActive()) {
			closed.await();
		}
	}

}
