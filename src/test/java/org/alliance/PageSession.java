package org.alliance;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A signed-in browser session over plain HTTP: form login with the page's CSRF token, a
 * cookie jar, and form posts carrying the CSRF token of the page they came from. For the
 * many page requests a browser test would be too slow to send; what a person sees is
 * tested in Chromium.
 */
public final class PageSession {

	private static final Pattern SECRET = Pattern.compile("id=\"secret\">([A-Z2-7]+)<");

	private static final Pattern RECOVERY = Pattern.compile("<code>([a-z2-9]{5}-[a-z2-9]{5})</code>");

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final String base;

	private String csrf;

	private PageSession(int port) {
		this.base = "http://127.0.0.1:" + port;
	}

	/**
	 * A session signed in as the person, ready to post forms. A person with a second
	 * factor answers it with their {@link AuthenticatorApp}'s next code; a person who
	 * must enrol one first enrols on the page, and their app keeps the secret.
	 */
	public static PageSession signIn(int port, String email, String password) {
		return signIn(port, email, password, Clock.systemUTC());
	}

	/** The same, on a server whose clock is the given one. */
	public static PageSession signIn(int port, String email, String password, Clock clock) {
		PageSession session = new PageSession(port);
		session.get("/login");
		Page signedIn = session.post("/login", Map.of("username", email, "password", password));
		if (signedIn.status() != 302 || signedIn.location().contains("error")) {
			throw new IllegalStateException("Sign-in failed: " + signedIn.status() + " " + signedIn.location());
		}
		if (signedIn.location().endsWith("/login/second-factor")) {
			session.answerSecondFactor(email, clock);
		}
		else if (signedIn.location().endsWith("/account/mfa")) {
			session.enrolSecondFactor(email, clock);
		}
		session.get("/clients");
		return session;
	}

	private void answerSecondFactor(String email, Clock clock) {
		AuthenticatorApp app = AuthenticatorApp.of(email)
			.orElseThrow(() -> new IllegalStateException("No authenticator app for " + email));
		get("/login/second-factor");
		Page answer = post("/login/second-factor", Map.of("code", app.nextCode(clock)));
		if (answer.status() != 302 || !answer.location().equals("/")) {
			throw new IllegalStateException("Second factor refused: " + answer.status() + " " + answer.location());
		}
	}

	/** Enrols on the page as a person would, keeping the secret and recovery codes. */
	public List<String> enrolSecondFactor(String email, Clock clock) {
		Page page = get("/account/mfa");
		Matcher secret = SECRET.matcher(page.body());
		if (!secret.find()) {
			throw new IllegalStateException("No secret on the enrolment page: " + page.status());
		}
		AuthenticatorApp app = AuthenticatorApp.enrol(email, secret.group(1));
		Page codes = post("/account/mfa/confirm", Map.of("code", app.currentCode(clock)));
		List<String> recovery = RECOVERY.matcher(codes.body()).results().map((m) -> m.group(1)).toList();
		if (recovery.size() != 10) {
			throw new IllegalStateException("Enrolment refused: " + codes.status());
		}
		app.keep(recovery);
		return recovery;
	}

	/** A session with no account, as a client on a personal link. */
	public static PageSession anonymous(int port) {
		return new PageSession(port);
	}

	public Page get(String path) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path)).GET());
	}

	/**
	 * The body of a download, such as a PDF, as bytes.
	 * @throws IllegalStateException unless the server answers 200
	 */
	public byte[] download(String path) {
		try {
			HttpResponse<byte[]> response = this.http.send(
					HttpRequest.newBuilder(URI.create(this.base + path)).GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
			if (response.statusCode() != 200) {
				throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
			}
			return response.body();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Posts the form with the CSRF token of the last page read. */
	public Page post(String path, Map<String, String> fields) {
		Map<String, String> form = new LinkedHashMap<>(fields);
		if (this.csrf != null) {
			form.put("_csrf", this.csrf);
		}
		String body = form.entrySet()
			.stream()
			.map((e) -> encode(e.getKey()) + "=" + encode(e.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	private Page send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = this.http.send(request.build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			Page page = new Page(response.statusCode(), response.headers().firstValue("Location").orElse(""),
					response.body());
			Matcher token = CSRF.matcher(page.body());
			if (token.find()) {
				this.csrf = token.group(1);
			}
			return page;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** A page as the server sent it. */
	public record Page(int status, String location, String body) {

		/**
		 * The message shown beside the field, or an empty string when there is none.
		 */
		public String errorBeside(String field) {
			Matcher message = Pattern.compile("id=\"error-" + Pattern.quote(field) + "\"[^>]*>([^<]*)<")
				.matcher(this.body);
			return message.find() ? message.group(1) : "";
		}

	}

}
