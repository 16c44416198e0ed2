package org.alliance.instrument;

import org.alliance.instrument.internal.CatalogLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * A broken definition stops start-up with the file and the rule it breaks, rather than
 * mis-scoring responses silently. Fixtures: {@code src/test/resources/instrument/broken}.
 */
class DefinitionRulesTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			licensed-with-text  | item 1 of a licensed instrument must carry no text
			bands-short         | the bands must run from the lowest to the highest total
			optional-scored     | item 2 counts toward the total, so it must be a required choice item
			undeclared-subscale | item 1 names the undeclared subscale bond
			misspelt            | titel
			other-name          | the file name must be the questionnaire id
			reliability-one     | reliable-change reliability must lie between 0 and 1
			sd-alone            | a reliable-change sd needs its reliability
			norms-unsourced     | norms need their source
			""")
	void refusesABrokenDefinition(String file, String rule) {
		assertThatIllegalStateException()
			.isThrownBy(() -> CatalogLoader.load("classpath*:instrument/broken/" + file + ".json", null))
			.withMessageContaining("Instrument file " + file + ".json is invalid")
			.withMessageContaining(rule);
	}

}
