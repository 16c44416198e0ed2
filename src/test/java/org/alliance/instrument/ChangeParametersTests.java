package org.alliance.instrument;

import org.alliance.instrument.internal.CatalogLoader;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The parameters of reliable and clinically significant change come from the definition
 * files with their sources: NHS Talking Therapies' reliable-change points and the
 * published reliabilities for PHQ-9 (Kroenke, Spitzer &amp; Williams 2001, alpha .89) and
 * GAD-7 (Spitzer et al. 2006, alpha .92), and the Jacobson &amp; Truax figures of
 * DESIGN.md's worked example in a test fixture
 * ({@code src/test/resources/instrument/jt-example.json}).
 */
class ChangeParametersTests {

	@Test
	void readsPhq9AndGad7ChangeParametersWithTheirSources() {
		ReliableChange phq9 = Instruments.phq9().reliableChange();
		assertThat(phq9.reliableChangePoints()).isEqualTo(6);
		assertThat(phq9.reliability()).isEqualTo(0.89);
		assertThat(phq9.sd()).isNull();
		assertThat(phq9.hasIndexParameters()).isFalse();
		assertThat(phq9.source()).contains("NHS Talking Therapies").contains("Kroenke");
		assertThat(Instruments.phq9().norms()).isNull();

		ReliableChange gad7 = Instruments.gad7().reliableChange();
		assertThat(gad7.reliableChangePoints()).isEqualTo(4);
		assertThat(gad7.reliability()).isEqualTo(0.92);
		assertThat(gad7.source()).contains("NHS Talking Therapies").contains("Spitzer");
	}

	@Test
	void readsTheWorkedExamplesReliabilityAndNorms() {
		Instrument example = CatalogLoader.load("classpath*:instrument/*.json", null).find("jt-example").orElseThrow();
		assertThat(example.reliableChange().sd()).isEqualTo(7.5);
		assertThat(example.reliableChange().reliability()).isEqualTo(0.88);
		assertThat(example.reliableChange().hasIndexParameters()).isTrue();
		assertThat(example.reliableChange().reliableChangePoints()).isNull();
		Norms norms = example.norms();
		assertThat(norms.functionalMean()).isEqualTo(8);
		assertThat(norms.functionalSd()).isEqualTo(6);
		assertThat(norms.dysfunctionalMean()).isEqualTo(30);
		assertThat(norms.dysfunctionalSd()).isEqualTo(7.5);
		assertThat(norms.source()).contains("Jacobson & Truax");
		assertThat(example.totalMax()).isEqualTo(60);
	}

}
