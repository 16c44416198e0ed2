package org.alliance.insight;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code Inf}, {@code -Inf} and {@code NaN} in any numeric column a command uses are
 * refused, naming column and row: lme4 refuses them in a model ("NA/NaN/Inf in 'y'"), and
 * in a scale they are export errors, never scores. An empty cell or {@code NA} stays a
 * missing value.
 */
class NonFiniteValueTests {

	@TempDir
	Path directory;

	private DataTable csv(String text) throws IOException {
		Path file = this.directory.resolve("data.csv");
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return DataTable.readCsv(file);
	}

	private static ModelFit fit(DataTable data, String formula) {
		return MixedModel.fit(data, Formula.parse(formula), Criterion.REML);
	}

	@Test
	void refusesAnInfiniteOutcomeNamingColumnAndRow() {
		assertThatThrownBy(() -> fit(FieldCases.read("infinite-outcome.csv"), "y ~ x + (1|g)"))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("column 'y' has -Inf in row 2 (line 3 of the file)")
			.hasMessageContaining("NA/NaN/Inf in 'y'");
	}

	@Test
	void refusesANonFinitePredictorOrGroupingColumn() throws IOException {
		String header = "y,x,g\n";
		String rows = "1.2,0,1\n2.0,1,1\n1.1,0,2\n1.9,1,2\n0.8,0,3\n";
		assertThatThrownBy(() -> fit(csv(header + rows + "2.2,NaN,3\n"), "y ~ x + (1|g)"))
			.hasMessageContaining("column 'x' has NaN in row 6 (line 7 of the file)");
		assertThatThrownBy(() -> fit(csv(header + rows + "2.2,1,Inf\n"), "y ~ x + (1|g)"))
			.hasMessageContaining("column 'g' has Inf in row 6 (line 7 of the file)");
		assertThatThrownBy(() -> fit(csv(header + rows + "1e999,1,3\n"), "y ~ x + (1|g)"))
			.hasMessageContaining("column 'y' has 1e999 in row 6");
	}

	@Test
	void keepsEmptyAndNaCellsAsMissingValuesThatDropTheirRow() throws IOException {
		DataTable data = csv("y,x,g\n1.2,0,1\n2.0,1,1\n1.1,,2\n1.9,1,2\n0.8,0,3\n2.2,NA,3\n2.5,1,3\n1.0,0,1\n");
		assertThat(data.firstNonFinite("x")).isEmpty();
		assertThat(fit(data, "y ~ x + (1|g)").droppedRows()).isEqualTo(2);
	}

	@Test
	void findsInfinityInATableBuiltInMemory() {
		DataTable data = new DataTable(List.of(new NumericColumn("score", new double[] { 1, Double.NaN, -1 / 0.0 })));
		assertThat(data.firstNonFinite("score")).hasValueSatisfying((cell) -> {
			assertThat(cell.row()).isEqualTo(2);
			assertThat(cell.describe()).isEqualTo("-Inf in row 3");
		});
	}

	@Test
	void refusesANonFiniteItemNamingItemAndRow() {
		assertThatThrownBy(() -> CronbachAlpha.of(FieldCases.read("infinite-item-alpha.csv"), List.of("I1", "I2", "I3"),
				Set.of(), 1, 6))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("item 'I3' has Inf in row 3 (line 4 of the file)");
	}

}
