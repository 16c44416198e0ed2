package org.alliance.security;

import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.servlet.ConfigurableServletWebServerFactory;
import org.springframework.core.env.Environment;

/**
 * The session cookie's name and flags. Served over TLS (the server's own, or a proxy's
 * when the public address is https) it is {@code __Host-JSESSIONID} with {@code Secure}
 * and {@code Path=/}: a browser then accepts it only from this very host over https, so
 * neither a sibling subdomain nor a plain-HTTP man in the middle can plant or read it
 * (OWASP ASVS 5.0, 3.3.1; RFC 6265bis, "Cookie Name Prefixes"). Over plain HTTP on
 * 127.0.0.1 it keeps the plain name, because browsers drop a {@code __Host-} cookie that
 * is not {@code Secure}. Always {@code HttpOnly}; {@code SameSite=Lax} is set in
 * {@code application.properties}.
 */
class SessionCookie implements WebServerFactoryCustomizer<ConfigurableServletWebServerFactory> {

	static final String PLAIN = "JSESSIONID";

	static final String HOST_PREFIXED = "__Host-JSESSIONID";

	private final boolean secure;

	SessionCookie(SessionSettings settings, Environment environment) {
		this.secure = secure(settings, environment);
	}

	/** Whether the cookie is {@code Secure} and {@code __Host-} prefixed. */
	static boolean secure(SessionSettings settings, Environment environment) {
		if (settings.secureCookie() != null) {
			return settings.secureCookie();
		}
		String base = environment.getProperty(PublicUrl.PROPERTY, "");
		return environment.getProperty("server.ssl.enabled", Boolean.class, false)
				|| base.trim().regionMatches(true, 0, "https://", 0, 8);
	}

	String name() {
		return this.secure ? HOST_PREFIXED : PLAIN;
	}

	@Override
	public void customize(ConfigurableServletWebServerFactory factory) {
		var cookie = factory.getSettings().getSession().getCookie();
		cookie.setName(name());
		cookie.setSecure(this.secure);
		cookie.setHttpOnly(true);
		cookie.setPath("/");
		cookie.setDomain(null);
	}

}
