package org.alliance.command;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.alliance.ServerOnH2;
import org.alliance.TestClinic;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code bench-ingest} against a running server, with a few submissions: a session takes
 * one PHQ-9, so the benchmark records a session for each submission and every one is
 * stored (201), one per session. No time is asserted.
 */
class IngestBenchmarkCommandTests extends ServerOnH2 {

	@Test
	void everySubmissionGoesToASessionOfItsOwnAndIsStored() {
		TestClinic clinic = newClinic();
		String output = run("bench-ingest", "--url", "http://127.0.0.1:" + this.port, "--token",
				clinic.therapist().token(), "--therapist", clinic.therapist().email(), "--requests", "12",
				"--concurrency", "1,4", "--warmup", "5");

		assertThat(output).contains("warm-up: 5 submissions")
			.containsPattern("(?m)^1 +12 ")
			.containsPattern("(?m)^4 +12 ");
		String ofClinic = " from response where clinic_id = ?";
		assertThat(this.jdbc.queryForObject("select count(*)" + ofClinic, Integer.class, clinic.id())).isEqualTo(29);
		assertThat(this.jdbc.queryForObject("select count(distinct session_id)" + ofClinic, Integer.class, clinic.id()))
			.isEqualTo(29);
	}

	private static String run(String... args) {
		PrintStream original = System.out;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
		try {
			assertThat(AllianceCommand.execute(args)).isZero();
		}
		finally {
			System.setOut(original);
		}
		return out.toString(StandardCharsets.UTF_8);
	}

}
