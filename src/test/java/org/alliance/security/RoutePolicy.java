package org.alliance.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The route × role policy, read from {@code security/route-policy.tsv} as the application
 * ships it.
 */
record RoutePolicy(List<Line> lines) {

	/** The roles the matrix drives, in the file's column order. */
	enum Role {

		ADMIN, SUPERVISOR, SUPERVISOR_ACTING, THERAPIST_OWN, THERAPIST_OTHER, OTHER_CLINIC

	}

	/**
	 * One route's rule.
	 *
	 * @param answers per role: {@code allow}, or the refusal's status
	 */
	record Line(String method, String path, String kind, Map<Role, String> answers, String rule) {

		String key() {
			return this.method + " " + this.path;
		}

		boolean allows(Role role) {
			return "allow".equals(this.answers.get(role));
		}

		boolean write() {
			return !"GET".equals(this.method);
		}

	}

	static RoutePolicy load() {
		try (InputStream in = RoutePolicy.class.getResourceAsStream("/security/route-policy.tsv")) {
			List<Line> lines = new ArrayList<>();
			String[] rows = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
			for (String row : rows) {
				if (row.isBlank() || row.startsWith("#") || row.startsWith("method\t")) {
					continue;
				}
				String[] cells = row.split("\t");
				if (cells.length != 10) {
					throw new IllegalStateException("Not ten columns: " + row);
				}
				Map<Role, String> answers = Arrays.stream(Role.values())
					.collect(Collectors.toMap(Function.identity(), (role) -> cells[3 + role.ordinal()]));
				lines.add(new Line(cells[0], cells[1], cells[2], answers, cells[9]));
			}
			return new RoutePolicy(List.copyOf(lines));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
