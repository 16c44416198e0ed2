package org.alliance.simulate;

import java.util.List;

/**
 * Answers to alliance-check item 8, "What would make our next session more helpful?".
 * Clients answer it now and then, and more often, in a negative tone, after a rupture.
 */
final class OpenAnswers {

	private static final List<String> USUAL = List.of("Keep going like today.",
			"More time on the exercises we planned.", "I'd like to talk about work next time.",
			"Could we look back at my goals?", "Today helped, thank you.", "A bit more structure, please.",
			"Start with how my week went.");

	private static final List<String> STRAINED = List.of("I felt you didn't really listen today.",
			"The homework doesn't feel useful to me.", "I'm not sure where we are heading.",
			"Less time on the past, more on what I can do now.", "I felt rushed, and a bit judged.",
			"We keep doing things that don't fit my life.");

	private OpenAnswers() {
	}

	static String draw(RandomDraws draws, boolean rupture, double level) {
		if (rupture) {
			return draws.chance(0.7) ? draws.pick(STRAINED) : null;
		}
		if (!draws.chance(0.2)) {
			return null;
		}
		boolean strained = level < 3.6 && draws.chance(0.5);
		return draws.pick(strained ? STRAINED : USUAL);
	}

}
