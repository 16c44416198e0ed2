package org.alliance.security;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Where people reach this server: {@code alliance.base-url} when set, otherwise
 * {@code http://<server.address>:<port>}. Every absolute link Alliance hands out (a
 * client's personal link, the API description's server) is built from it, never from the
 * request's {@code Host} header, which the caller writes: a link made from it could send
 * a client to {@code http://evil.example/r/...}.
 */
@Component
public class PublicUrl {

	private static final Log logger = LogFactory.getLog(PublicUrl.class);

	static final String PROPERTY = "alliance.base-url";

	private final Environment environment;

	private final String configured;

	PublicUrl(Environment environment) {
		this.environment = environment;
		this.configured = parse(environment.getProperty(PROPERTY));
		if (this.configured == null && !loopback(environment.getProperty("server.address"))) {
			logger.warn(PROPERTY + " is not set: links handed out will start with " + base()
					+ ". Set it to the address clients open, e.g. https://alliance.example.org");
		}
	}

	/** The base, without a trailing slash, e.g. {@code https://alliance.example.org}. */
	public String base() {
		return (this.configured != null) ? this.configured : fromServerAddress();
	}

	/** An absolute URL for a path of this application, e.g. {@code /r/<token>}. */
	public String of(String path) {
		return base() + (path.startsWith("/") ? path : "/" + path);
	}

	/**
	 * The configured base, checked: an absolute http or https URL with a host and no
	 * query, fragment or user part.
	 * @throws IllegalStateException naming the property when the value is not such a URL
	 */
	static String parse(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String trimmed = value.trim();
		try {
			URI uri = new URI(trimmed);
			boolean web = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
			if (web && uri.getHost() != null && uri.getRawQuery() == null && uri.getRawFragment() == null
					&& uri.getRawUserInfo() == null) {
				return trimmed.replaceAll("/+$", "");
			}
		}
		catch (URISyntaxException ex) {
			// refused below, with the property's name
		}
		throw new IllegalStateException(PROPERTY + " must be an absolute http or https URL such as"
				+ " https://alliance.example.org (no query or fragment), not '" + value + "'");
	}

	private String fromServerAddress() {
		String address = this.environment.getProperty("server.address", "127.0.0.1");
		String host = wildcard(address) ? "localhost" : address;
		host = host.contains(":") ? "[" + host + "]" : host;
		String port = this.environment.getProperty("local.server.port",
				this.environment.getProperty("server.port", "8080"));
		String scheme = this.environment.getProperty("server.ssl.enabled", Boolean.class, false) ? "https" : "http";
		String context = this.environment.getProperty("server.servlet.context-path", "").replaceAll("/+$", "");
		return scheme + "://" + host + ":" + port + context;
	}

	private static boolean wildcard(String address) {
		return address.equals("0.0.0.0") || address.equals("::") || address.equals("[::]");
	}

	private static boolean loopback(String address) {
		if (address == null || wildcard(address)) {
			return false;
		}
		try {
			return InetAddress.getByName(address).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

}
