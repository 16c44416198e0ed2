package org.alliance.command;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.alliance.security.Clinics;

import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code ./alliance serve}: runs the web app and the API on the configured database.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
		description = "Serve the web app and the JSON API (embedded H2 under --data, or --db-url).")
class ServeCommand implements Callable<Integer> {

	@Mixin
	ServerOptions server;

	@Mixin
	DatabaseOptions database;

	@Override
	public Integer call() throws Exception {
		Map<String, Object> properties = new HashMap<>(this.database.properties());
		properties.putAll(this.server.properties());
		ConfigurableApplicationContext context = ApplicationRunner.start(properties, true);
		if (!context.getBean(Clinics.class).any()) {
			context.close();
			System.err.println("This database holds no clinic yet: run ./alliance setup first (with the same --data"
					+ " or --db-url; --help lists its options), then ./alliance serve.");
			return 1;
		}
		TokenPort.openWhileRunning(context);
		System.out.println("Alliance is serving " + this.server.url());
		ApplicationRunner.awaitShutdown(context);
		return 0;
	}

}
