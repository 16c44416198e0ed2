package org.alliance.simulate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulator is a function of its settings: benchmarks and validations rerun on the
 * same clinic only if the same seed writes the same bytes.
 */
class DeterminismTests {

	private static final List<String> FILES = List.of("therapists.csv", "clients.csv", "sessions.csv", "responses.csv",
			"alliance.csv", "alliance_scores.csv", "truth_ruptures.csv", "truth_dropouts.csv", "truth_therapists.csv",
			"README.txt");

	@TempDir
	Path temp;

	@Test
	void sameSeedWritesByteIdenticalFiles() throws IOException {
		Map<String, byte[]> first = write(SimulationSettings.demo(), "first");
		Map<String, byte[]> second = write(SimulationSettings.demo(), "second");
		assertThat(first.keySet()).containsExactlyElementsOf(FILES);
		first.forEach((name, bytes) -> assertThat(second.get(name)).as(name).isEqualTo(bytes));
	}

	@Test
	void differentSeedWritesDifferentData() throws IOException {
		SimulationSettings demo = SimulationSettings.demo();
		SimulationSettings other = new SimulationSettings(43, demo.therapists(), demo.clientsPerTherapist(),
				demo.firstIntake(), demo.maxSessions());
		Map<String, byte[]> first = write(demo, "first");
		Map<String, byte[]> second = write(other, "second");
		assertThat(second.get("responses.csv")).isNotEqualTo(first.get("responses.csv"));
		assertThat(second.get("sessions.csv")).isNotEqualTo(first.get("sessions.csv"));
	}

	@Test
	void sameSeedGivesEqualClinics() {
		assertThat(ClinicSimulator.simulate(SimulationSettings.research(7)))
			.isEqualTo(ClinicSimulator.simulate(SimulationSettings.research(7)));
	}

	private Map<String, byte[]> write(SimulationSettings settings, String folder) throws IOException {
		Path directory = this.temp.resolve(folder);
		ClinicCsvWriter.write(ClinicSimulator.simulate(settings), directory);
		Map<String, byte[]> files = new LinkedHashMap<>();
		for (String name : FILES) {
			files.put(name, Files.readAllBytes(directory.resolve(name)));
		}
		return files;
	}

}
