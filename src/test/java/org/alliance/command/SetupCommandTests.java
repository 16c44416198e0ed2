package org.alliance.command;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.alliance.ServerProcess;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first run of an installation, on an empty embedded database (and, by
 * {@link PostgresSetupCommandTests}, an empty PostgreSQL one): {@code setup} creates the
 * clinic and its admin once, by the password policy, {@code clinic create|list} add and
 * list more, {@code user invite} prints a link, and {@code serve} and {@code demo} refuse
 * a database they must not run on, each with one clear line and a non-zero exit.
 */
class SetupCommandTests {

	private static final String TWELVE = "mauve kettle";

	private final Path data = Path.of("target", "test-data", "setup-" + UUID.randomUUID()).toAbsolutePath();

	@Test
	void setupRefusesPasswordsByThePolicyThenCreatesTheClinicOnceAndClinicCreateAddsAnother() throws IOException {
		// The last: the clinic's own name (OWASP ASVS 5.0 6.2.11), case and spaces aside.
		for (String refused : List.of("mauve kettl", "x".repeat(129), "passwordpassword", "RiversideTherapy")) {
			Run run = setup("Riverside Therapy", "admin@riverside.test", refused);
			assertThat(run.exit()).as(run.err()).isEqualTo(1);
			assertThat(run.err().strip()).startsWith("--admin-password: ").endsWith("Nothing was created.");
			assertThat(run.err().lines()).hasSize(1);
		}
		Run badZone = command("setup", "--clinic", "Riverside Therapy", "--time-zone", "Europe/Londres",
				"--admin-email", "admin@riverside.test", "--admin-name", "Ana Ruiz", "--admin-password-file",
				passwordFile(TWELVE));
		assertThat(badZone.err()).startsWith("--time-zone: ");
		Run reversed = command("setup", "--clinic", "Riverside Therapy", "--time-zone", "Europe/London",
				"--admin-email", "admin@riverside.test", "--admin-name", "\u202Ezuir ana", "--admin-password-file",
				passwordFile(TWELVE));
		assertThat(reversed.exit()).isEqualTo(1);
		assertThat(reversed.err()).startsWith("--admin-name: ");

		Run created = setup("Riverside Therapy", "admin@riverside.test", TWELVE);
		assertThat(created.exit()).as(created.err()).isZero();
		assertThat(created.out()).contains("./alliance serve", "/admin/users", "alliance.key",
				"back it up apart from the database");

		Run again = setup("Another Clinic", "other@riverside.test", TWELVE);
		assertThat(again.exit()).isEqualTo(1);
		assertThat(again.err().strip()).contains("already holds a clinic", "./alliance clinic create");
		assertThat(again.err().lines()).hasSize(1);

		String longest = "river otter lantern ".repeat(7).substring(0, 128);
		Run second = command("clinic", "create", "--clinic", "Hillside Counselling", "--time-zone", "America/New_York",
				"--languages", "en", "--crisis-phone", "+1 555 010 0000", "--admin-email", "admin@hillside.test",
				"--admin-name", "Bo Lee", "--admin-password-file", passwordFile(longest));
		assertThat(second.exit()).as(second.err()).isZero();
		assertThat(second.out()).contains("alliance.key", "back it up apart from the database");

		Run listed = command("clinic", "list");
		assertThat(listed.out()).containsPattern("Riverside Therapy\\s+Europe/London\\s+en,es\\s+1\\s+-")
			.containsPattern("Hillside Counselling\\s+America/New_York\\s+en\\s+1\\s+-");

		Run ambiguous = command("user", "invite", "--email", "t@riverside.test", "--name", "Tess Tran", "--role",
				"therapist");
		assertThat(ambiguous.exit()).isEqualTo(1);
		assertThat(ambiguous.err()).contains("--clinic-id");
		String riverside = listed.out()
			.lines()
			.filter((l) -> l.contains("Riverside"))
			.findFirst()
			.orElseThrow()
			.split("\\s+")[0];
		Run invited = command("user", "invite", "--email", "t@riverside.test", "--name", "Tess Tran", "--role",
				"therapist", "--clinic-id", riverside);
		assertThat(invited.exit()).as(invited.err()).isZero();
		assertThat(invited.out().strip()).matches("http://127\\.0\\.0\\.1:8080/invitations/[A-Za-z0-9_-]{43}");
		assertThat(invited.err()).contains("t@riverside.test", "shown only now");

		Run sameName = command("user", "invite", "--email", "u@riverside.test", "--name", "ANA  RUIZ", "--role",
				"therapist", "--clinic-id", riverside);
		assertThat(sameName.exit()).isEqualTo(1);
		assertThat(sameName.err()).contains("displayName: ", "already");

		Run disabled = command("user", "disable", "t@riverside.test");
		assertThat(disabled.exit()).as(disabled.err()).isZero();
		Run users = command("user", "list", "admin@riverside.test");
		assertThat(users.out()).containsPattern("Tess Tran\\s+t@riverside.test\\s+therapist\\s+disabled")
			.containsPattern("Ana Ruiz\\s+admin@riverside.test\\s+admin\\s+active");
		Run lastAdmin = command("user", "disable", "admin@riverside.test");
		assertThat(lastAdmin.exit()).isEqualTo(1);
		assertThat(lastAdmin.err()).contains("last active admin");
	}

