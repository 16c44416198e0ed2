package org.alliance.command;

import java.util.HashMap;
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

	@Option(names = "--base-url", paramLabel = "URL",
			description = "Address clients open, for the links handed out, e.g. https://alliance.example.org"
					+ " (default: http://<bind>:<port>).")
	String baseUrl;

	Map<String, Object> properties() {
		Map<String, Object> properties = new HashMap<>(Map.of("server.port", this.port, "server.address", this.bind));
		if (this.baseUrl != null) {
			properties.put("alliance.base-url", this.baseUrl);
		}
		return properties;
	}

	String url() {
		String host = this.bind.equals("0.0.0.0") ? "localhost" : this.bind;
		return "http://" + host + ":" + this.port + "/";
	}

}
