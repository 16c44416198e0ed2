package org.alliance.insight;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Cronbach's alpha against psych's {@code bfi} reference in DESIGN.md.
 */
class CronbachAlphaTests {

	static Path bfi() {
		try {
			return Path.of(CronbachAlphaTests.class.getResource("/insight/bfi-agreeableness.csv").toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static final List<String> AGREEABLENESS = List.of("A1", "A2", "A3", "A4", "A5");

	@Test
	void agreeablenessWithA1ReversedMatchesThePublishedAlphaOnCompleteRows() {
		CronbachAlpha.Result result = CronbachAlpha.of(DataTable.readCsv(bfi()), AGREEABLENESS, Set.of("A1"), 1, 6);
		assertThat(result.alpha()).isCloseTo(0.7037558944, within(1e-9));
		assertThat(result.completeRows()).isEqualTo(2709);
		assertThat(result.droppedRows()).isEqualTo(91);
	}

	@Test
	void droppingTheReversedItemRaisesAlphaBecauseItFitsTheScaleWorst() {
		CronbachAlpha.Result result = CronbachAlpha.of(DataTable.readCsv(bfi()), AGREEABLENESS, Set.of("A1"), 1, 6);
		CronbachAlpha.ItemStatistics a1 = result.items().get(0);
		assertThat(a1.reversed()).isTrue();
		assertThat(a1.alphaIfDropped()).isGreaterThan(result.alpha());
		assertThat(result.items().subList(1, 5))
			.allSatisfy((item) -> assertThat(item.alphaIfDropped()).isLessThan(result.alpha()));
	}

	@Test
	void alphaIfDroppedEqualsAlphaOfTheRemainingItems() {
		DataTable data = DataTable.readCsv(bfi());
		CronbachAlpha.Result all = CronbachAlpha.of(data, AGREEABLENESS, Set.of("A1"), 1, 6);
		// alpha if dropped uses the scale's listwise rows, so compare on those rows only
		double dropped = all.items().get(2).alphaIfDropped();
		CronbachAlpha.Result rest = CronbachAlpha.of(completeRows(data), List.of("A1", "A2", "A4", "A5"), Set.of("A1"),
				1, 6);
		assertThat(dropped).isCloseTo(rest.alpha(), within(1e-12));
	}

	private static DataTable completeRows(DataTable data) {
		List<NumericColumn> columns = AGREEABLENESS.stream().map((name) -> (NumericColumn) data.column(name)).toList();
		int rows = data.rowCount();
		List<double[]> kept = new ArrayList<>();
		for (int row = 0; row < rows; row++) {
			double[] values = new double[columns.size()];
			boolean complete = true;
			for (int c = 0; c < values.length; c++) {
				values[c] = columns.get(c).values()[row];
				complete &= !Double.isNaN(values[c]);
			}
			if (complete) {
				kept.add(values);
			}
		}
		List<Column> result = new ArrayList<>();
		for (int c = 0; c < columns.size(); c++) {
			int index = c;
			result.add(new NumericColumn(AGREEABLENESS.get(c), kept.stream().mapToDouble((v) -> v[index]).toArray()));
		}
		return new DataTable(result);
	}

	@Test
	void refusesAReversedItemOutsideTheScale() {
		assertThatThrownBy(() -> CronbachAlpha.of(DataTable.readCsv(bfi()), List.of("A2", "A3"), Set.of("A1"), 1, 6))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("A1");
	}

	/**
	 * psych 2.2.9 {@code alpha()} on {@code constant-item-alpha.csv} warns "Item = I4 had
	 * no variance and was deleted" and reports raw alpha 0.9675 for I1–I3 (field-cases
	 * README).
	 */
	@Test
	void leavesOutAnItemWithNoVarianceAsPsychDoes() {
		CronbachAlpha.Result result = CronbachAlpha.of(FieldCases.read("constant-item-alpha.csv"),
				List.of("I1", "I2", "I3", "I4"), Set.of(), 1, 6);
		assertThat(result.alpha()).isCloseTo(0.9675, within(5e-5));
		assertThat(result.items()).extracting(CronbachAlpha.ItemStatistics::name).containsExactly("I1", "I2", "I3");
		assertThat(result.constantItems()).containsExactly("I4");
		assertThat(result.warnings()).singleElement().asString().contains("'I4' has no variance");
		assertThat(result.standardizedAlpha()).isFinite();
	}

	@Test
	void refusesAValueOffTheScaleNamingItemAndRow(@TempDir Path directory) throws IOException {
		Path file = directory.resolve("coded.csv");
		Files.writeString(file, "I1,I2,I3\n2,3,2\n4,4,5\n3,99,3\n5,6,5\n1,2,2\n");
		assertThatThrownBy(() -> CronbachAlpha.of(DataTable.readCsv(file), List.of("I1", "I2", "I3"), Set.of(), 1, 6))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("item 'I2' has 99 in row 3 (line 4 of the file), outside the scale 1 to 6")
			.hasMessageContaining("--missing 99");
	}

	/**
	 * A declared missing-value code drops its row (listwise), so the constant-item field
	 * case with one extra row of codes gives psych's 0.9675 again.
	 */
	@Test
	void treatsDeclaredMissingValueCodesAsMissing(@TempDir Path directory) throws IOException {
		Path file = directory.resolve("coded.csv");
		Files.writeString(file, "I1,I2,I3\n2,3,2\n4,4,5\n-9,99,3\n3,3,3\n5,6,5\n1,2,2\n");
		CronbachAlpha.Result result = CronbachAlpha.of(DataTable.readCsv(file), List.of("I1", "I2", "I3"), Set.of(),
				new ResponseScale(1, 6, Set.of(99.0, -9.0)));
		assertThat(result.alpha()).isCloseTo(0.9675, within(5e-5));
		assertThat(result.droppedRows()).isEqualTo(1);
	}

	@Test
	void refusesAMissingValueCodeThatIsAValidResponse() {
		assertThatThrownBy(() -> new ResponseScale(0, 4, Set.of(0.0))).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("missing-value code 0 is a valid response");
	}

}
