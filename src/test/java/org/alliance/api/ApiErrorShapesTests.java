package org.alliance.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.alliance.ServerOnH2;
import org.alliance.TestClinic;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every way a request to the API can be malformed, sent to every API route the
 * application maps (read from its own mappings, so a new route is walked without a change
 * here): path variables of the wrong form or with broken percent-encoding, bad query
 * values, a missing body, a body of another media type or a multipart one, broken JSON, a
 * method the route does not take, an Accept the API cannot answer, TRACE, an oversized
 * header. Sent over raw sockets, so that nothing in the client tidies the request. Every
 * answer from 400 up must be an RFC 9457 problem document, and none a 5xx.
 */
class ApiErrorShapesTests extends ServerOnH2 {

	private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");

	private static final List<String> BAD_IDS = List.of("not-a-uuid", "%C3%28", "%ZZ", "1".repeat(300), "%20", "..%3B",
			"00000000-0000-0000-0000-00000000000g");

	private static final List<String> BAD_QUERIES = List.of("?days=abc", "?days=-1", "?days=99999999999",
			"?language=%FF", "?show=%ZZ", "?kind=%00", "?therapist=not-a-uuid", "?limit=1e9", "?days=");

	private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void everyRefusalOfEveryApiRouteIsAProblemDocument() {
		TestClinic clinic = newClinic();
		String token = clinic.therapist().token();
		Map<String, Set<String>> routes = apiRoutes();
		assertThat(routes).containsKeys("/api/v1/clients", "/api/v1/clients/{id}", "/api/v1/signals/overdue");
		List<Probe> probes = new ArrayList<>();
		routes.forEach((pattern, methods) -> {
			String good = pattern.replaceAll("\\{\\w+}", "01a25200-b3b4-7000-9de7-1313e5a3c2da");
			for (String variable : variables(pattern)) {
				for (String bad : BAD_IDS) {
					String path = pattern.replace("{" + variable + "}", bad)
						.replaceAll("\\{\\w+}", "01a25200-b3b4-7000-9de7-1313e5a3c2da");
					methods.forEach((method) -> probes.add(Probe.of(method, path, token)));
				}
			}
			for (String query : BAD_QUERIES) {
				methods.forEach((method) -> probes.add(Probe.of(method, good + query, token)));
			}
			for (String method : METHODS) {
				if (!methods.contains(method)) {
					probes.add(Probe.of(method, good, token));
				}
			}
			probes.add(Probe.of("TRACE", good, token));
			for (String method : methods) {
				probes.add(Probe.of(method, good, token).withHeader("Accept", "application/xml"));
				probes.add(Probe.of(method, good, token).withHeader("X-Padding", "p".repeat(20_000)));
				if (!method.equals("GET")) {
					probes.addAll(bodies(method, good, token));
				}
			}
		});
		List<String> failures = new ArrayList<>();
		Set<String> refusals = new TreeSet<>();
		for (Probe probe : probes) {
			Answer answer = send(probe);
			if (answer.status() >= 500) {
				failures.add(answer.status() + " for " + probe);
			}
			else if (answer.status() >= 400 && !answer.contentType().startsWith("application/problem+json")) {
				failures.add(answer.status() + " " + answer.contentType() + " for " + probe);
			}
			if (answer.status() >= 400) {
				refusals.add(String.valueOf(answer.status()));
			}
		}
		assertThat(failures).isEmpty();
		assertThat(refusals).contains("400", "404", "405", "406", "415");
	}

	private static List<Probe> bodies(String method, String path, String token) {
		List<Probe> probes = new ArrayList<>();
		probes.add(Probe.of(method, path, token));
		probes.add(Probe.of(method, path, token).withBody("application/json", ""));
		probes.add(Probe.of(method, path, token).withBody("application/json", "{"));
		probes.add(Probe.of(method, path, token).withBody("application/json", "null"));
		probes.add(Probe.of(method, path, token).withBody("application/json", "[]"));
		probes.add(Probe.of(method, path, token).withBody("application/json", "\"text\""));
		probes.add(Probe.of(method, path, token).withBody("application/json", "{\"a\":1}x"));
		probes.add(Probe.of(method, path, token).withBody("application/json; charset=bogus", "{}"));
		probes.add(Probe.of(method, path, token).withBody("application/json; charset=utf-16", "{}"));
		probes.add(Probe.of(method, path, token).withBody("text/plain", "{}"));
		probes.add(Probe.of(method, path, token).withBody("application/xml", "<a/>"));
		probes.add(Probe.of(method, path, token).withBody("application/x-www-form-urlencoded", "a=1&b=%ZZ"));
		probes.add(Probe.of(method, path, token)
			.withBody("multipart/form-data; boundary=XyZ",
					"--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.json\"\r\n"
							+ "Content-Type: application/json\r\n\r\n{}\r\n--XyZ--\r\n"));
		probes.add(Probe.of(method, path, token).withBody("multipart/form-data", "no boundary"));
		probes.add(Probe.of(method, path, token).withBody("*/*", "{}"));
		probes.add(Probe.of(method, path, token).withBody("application/json", "\u00ff\u00fe{}"));
		return probes;
	}

