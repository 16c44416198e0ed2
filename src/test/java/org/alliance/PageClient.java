package org.alliance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Uses the pages over a real port as a browser would: a cookie jar, the CSRF token of the
 * last page, redirects not followed so that each answer can be looked at. Also sends raw
 * requests with a forged {@code Host} header, which Java's HTTP client refuses to set.
 */
public final class PageClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final int port;

	private final CookieManager cookies = new CookieManager();

	private final HttpClient http;

	private String csrf;

	public PageClient(int port) {
		this.port = port;
		this.http = HttpClient.newBuilder()
			.cookieHandler(this.cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	public Page get(String path) {
		return remember(send(HttpRequest.newBuilder(uri(path)).GET()));
	}

	/** Posts a form with the CSRF token of the last page read. */
	public Page post(String path, Map<String, String> form) {
		Map<String, String> fields = new LinkedHashMap<>(form);
		fields.put("_csrf", this.csrf);
		return remember(send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(encode(fields)))));
	}

	/** Opens the sign-in page and posts the form; the answer is the form's redirect. */
	public Page signIn(String email, String password) {
		get("/login");
		return post("/login", Map.of("username", email, "password", password));
	}

	/**
	 * A request with the given {@code Host} header, this client's cookies and, for a
	 * form, its CSRF token; over a plain socket with HTTP/1.0, so the answer ends when
	 * the server closes.
	 */
	public Page forged(String method, String path, String host, Map<String, String> headers, String body) {
		StringBuilder request = new StringBuilder(
				method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n");
		String cookie = this.cookies.getCookieStore()
			.get(uri("/"))
			.stream()
			.map(HttpCookie::toString)
			.collect(Collectors.joining("; "));
		if (!cookie.isEmpty()) {
			request.append("Cookie: ").append(cookie).append("\r\n");
		}
		headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
		byte[] content = (body != null) ? body.getBytes(StandardCharsets.UTF_8) : new byte[0];
		if (body != null) {
			request.append("Content-Length: ").append(content.length).append("\r\n");
		}
		request.append("\r\n");
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			OutputStream out = socket.getOutputStream();
			out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
			out.write(content);
			out.flush();
			return parse(socket.getInputStream().readAllBytes());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The value of a cookie this client holds, if it holds one by that name. */
	public Optional<String> cookie(String name) {
		return this.cookies.getCookieStore()
			.get(uri("/"))
			.stream()
			.filter((cookie) -> cookie.getName().equals(name))
			.map(HttpCookie::getValue)
			.findFirst();
	}

	/**
	 * Gives this client a cookie, as a browser that kept it from an earlier visit would.
	 */
	public void keepCookie(String name, String value) {
		HttpCookie cookie = new HttpCookie(name, value);
		cookie.setPath("/");
		cookie.setVersion(0);
		this.cookies.getCookieStore().add(uri("/"), cookie);
	}

	/** A form body with this client's CSRF token, for {@link #forged}. */
	public String formWithCsrf(Map<String, String> form) {
		Map<String, String> fields = new LinkedHashMap<>(form);
		fields.put("_csrf", this.csrf);
		return encode(fields);
	}

	private Page remember(Page page) {
		Matcher matcher = CSRF.matcher(page.body());
		if (matcher.find()) {
			this.csrf = matcher.group(1);
		}
		return page;
	}

	private Page send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			Map<String, List<String>> headers = new LinkedHashMap<>();
			response.headers().map().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
			return new Page(response.statusCode(), headers, response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static Page parse(byte[] raw) {
		String text = new String(raw, StandardCharsets.UTF_8);
		int end = text.indexOf("\r\n\r\n");
		String[] lines = text.substring(0, end).split("\r\n");
		int status = Integer.parseInt(lines[0].split(" ")[1]);
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			headers
				.computeIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), (k) -> new ArrayList<>())
				.add(lines[i].substring(colon + 1).trim());
		}
		String body = text.substring(end + 4);
		boolean chunked = headers.getOrDefault("transfer-encoding", List.of()).contains("chunked");
		return new Page(status, headers, chunked ? unchunk(body) : body);
	}

	private static String unchunk(String chunked) {
		StringBuilder body = new StringBuilder();
		int at = 0;
		while (true) {
			int lineEnd = chunked.indexOf("\r\n", at);
			int size = Integer.parseInt(chunked.substring(at, lineEnd).split(";")[0].trim(), 16);
			if (size == 0) {
				return body.toString();
			}
			body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
			at = lineEnd + 2 + size + 2;
		}
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	private static String encode(Map<String, String> fields) {
		return fields.entrySet()
			.stream()
			.map((e) -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	/** An answer: status, headers by lower-case name, body. */
	public record Page(int status, Map<String, List<String>> headers, String body) {

		public Optional<String> header(String name) {
			return Optional.ofNullable(this.headers.get(name.toLowerCase(Locale.ROOT))).map((values) -> values.get(0));
		}

		public String location() {
			return header("Location").orElse("");
		}

	}

}
