package org.alliance.insight;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.alliance.insight.internal.CsvParser;
import org.alliance.insight.internal.ModelFrame;
import org.alliance.insight.internal.ModelFrameBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Model matrices follow R's {@code model.matrix} with treatment contrasts (see
 * {@code ?contr.treatment} and {@code ?formula}): the first level in sorted order is the
 * reference, a factor without a margin in the model gets one column per level, and rows
 * with a missing model variable are dropped as by {@code na.omit}.
 */
class ModelFrameTests {

	private static DataTable table(String csv) {
		return new DataTable(CsvParser.parse(csv.getBytes(StandardCharsets.UTF_8)));
	}

	private static final String CSV = """
			y,dose,arm,site,g
			1.5,1,placebo,north,a
			2.5,2,drug,south,a
			3.0,3,drug,north,b
			NA,4,placebo,south,b
			4.5,5,control,north,c
			5.0,,drug,south,c
			""";

	@Test
	void codesATextColumnByTreatmentContrastsAgainstTheFirstSortedLevel() {
		ModelFrame frame = ModelFrameBuilder.build(table(CSV), Formula.parse("y ~ arm + dose + (1|g)"));
		assertThat(frame.fixedNames()).containsExactly("(Intercept)", "armdrug", "armplacebo", "dose");
	}

	@Test
	void givesEveryLevelAColumnWithoutIntercept() {
		ModelFrame frame = ModelFrameBuilder.build(table(CSV), Formula.parse("y ~ 0 + arm + (1|g)"));
		assertThat(frame.fixedNames()).containsExactly("armcontrol", "armdrug", "armplacebo");
	}

	@Test
	void namesInteractionColumnsWithTheFirstFactorVaryingFastest() {
		ModelFrame frame = ModelFrameBuilder.build(table(CSV), Formula.parse("y ~ arm * site + (1|g)"));
		assertThat(frame.fixedNames()).containsExactly("(Intercept)", "armdrug", "armplacebo", "sitesouth",
				"armdrug:sitesouth", "armplacebo:sitesouth");
	}

	@Test
	void dropsRowsWithAMissingModelVariableOnly() {
		ModelFrame frame = ModelFrameBuilder.build(table(CSV), Formula.parse("y ~ dose + (1|g)"));
		assertThat(frame.rows()).isEqualTo(4);
		assertThat(frame.droppedRows()).isEqualTo(2);
		ModelFrame withoutDose = ModelFrameBuilder.build(table(CSV), Formula.parse("y ~ arm + (1|g)"));
		assertThat(withoutDose.rows()).isEqualTo(5);
	}

	@Test
	void treatsANumericGroupingColumnAsAFactorWithNumericallySortedLevels() {
		ModelFrame frame = ModelFrameBuilder.build(table(CSV), Formula.parse("y ~ 1 + (1|dose)"));
		assertThat(frame.terms().get(0).levels()).containsExactly("1", "2", "3", "5");
	}

	@Test
	void ordersRandomTermsByDecreasingNumberOfLevelsAsLme4Does() {
		ModelFrame frame = ModelFrameBuilder.build(table(CSV), Formula.parse("y ~ 1 + (1|site) + (1|g)"));
		assertThat(frame.terms()).extracting((term) -> term.group()).containsExactly("g", "site");
	}

	@Test
	void namesTheMissingColumnAndTheOnesPresent() {
		assertThatThrownBy(() -> ModelFrameBuilder.build(table(CSV), Formula.parse("y ~ weight + (1|g)")))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("'weight'")
			.hasMessageContaining("dose");
	}

	@Test
	void refusesARankDeficientFixedEffectsDesignNamingTheColumn() {
		String csv = "y,a,b,g\n1,1,2,x\n2,2,4,x\n3,3,6,y\n5,4,8,y\n";
		assertThatThrownBy(() -> MixedModel.fit(table(csv), Formula.parse("y ~ a + b + (1|g)"), Criterion.REML))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("'b'");
	}

	@Test
	void refusesATextResponse() {
		assertThatThrownBy(() -> ModelFrameBuilder.build(table(CSV), Formula.parse("arm ~ dose + (1|g)")))
			.hasMessageContaining("must be numeric");
	}

	@Test
	void keepsColumnsInFileOrder() {
		assertThat(table(CSV).columnNames()).isEqualTo(List.of("y", "dose", "arm", "site", "g"));
	}

}
