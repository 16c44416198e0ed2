package org.alliance.safety;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.alliance.ApiClient;
import org.alliance.ApiClient.Reply;
import org.alliance.ClientSignals;
import org.alliance.ServerProcess;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A risk answer acknowledged just before the server died, its signal not yet raised, is
 * raised after the restart without anyone answering again: the server runs as a real
 * process, is killed with {@code kill -9}, and the test leaves its database as such a
 * crash leaves it (the answer stored and marked as awaiting its screen, no signal) before
 * starting it again on the same folder.
 */
class RiskAnswerAcrossACrashTests {

	private static final String RISK_ANSWER = """
			{"instrument":"phq9","respondent":"client","answers":{"1":1,"2":1,"3":1,"4":1,"5":1,"6":1,"7":1,"8":1,"9":2}}""";

	@Test
	void aRiskAnswerWhoseSignalTheCrashLostIsRaisedAfterTheRestart() throws Exception {
		Path data = Path.of("target", "test-data", "crash-" + UUID.randomUUID()).toAbsolutePath();
		int port = ServerProcess.freePort();
		String token;
		String client;
		String response;
		try (ServerProcess server = ServerProcess.start("demo", "--port", String.valueOf(port), "--data",
				data.toString(), "--seed", "7", "--therapists", "2", "--clients", "4")) {
			token = server.awaitLine((line) -> line.contains(" t01@demo.alliance.test "), 180).split("\\s+")[2];
			ApiClient api = new ApiClient(port);
			client = api
				.post("/api/v1/clients", token,
						"{\"pseudonym\":\"crash-test\",\"therapist\":\"t01@demo.alliance.test\"}")
				.id();
			String session = api
				.post("/api/v1/clients/" + client + "/sessions", token,
						"{\"number\":1,\"date\":\"" + LocalDate.now() + "\",\"attendance\":\"attended\"}")
				.id();
			Reply stored = api.post("/api/v1/sessions/" + session + "/responses", token, RISK_ANSWER,
					UUID.randomUUID().toString());
			assertThat(stored.status()).as(stored.body()).isEqualTo(201);
			response = stored.id();
			assertThat(ClientSignals.of(api, token, client, "risk")).hasSize(1);
			server.kill();
		}
		asTheCrashLeftIt(data, UUID.fromString(response));

		try (ServerProcess restarted = ServerProcess.start("serve", "--port", String.valueOf(port), "--data",
				data.toString())) {
			ApiClient api = new ApiClient(port);
			await("the restarted server").atMost(Duration.ofMinutes(2))
				.pollInterval(Duration.ofMillis(200))
				.ignoreExceptions()
				.until(() -> api.get("/actuator/health", null).status() == 200);
			JsonNode raised = ClientSignals.awaitOne(api, token, client, "risk");
			assertThat(raised.get("summary").asString()).startsWith("Risk at session 1 (")
				.contains("\"more than half the days\"");
			restarted.stop();
		}
		assertThat(marks(data)).as("answers still marked once the restarted server re-screened").isZero();
	}

	/**
	 * The answer stored and marked as awaiting the risk screen, as the transaction that
	 * stored it left it, and no signal: the crash came before the screen raised it. The
	 * mark's time is a few minutes back, as the restart comes after the crash.
	 */
	private static void asTheCrashLeftIt(Path data, UUID response) throws Exception {
		try (Connection db = database(data)) {
			try (PreparedStatement delete = db.prepareStatement("delete from signal where source_key = ?")) {
				delete.setString(1, "risk:" + response);
				assertThat(delete.executeUpdate()).isOne();
			}
			try (PreparedStatement mark = db.prepareStatement("""
					insert into response_awaiting_screen (response_id, clinic_id, stored_at)
					select id, clinic_id, ? from response where id = ?""")) {
				mark.setTimestamp(1, Timestamp.from(Instant.now().minus(Duration.ofMinutes(3))));
				mark.setObject(2, response);
				assertThat(mark.executeUpdate()).isOne();
			}
		}
	}

	private static int marks(Path data) throws Exception {
		try (Connection db = database(data);
				ResultSet rs = db.createStatement().executeQuery("select count(*) from response_awaiting_screen")) {
			rs.next();
			return rs.getInt(1);
		}
	}

	private static Connection database(Path data) throws Exception {
		String password = Files.readString(data.resolve("alliance.password")).strip();
		return DriverManager.getConnection("jdbc:h2:file:" + data.resolve("alliance"), "sa", password);
	}

}
