package org.alliance.insight;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.alliance.insight.internal.CsvParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

/**
 * CSV as RFC 4180 defines it, with R's {@code read.csv} conventions for missing values
 * and column types.
 */
class CsvReadingTests {

	private static DataTable parse(String csv) {
		return new DataTable(CsvParser.parse(csv.getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void readsQuotedAndUnquotedCellsWithEscapedQuotesAndCrlf() {
		DataTable table = parse("\"name\",\"score\"\r\n\"O'Brien, \"\"Pat\"\"\",\"3.5\"\r\nLee,4\r\n");
		assertThat(table.columnNames()).containsExactly("name", "score");
		assertThat(((TextColumn) table.column("name")).value(0)).isEqualTo("O'Brien, \"Pat\"");
		assertThat(((NumericColumn) table.column("score")).values()).containsExactly(3.5, 4.0);
	}

	@Test
	void treatsEmptyCellsAndNaAsMissing() {
		DataTable table = parse("a,b\n1,x\nNA,\n,NA\n");
		assertThat(table.column("a").isMissing(1)).isTrue();
		assertThat(table.column("a").isMissing(2)).isTrue();
		assertThat(table.column("b")).isInstanceOf(TextColumn.class);
		assertThat(table.column("b").isMissing(1)).isTrue();
		assertThat(table.column("b").isMissing(2)).isTrue();
	}

	@Test
	void makesAColumnTextAsSoonAsOneCellIsNotANumber() {
		DataTable table = parse("id\n1\n2\nthree\n2\n");
		TextColumn id = (TextColumn) table.column("id");
		assertThat(id.dictionary()).containsExactly("1", "2", "three");
		assertThat(id.codes()).containsExactly(0, 1, 2, 1);
	}

	@Test
	void readsNumbersExactlyAsJavaDoes() {
		qt().forAll(doubles().any()).assuming(Double::isFinite).checkAssert((value) -> {
			DataTable table = parse("x\n" + value + "\n" + String.format("%.6f", value) + "\n");
			double[] read = ((NumericColumn) table.column("x")).values();
			assertThat(read[0]).isEqualTo(value);
			assertThat(read[1]).isEqualTo(Double.parseDouble(String.format("%.6f", value)));
		});
	}

	@Test
	void skipsBlankLinesAndReadsAFinalLineWithoutNewline() {
		DataTable table = parse("a,b\n1,2\n\n3,4");
		assertThat(table.rowCount()).isEqualTo(2);
	}

	@Test
	void namesTheLineWithTheWrongNumberOfFields() {
		assertThatThrownBy(() -> parse("a,b\n1,2\n3\n")).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("line 3");
		assertThatThrownBy(() -> parse("a,b\n\"1,2\n")).hasMessageContaining("unclosed quote");
		assertThatThrownBy(() -> parse("")).hasMessageContaining("empty");
	}

	@Test
	void reportsAnUnreadableFile(@TempDir Path directory) {
		assertThatThrownBy(() -> DataTable.readCsv(directory.resolve("absent.csv")))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("absent.csv");
	}

	@Test
	void readsOnlyTheRequestedColumnsButNamesEveryColumnWhenOneIsMissing(@TempDir Path directory) throws IOException {
		Path file = directory.resolve("wide.csv");
		Files.writeString(file, "id,score,note\n1,2.5,x\n2,3.5,y\n");
		DataTable table = DataTable.readCsv(file, java.util.List.of("score", "weight"));
		assertThat(table.columnNames()).containsExactly("score");
		assertThatThrownBy(() -> table.column("weight")).hasMessageContaining("id, score, note");
	}

	@Test
	void readsAFileWithAByteOrderMark(@TempDir Path directory) throws IOException {
		Path file = directory.resolve("bom.csv");
		Files.write(file, ("\uFEFFscore\n1\n").getBytes(StandardCharsets.UTF_8));
		assertThat(DataTable.readCsv(file).columnNames()).containsExactly("score");
	}

}
