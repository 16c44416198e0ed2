package org.alliance.command;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;

import org.alliance.ApiClient;
import org.alliance.ListeningSockets;
import org.alliance.ServerProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.alliance.command.SetupCommandTests.Run;

import static org.alliance.command.SetupCommandTests.alliance;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The embedded database of a running server (issue #7): no database port, only loopback
 * listeners, owner-only files, and API tokens still managed from the command line through
 * the server. The server is the real {@code ./alliance demo} in a process of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmbeddedDatabaseWhileServingTests {

	private static final String ADMIN = "admin@demo.alliance.test";

	private final Path data = Path.of("target", "test-data", "serving-" + UUID.randomUUID()).toAbsolutePath();

	private ServerProcess server;

	private int port;

	private ApiClient api;

	@BeforeAll
	void startDemo() throws Exception {
		this.port = ServerProcess.freePort();
		// The demo clinic as README describes it (seed 42), so that its day-one inbox is
		// checked too.
		this.server = ServerProcess.start("demo", "--port", String.valueOf(this.port), "--data", this.data.toString());
		this.server.awaitLine((line) -> line.startsWith("admin "), 600);
		this.api = new ApiClient(this.port);
	}

	@AfterAll
	void stopDemo() throws InterruptedException {
		this.server.stop();
	}

	@Test
	void opensNoDatabasePortAndListensOnLoopbackOnly() throws Exception {
		assumeThat(ListeningSockets.readable()).as("Linux /proc").isTrue();
		int adminPort = Integer.parseInt(adminPortFile().getProperty("port"));

		assertThat(ListeningSockets.of(this.server.pid())).containsExactlyInAnyOrder("127.0.0.1:" + this.port,
				"127.0.0.1:" + adminPort);
		// AUTO_SERVER would name its TCP port in a lock file.
		try (Stream<Path> files = Files.list(this.data)) {
			assertThat(files.map((file) -> file.getFileName().toString())).noneMatch((n) -> n.endsWith(".lock.db"));
		}
	}

	@Test
	void keepsTheDataFolderAndEveryFileInItReadableByItsOwnerOnly() throws Exception {
		assumeThat(this.data.getFileSystem().supportedFileAttributeViews()).contains("posix");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(this.data))).isEqualTo("rwx------");
		List<Path> files;
		try (Stream<Path> listed = Files.list(this.data)) {
			files = listed.toList();
		}
		assertThat(files.stream().map((file) -> file.getFileName().toString())).contains("alliance.mv.db",
				"alliance.password", "admin-port");
		for (Path file : files) {
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).as(file.toString())
				.isEqualTo("rw-------");
		}
		assertThat(files.stream().map((file) -> file.getFileName().toString()))
			.noneMatch((name) -> name.endsWith(".trace.db"));
	}

	@Test
	void anotherProcessCannotOpenTheDatabaseWithTheOldAccount() {
		for (String url : List.of("jdbc:h2:file:" + this.data.resolve("alliance"),
				"jdbc:h2:file:" + this.data.resolve("alliance") + ";AUTO_SERVER=TRUE")) {
			assertThatExceptionOfType(SQLException.class)
				.isThrownBy(() -> DriverManager.getConnection(url, "sa", "").close());
		}
	}

	@Test
	void aCommandThatMustOpenTheDatabaseItselfSaysInOneLineThatTheServerHoldsIt() {
		Run listed = alliance("clinic", "list", "--data", this.data.toString());
		assertThat(listed.exit()).isEqualTo(1);
		assertThat(listed.err().strip()).contains("open in a running Alliance server", "stop the server first")
			.doesNotContain("Exception");
		assertThat(listed.err().strip().lines()).hasSize(1);
	}

	@Test
	void tokensAreCreatedListedAndRevokedFromTheCommandLineWhileTheServerRuns() {
		Run created = alliance("token", "create", "--user", ADMIN, "--valid-for", "2d", "--data", this.data.toString());
		assertThat(created.exit()).as(created.err()).isZero();
		String token = created.out().strip();
		assertThat(token).startsWith("alc_");
		assertThat(this.api.get("/api/v1/users", token).status()).isEqualTo(200);

		Run listed = alliance("token", "list", "--user", ADMIN, "--data", this.data.toString());
		assertThat(listed.exit()).as(listed.err()).isZero();
		String id = org.alliance.security.ApiTokens.hash(token).substring(0, 12);
		assertThat(listed.out()).contains(id).doesNotContain(token.substring(4));

		Run revoked = alliance("token", "revoke", id, "--data", this.data.toString());
		assertThat(revoked.exit()).as(revoked.err()).isZero();
		assertThat(this.api.get("/api/v1/clients", token).status()).isEqualTo(401);
		assertThat(alliance("token", "list", "--user", ADMIN, "--data", this.data.toString()).out())
			.containsPattern(id + ".*revoked");
	}

	/**
	 * Issue #8: the demo clinic's open inbox on day one holds no more than two signals
	 * per therapist's ten clients; the older signals were worked through with steps, some
	 * dismissed as false alarms.
	 */
	@Test
	void theDemoInboxOnDayOneHoldsAHandfulOfOpenSignalsAndTheWorkedThroughRest() {
		Run created = alliance("token", "create", "--user", "supervisor@demo.alliance.test", "--data",
				this.data.toString());
		assertThat(created.exit()).as(created.err()).isZero();
		String token = created.out().strip();
		Map<String, Integer> clients = new HashMap<>();
		this.api.get("/api/v1/clients", token)
			.json()
			.forEach((c) -> clients.merge(c.get("therapist").asString(), 1, Integer::sum));
		Map<String, Integer> open = new HashMap<>();
		int worked = 0;
		for (var signal : this.api.get("/api/v1/signals", token).json()) {
			String status = signal.get("status").asString();
			if (status.equals("resolved")) {
				assertThat(signal.get("actions").isEmpty() && signal.get("resolutionReason").isNull()).isFalse();
				worked += signal.get("actions").isEmpty() ? 0 : 1;
			}
			else {
				open.merge(signal.get("therapist").asString(), 1, Integer::sum);
			}
		}
		assertThat(clients).hasSize(org.alliance.simulate.SimulationSettings.DEMO_THERAPISTS);
		assertThat(open.values().stream().mapToInt(Integer::intValue).sum()).isPositive();
		clients.forEach((therapist, count) -> assertThat(open.getOrDefault(therapist, 0) * 10)
			.as("open signals of %s, who has %d clients", therapist, count)
			.isLessThanOrEqualTo(2 * count));
		assertThat(worked).isGreaterThan(10);
		assertThat(this.api.get("/api/v1/signals/false-alarms", token).json().get("rupture").get("falseAlarms").asInt())
			.isPositive();
	}

	/**
	 * Issue #9: the demo clinic has finished enough episodes for its own expected
	 * treatment response, so its clients who were not on track are judged by it, as the
	 * answers came in, and worked through with the progress steps; a client's outcome
	 * carries the band.
	 */
	@Test
	void theDemoClinicJudgesByItsOwnExpectedTreatmentResponseAndWorksNotOnTrackSignals() {
		String token = supervisorToken();
		List<String> steps = new java.util.ArrayList<>();
		String judged = null;
		for (var signal : this.api.get("/api/v1/signals", token).json()) {
			if (signal.get("kind").asString().equals("not-on-track")) {
				assertThat(signal.get("summary").asString()).contains("(by the clinic's expected treatment response)");
				assertThat(signal.get("sessionDate").isNull()).isFalse();
				signal.get("actions").forEach((action) -> steps.add(action.get("step").asString()));
				judged = signal.get("client").asString();
			}
		}
		assertThat(steps).contains("discussed-progress", "checked-alliance");
		var episode = this.api.get("/api/v1/clients/" + judged + "/outcome", token).json().get("episodes").get(0);
		assertThat(episode.get("expected").get("method").asString()).isEqualTo("etr");
		assertThat(episode.get("expected").get("band").size()).isPositive();
	}

	/**
	 * Issue #9: the demo clinic has enough dropouts by session 3 for its dropout model;
	 * clients whose risk reached twice the clinic's dropout rate raised dropout-risk
	 * signals, found as their third sessions took place and worked with the attendance
	 * steps, and an open episode shows its risk with what raises it.
	 */
	@Test
	void theDemoClinicHasADropoutModelAndItsDropoutRiskSignals() {
		String token = supervisorToken();
		List<String> steps = new java.util.ArrayList<>();
		for (var signal : this.api.get("/api/v1/signals", token).json()) {
			if (signal.get("kind").asString().equals("dropout-risk")) {
				assertThat(signal.get("summary").asString()).startsWith("Dropout risk ").contains("by session 3");
				signal.get("actions").forEach((action) -> steps.add(action.get("step").asString()));
			}
		}
		assertThat(steps).contains("discussed-attendance", "agreed-next-appointment");
		boolean anyRisk = false;
		for (var client : this.api.get("/api/v1/clients", token).json()) {
			var episodes = this.api.get("/api/v1/clients/" + client.get("id").asString() + "/outcome", token)
				.json()
				.get("episodes");
			var last = episodes.get(episodes.size() - 1);
			if (last.get("end").isNull() && !last.get("dropoutRisk").isNull()) {
				assertThat(last.get("dropoutRisk").get("method").asString()).isEqualTo("ridge-logistic");
				anyRisk = true;
				break;
			}
		}
		assertThat(anyRisk).as("an open episode with a dropout risk").isTrue();
	}

	private String supervisorToken() {
		Run created = alliance("token", "create", "--user", "supervisor@demo.alliance.test", "--data",
				this.data.toString());
		assertThat(created.exit()).as(created.err()).isZero();
		return created.out().strip();
	}

	@Test
	void demoTokensExpireAfterTheDefaultNinetyDays() {
		Run listed = alliance("token", "list", "--user", "t01@demo.alliance.test", "--data", this.data.toString());
		assertThat(listed.exit()).as(listed.err()).isZero();
		List<String> rows = listed.out().lines().skip(1).toList();
		assertThat(rows).isNotEmpty();
		for (String row : rows) {
			String[] columns = row.trim().split("\\s+");
			// Issue #7: "default 90 days".
			assertThat(Duration.between(Instant.parse(columns[1]), Instant.parse(columns[2])))
				.isEqualTo(Duration.ofDays(90));
		}
	}

	private Properties adminPortFile() throws Exception {
		Properties properties = new Properties();
		properties.load(new java.io.StringReader(Files.readString(this.data.resolve("admin-port"))));
		return properties;
	}

}