	@Test
	void serveRefusesADatabaseWithoutAClinicAndSaysHowToSetOneUp() throws IOException {
		Run served = command("serve", "--port", String.valueOf(ServerProcess.freePort()));
		assertThat(served.exit()).isEqualTo(1);
		assertThat(served.err().strip()).contains("no clinic", "./alliance setup");
		assertThat(served.err().strip().lines()).hasSize(1);
	}

	@Test
	void demoRefusesADatabaseThatHoldsAClinicItDidNotSeed() throws IOException {
		assertThat(setup("Riverside Therapy", "admin-" + UUID.randomUUID() + "@riverside.test", TWELVE).exit())
			.isZero();
		Run demo = command("demo", "--port", String.valueOf(ServerProcess.freePort()));
		assertThat(demo.exit()).isEqualTo(1);
		assertThat(demo.err().strip()).contains("did not seed");
		assertThat(demo.out()).doesNotContain("Seeding");
	}

	private Run setup(String clinic, String email, String password) throws IOException {
		return command("setup", "--clinic", clinic, "--time-zone", "Europe/London", "--admin-email", email,
				"--admin-name", "Ana Ruiz", "--admin-password-file", passwordFile(password));
	}

	String passwordFile(String password) throws IOException {
		Path file = Files.createTempFile("password", ".txt");
		// As an editor saves it: the line ending is not part of the password.
		Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
		return file.toString();
	}

	/** Runs the command on this test's database: its options follow the arguments. */
	Run command(String... args) {
		List<String> all = new ArrayList<>(List.of(args));
		all.addAll(database());
		return alliance(all.toArray(String[]::new));
	}

	/**
	 * The options that name the database, the same for every command: here an empty
	 * folder for the embedded database.
	 */
	List<String> database() {
		return List.of("--data", this.data.toString());
	}

	/** Runs the command as given, its output captured. */
	static Run alliance(String... args) {
		PrintStream out = System.out;
		PrintStream err = System.err;
		ByteArrayOutputStream captured = new ByteArrayOutputStream();
		ByteArrayOutputStream capturedErr = new ByteArrayOutputStream();
		System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
		System.setErr(new PrintStream(capturedErr, true, StandardCharsets.UTF_8));
		try {
			int exit = AllianceCommand.execute(args);
			return new Run(exit, captured.toString(StandardCharsets.UTF_8),
					capturedErr.toString(StandardCharsets.UTF_8));
		}
		finally {
			System.setOut(out);
			System.setErr(err);
		}
	}

	record Run(int exit, String out, String err) {
	}

}
