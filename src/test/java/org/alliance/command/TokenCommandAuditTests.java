package org.alliance.command;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import org.alliance.PageSession;
import org.alliance.ServerOnH2;
import org.alliance.TestClinic;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tokens made and revoked at the host's command line are account events like those made
 * on the pages: each is audited as done by {@code command-line}, in the person's clinic,
 * naming the token, and the clinic's account audit page lists them. The command runs as
 * the running server runs it for {@code ./alliance token} (see {@link TokenPort}).
 */
class TokenCommandAuditTests extends ServerOnH2 {

	@Test
	void tokensCreatedAndRevokedAtTheCommandLineAreAuditedAndListedOnTheAuditPage() {
		TestClinic clinic = newClinic();
		String email = clinic.otherTherapist().email();

		String fixture = ids(email).get(0);
		String created = run("create", "--user", email);
		assertThat(created).startsWith("alc_");
		String id = newest(email, List.of(fixture));
		assertThat(entries("TOKEN_CREATED", id))
			.containsExactly(Map.of("actor", "command-line", "clinic", clinic.id().toString(), "type", "api-token"));

		run("revoke", id);
		assertThat(entries("TOKEN_REVOKED", id))
			.containsExactly(Map.of("actor", "command-line", "clinic", clinic.id().toString(), "type", "api-token"));
		// Revoking a revoked token changes nothing, and so records nothing.
		run("revoke", id);
		assertThat(entries("TOKEN_REVOKED", id)).hasSize(1);

		run("create", "--user", email);
		String second = newest(email, List.of(fixture, id));
		run("revoke", "--all", "--user", email);
		assertThat(entries("TOKEN_REVOKED", second)).hasSize(1);
		assertThat(entries("TOKEN_REVOKED", fixture)).hasSize(1);

		PageSession admin = PageSession.signIn(this.port, clinic.admin().email(), TestClinic.PASSWORD);
		String page = admin.get("/admin/audit").body();
		String events = page.substring(page.indexOf("<tbody>"));
		assertThat(events).contains("token created", "token revoked", "command-line",
				clinic.otherTherapist().account().displayName() + " (" + email + ")");
	}

	private String run(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		CommandLine cli = new CommandLine(new TokenCommand(this.tokens));
		cli.setOut(new PrintWriter(out));
		cli.setErr(new PrintWriter(err));
		assertThat(cli.execute(args)).as(err.toString()).isZero();
		return out.toString();
	}

	private List<String> ids(String email) {
		return this.tokens.list(email).stream().map((t) -> t.id()).toList();
	}

	/** The one token of the account not among those known before. */
	private String newest(String email, List<String> known) {
		List<String> added = ids(email).stream().filter((t) -> !known.contains(t)).toList();
		assertThat(added).hasSize(1);
		return added.get(0);
	}

	private List<Map<String, String>> entries(String action, String tokenId) {
		return this.jdbc.query("""
				select actor, clinic_id, resource_type from audit_event where action = ? and resource_id = ?
				order by id""",
				(rs, i) -> Map.of("actor", rs.getString(1), "clinic", rs.getString(2), "type", rs.getString(3)), action,
				tokenId);
	}

}
