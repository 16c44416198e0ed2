package org.alliance.simulate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CSV cells follow RFC 4180: quoted when they hold a comma, quote or line break, with
 * quotes doubled; free text is always quoted; missing values are empty.
 */
class CsvTableTests {

	@Test
	void quotesCellsThatHoldCommasQuotesOrLineBreaks() {
		CsvTable table = new CsvTable("t.csv", "a", "b", "c").row("plain", "one, two", "say \"hi\"\nthere");
		assertThat(table.text()).isEqualTo("a,b,c\nplain,\"one, two\",\"say \"\"hi\"\"\nthere\"\n");
	}

	@Test
	void alwaysQuotesFreeTextAndLeavesMissingValuesEmpty() {
		CsvTable table = new CsvTable("t.csv", "a", "b", "c").row(new CsvTable.Quoted("Keep going."), null, 3);
		assertThat(table.text()).isEqualTo("a,b,c\n\"Keep going.\",,3\n");
		assertThat(table.rows()).isEqualTo(1);
	}

	@Test
	void writesMeansWithAtMostFourDecimalsAndNoTrailingZeros() {
		assertThat(CsvTable.decimal(4.0)).isEqualTo("4");
		assertThat(CsvTable.decimal(4.5)).isEqualTo("4.5");
		assertThat(CsvTable.decimal(26 / 6.0)).isEqualTo("4.3333");
		assertThat(CsvTable.decimal(28 / 6.0)).isEqualTo("4.6667");
	}

}
