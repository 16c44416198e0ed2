package org.alliance.command;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.alliance.command.SetupCommandTests.Run;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ./alliance user duty EMAIL --on|--off} names a therapist or supervisor a duty
 * clinician by the same rule as the people page: never an admin account.
 */
class DutyCommandTests {

	private final Path data = Path.of("target", "test-data", "duty-" + UUID.randomUUID()).toAbsolutePath();

	@Test
	void aTherapistIsNamedDutyClinicianAndTakenOffAnAdminNever() throws IOException {
		Path password = Files.createTempFile("password", ".txt");
		Files.writeString(password, "mauve kettle\n", StandardCharsets.UTF_8);
		assertThat(command("setup", "--clinic", "Riverside Therapy", "--time-zone", "Europe/London", "--admin-email",
				"admin@riverside.test", "--admin-name", "Ana Ruiz", "--admin-password-file", password.toString())
			.exit()).isZero();
		assertThat(
				command("user", "invite", "--email", "t@riverside.test", "--name", "Tess Tran", "--role", "therapist")
					.exit())
			.isZero();

		Run on = command("user", "duty", "t@riverside.test", "--on");
		assertThat(on.exit()).as(on.err()).isZero();
		assertThat(on.out()).contains("t@riverside.test is now a duty clinician.");
		assertThat(command("user", "list", "admin@riverside.test").out())
			.containsPattern("Tess Tran\\s+t@riverside.test\\s+therapist\\+duty\\s+invited");

		Run admin = command("user", "duty", "admin@riverside.test", "--on");
		assertThat(admin.exit()).isEqualTo(1);
		assertThat(admin.err().strip()).startsWith("dutyClinician: Only a therapist or supervisor");
		assertThat(command("user", "duty", "t@riverside.test", "--on", "--off").exit()).isEqualTo(2);

		Run off = command("user", "duty", "t@riverside.test", "--off");
		assertThat(off.out()).contains("t@riverside.test is not a duty clinician.");
		assertThat(command("user", "list", "admin@riverside.test").out()).doesNotContain("+duty");
	}

	private Run command(String... args) {
		List<String> all = new ArrayList<>(List.of(args));
		all.addAll(List.of("--data", this.data.toString()));
		return SetupCommandTests.alliance(all.toArray(String[]::new));
	}

}
