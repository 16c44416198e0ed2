package org.alliance.simulate;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SimulationSettingsTests {

	@Test
	void demoIsSixteenTherapistsWithFortyClientsEndingOnTheTwentiethOfNovember() {
		SimulationSettings demo = SimulationSettings.demo();
		assertThat(demo.seed()).isEqualTo(42);
		assertThat(demo.therapists()).isEqualTo(16);
		assertThat(demo.clientsPerTherapist()).isEqualTo(40);
		assertThat(demo.maxSessions()).isEqualTo(16);
		assertThat(demo.censusDate()).isEqualTo(LocalDate.of(2026, 11, 20));
	}

	@Test
	void researchClinicIsLargeEnoughToRecoverTheEffects() {
		SimulationSettings research = SimulationSettings.research(7);
		assertThat(research.seed()).isEqualTo(7);
		assertThat(research.therapists() * research.clientsPerTherapist()).isGreaterThanOrEqualTo(1000);
	}

	@Test
	void refusesAClinicWithoutTherapistsClientsOrRoomForARupture() {
		LocalDate start = LocalDate.of(2026, 1, 5);
		assertThatIllegalArgumentException().isThrownBy(() -> new SimulationSettings(1, 0, 8, start, 16));
		assertThatIllegalArgumentException().isThrownBy(() -> new SimulationSettings(1, 4, 0, start, 16));
		assertThatIllegalArgumentException().isThrownBy(() -> new SimulationSettings(1, 4, 8, start, 2));
		assertThatIllegalArgumentException().isThrownBy(() -> new SimulationSettings(1, 4, 8, null, 16));
	}

}
