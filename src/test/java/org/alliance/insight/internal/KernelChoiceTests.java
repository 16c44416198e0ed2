package org.alliance.insight.internal;

import java.net.URISyntaxException;
import java.nio.file.Path;

import org.alliance.insight.DataTable;
import org.alliance.insight.Formula;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The blocked system chooses the kernel for its rest by the measured cost of the
 * envelope: dense when a second factor is crossed with the first (every lecturer shares
 * students with most others), the envelope kernel when the rest is nested in the first
 * factor or small.
 */
class KernelChoiceTests {

	private static BlockedSystem system(String file, String formula) throws URISyntaxException {
		Path path = Path.of(KernelChoiceTests.class.getResource("/insight/" + file).toURI());
		Formula parsed = Formula.parse(formula);
		return new BlockedSystem(ModelFrameBuilder.build(DataTable.readCsv(path, parsed.variables()), parsed));
	}

	@ParameterizedTest
	@CsvSource(delimiter = ';',
			value = { "crossed-small.csv; y ~ 1 + service + (1|s) + (1|d) + (1|dept); true",
					"crossed-small.csv; y ~ 1 + service + x + (1 + x|s) + (1|d); true",
					"crossed-small.csv; y ~ 1 + service + (1|s) + (1|dept); false",
					"pastes.csv; strength ~ 1 + (1|batch/cask); false",
					"penicillin.csv; diameter ~ 1 + (1|plate) + (1|sample); false" })
	void densePathForCrossedFactorsEnvelopeOtherwise(String file, String formula, boolean dense)
			throws URISyntaxException {
		assertThat(system(file, formula).usesDenseKernel()).isEqualTo(dense);
	}

}
