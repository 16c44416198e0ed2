package org.alliance.signal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The steps that work a signal: a rupture's are the four repair steps of the founding
 * text's illustration, in its order and wording; a risk answer's start with reaching the
 * client; a client not on track is worked by sharing the progress measure and the
 * clinical support tools; a client at risk of dropping out by talking about attending,
 * checking the alliance and agreeing the next appointment.
 */
class SignalStepTests {

	@Test
	void namesTheFourStepsOfTheIllustrationInOrder() {
		assertThat(SignalStep.forKind("rupture")).extracting(SignalStep::wording)
			.containsExactly("Acknowledge the Rupture and Validate the Struggle", "Collaboratively Explore the Barrier",
					"Re-negotiate Goals and Tasks", "Reinforce the Bond through Congruence");
	}

	@Test
	void aClientNotOnTrackIsWorkedByTheFeedbackSystemsStepsNotByRepairOrRiskSteps() {
		assertThat(SignalStep.forKind("not-on-track")).containsExactly(SignalStep.DISCUSSED_PROGRESS,
				SignalStep.CHECKED_ALLIANCE, SignalStep.REVIEWED_TREATMENT_PLAN, SignalStep.CONSIDERED_MORE_SUPPORT);
		assertThat(SignalStep.of("not-on-track", "reviewed-treatment-plan")).isPresent();
		assertThat(SignalStep.REVIEWED_TREATMENT_PLAN.noteRequired()).isTrue();
		assertThat(SignalStep.of("not-on-track", "acknowledge-and-validate")).isEmpty();
		assertThat(SignalStep.of("not-on-track", "contacted-client")).isEmpty();
		assertThat(SignalStep.of("rupture", "discussed-progress")).isEmpty();
		assertThat(SignalStep.of("perception-gap", "checked-alliance")).isEmpty();
		assertThat(SignalStep.forKind("perception-gap")).isEqualTo(SignalStep.forKind("rupture"));
	}

	@Test
	void aClientAtRiskOfDroppingOutIsWorkedByTheStepsThatKeepClientsInTherapy() {
		assertThat(SignalStep.forKind("dropout-risk")).containsExactly(SignalStep.DISCUSSED_ATTENDANCE,
				SignalStep.CHECKED_ALLIANCE, SignalStep.AGREED_NEXT_APPOINTMENT);
		assertThat(SignalStep.forKind("dropout-risk")).extracting(SignalStep::code)
			.containsExactly("discussed-attendance", "checked-alliance", "agreed-next-appointment");
		assertThat(SignalStep.AGREED_NEXT_APPOINTMENT.noteRequired()).isTrue();
		assertThat(SignalStep.of("dropout-risk", "explore-barrier")).isEmpty();
		assertThat(SignalStep.of("dropout-risk", "reviewed-treatment-plan")).isEmpty();
		assertThat(SignalStep.of("not-on-track", "discussed-attendance")).isEmpty();
		assertThat(SignalStep.of("rupture", "agreed-next-appointment")).isEmpty();
		// Checking the alliance works both; the other kinds keep their steps.
		assertThat(SignalStep.of("not-on-track", "checked-alliance")).isPresent();
		assertThat(SignalStep.forKind("not-on-track")).hasSize(4);
		assertThat(SignalStep.forKind("risk")).hasSize(4);
		assertThat(SignalStep.forKind("rupture")).hasSize(4);
	}

	@Test
	void aRiskAnswerIsWorkedByReachingTheClientNotByRepairSteps() {
		assertThat(SignalStep.forKind("risk")).first().isEqualTo(SignalStep.CONTACTED_CLIENT);
		assertThat(SignalStep.of("risk", "acknowledge-and-validate")).isEmpty();
		assertThat(SignalStep.of("rupture", "contacted-client")).isEmpty();
		assertThat(SignalStep.CONTACTED_CLIENT.noteRequired()).isTrue();
	}

}