	private Map<String, Set<String>> apiRoutes() {
		Map<String, Set<String>> routes = new LinkedHashMap<>();
		this.mappings.getHandlerMethods().forEach((info, method) -> {
			if (!AnnotatedElementUtils.hasAnnotation(method.getBeanType(), RestController.class)) {
				return;
			}
			for (String pattern : info.getPatternValues()) {
				if (pattern.startsWith("/api/")) {
					Set<String> methods = routes.computeIfAbsent(pattern, (p) -> new LinkedHashSet<>());
					info.getMethodsCondition().getMethods().forEach((verb) -> methods.add(verb.name()));
					if (info.getMethodsCondition().getMethods().isEmpty()) {
						methods.add(RequestMethod.GET.name());
					}
				}
			}
		});
		return routes;
	}

	private static List<String> variables(String pattern) {
		List<String> variables = new ArrayList<>();
		Matcher matcher = VARIABLE.matcher(pattern);
		while (matcher.find()) {
			variables.add(matcher.group(1));
		}
		return variables;
	}

	private Answer send(Probe probe) {
		StringBuilder request = new StringBuilder(probe.method() + " " + probe.path() + " HTTP/1.1\r\n");
		request.append("Host: 127.0.0.1:").append(this.port).append("\r\nConnection: close\r\n");
		request.append("Authorization: Bearer ").append(probe.token()).append("\r\n");
		probe.headers().forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
		byte[] body = (probe.body() != null) ? probe.body().getBytes(StandardCharsets.ISO_8859_1) : null;
		if (body != null) {
			request.append("Content-Type: ").append(probe.contentType()).append("\r\n");
			request.append("Content-Length: ").append(body.length).append("\r\n");
		}
		request.append("\r\n");
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(20_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
			if (body != null) {
				out.write(body);
			}
			out.flush();
			return Answer.parse(socket.getInputStream());
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not send " + probe, ex);
		}
	}

	private record Probe(String method, String path, String token, Map<String, String> headers, String contentType,
			String body) {

		static Probe of(String method, String path, String token) {
			return new Probe(method, path, token, Map.of(), null, null);
		}

		Probe withHeader(String name, String value) {
			Map<String, String> more = new LinkedHashMap<>(this.headers);
			more.put(name, value);
			return new Probe(this.method, this.path, this.token, more, this.contentType, this.body);
		}

		Probe withBody(String type, String text) {
			return new Probe(this.method, this.path, this.token, this.headers, type, text);
		}

		@Override
		public String toString() {
			String shownPath = (this.path.length() > 120) ? this.path.substring(0, 120) + "…" : this.path;
			StringBuilder text = new StringBuilder(this.method + " " + shownPath);
			this.headers.forEach((name, value) -> text.append(" [")
				.append(name)
				.append(": ")
				.append((value.length() > 40) ? value.length() + " chars" : value)
				.append(']'));
			if (this.body != null) {
				text.append(" [")
					.append(this.contentType)
					.append("] ")
					.append((this.body.length() > 40) ? this.body.substring(0, 40) + "…" : this.body);
			}
			return text.toString();
		}

	}

	private record Answer(int status, String contentType) {

		static Answer parse(InputStream in) throws IOException {
			String head = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
			int end = head.indexOf("\r\n\r\n");
			if (end < 0) {
				return new Answer(0, "no answer: " + head);
			}
			String[] lines = head.substring(0, end).split("\r\n");
			int status = Integer.parseInt(lines[0].split(" ")[1]);
			String type = "";
			for (String line : lines) {
				if (line.toLowerCase(Locale.ROOT).startsWith("content-type:")) {
					type = line.substring(line.indexOf(':') + 1).trim();
				}
			}
			return new Answer(status, type);
		}

	}

}
