package org.alliance.measure;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.alliance.ApiClient;
import org.alliance.ApiClient.Reply;
import org.alliance.ServerProcess;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An acknowledged (201) response survives {@code kill -9} of the server a moment later,
 * on the embedded H2 database. The server runs as a real process; the test then opens its
 * database file directly, as a restarted server would.
 */
class AcknowledgedResponsesSurviveKillTests {

	private static final String PHQ9 = """
			{"instrument":"phq9","respondent":"client","answers":{"1":1,"2":1,"3":1,"4":1,"5":1,"6":1,"7":1,"8":1,"9":1}}""";

	@Test
	void everyAcknowledgedResponseIsOnDiskAfterKillDashNine() throws Exception {
		Path data = Path.of("target", "test-data", "kill-" + UUID.randomUUID()).toAbsolutePath();
		int port = ServerProcess.freePort();
		Set<String> acknowledged = ConcurrentHashMap.newKeySet();
		try (ServerProcess server = ServerProcess.start("demo", "--port", String.valueOf(port), "--data",
				data.toString(), "--seed", "7", "--therapists", "2", "--clients", "4")) {
			String token = server.awaitLine((line) -> line.contains(" t01@demo.alliance.test "), 180).split("\\s+")[2];
			ApiClient api = new ApiClient(port);
			AtomicBoolean firing = new AtomicBoolean(true);
			ExecutorService senders = Executors.newFixedThreadPool(8);
			for (int i = 0; i < 8; i++) {
				String client = api
					.post("/api/v1/clients", token,
							"{\"pseudonym\":\"kill-test-" + i + "\",\"therapist\":\"t01@demo.alliance.test\"}")
					.id();
				senders.submit(() -> {
					// A session is answered once per measure, so each response gets a
					// session of its own.
					for (int number = 1; firing.get() && number <= 1000; number++) {
						try {
							String session = api
								.post("/api/v1/clients/" + client + "/sessions", token,
										"{\"number\":" + number + ",\"date\":\"" + LocalDate.now()
												+ "\",\"attendance\":\"attended\"}")
								.id();
							Reply reply = api.post("/api/v1/sessions/" + session + "/responses", token, PHQ9,
									UUID.randomUUID().toString());
							if (reply.status() == 201) {
								acknowledged.add(reply.id());
							}
						}
						catch (RuntimeException ex) {
							// The connection died with the server: not acknowledged, so
							// not counted.
						}
					}
				});
			}
			// Kill it mid-stream, once enough responses were acknowledged to mean
			// something.
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
			Thread.sleep(1000);
			while (acknowledged.size() < 150 && System.nanoTime() < deadline) {
				Thread.sleep(100);
			}
			server.kill();
			firing.set(false);
			senders.shutdown();
			senders.awaitTermination(30, TimeUnit.SECONDS);
		}
		assertThat(acknowledged).hasSizeGreaterThan(100);
		assertThat(missing(data, acknowledged)).isEmpty();
	}

	private static List<String> missing(Path data, Set<String> acknowledged) throws Exception {
		Set<String> missing = ConcurrentHashMap.newKeySet();
		// The password the server generated at its first start (issue #7).
		String password = Files.readString(data.resolve("alliance.password")).strip();
		try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("alliance"), "sa", password);
				PreparedStatement query = db.prepareStatement("select count(*) from response where id = ?")) {
			for (String id : acknowledged) {
				query.setObject(1, UUID.fromString(id));
				try (ResultSet rs = query.executeQuery()) {
					rs.next();
					if (rs.getInt(1) != 1) {
						missing.add(id);
					}
				}
			}
		}
		return List.copyOf(missing);
	}

}
