package org.alliance.command;

import java.util.Map;

import picocli.CommandLine.Option;

/**
 * Where the web server listens. Loopback by default: exposing clinical data to a network
 * is a decision to take on purpose, behind TLS.
 */
class ServerOptions {

	@Option(names = "--port", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE}).")
	int port;

	@Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
			description = "Address to listen on (default: ${DEFAULT-VALUE}).")
	String bind;

	Map<String, Object> properties() {
		return Map.of("server.port", this.port, "server.address", this.bind);
	}

	String url() {
		String host = this.bind.equals("0.0.0.0") ? "localhost" : this.bind;
		return "http://" + host + ":" + this.port + "/";
	}

}
