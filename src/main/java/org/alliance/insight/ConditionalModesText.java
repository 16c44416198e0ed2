package org.alliance.insight;

import java.util.Locale;

/**
 * Prints conditional modes as lme4's {@code ranef(fit, condVar = TRUE)} lists them: per
 * grouping factor, one row per level, with each mode's conditional standard deviation.
 */
final class ConditionalModesText {

	private ConditionalModesText() {
	}

	static String of(ModelFit fit) {
		StringBuilder out = new StringBuilder("\nConditional modes (BLUPs) with conditional SDs:\n");
		for (ConditionalModes modes : fit.conditionalModes()) {
			out.append("$").append(modes.group()).append('\n');
			out.append(String.format(Locale.ROOT, "%-12s", "level"));
			for (String name : modes.names()) {
				out.append(String.format(Locale.ROOT, " %14s %12s", name, "condSD"));
			}
			out.append('\n');
			for (int level = 0; level < modes.levels().size(); level++) {
				out.append(String.format(Locale.ROOT, "%-12s", modes.levels().get(level)));
				for (int c = 0; c < modes.names().size(); c++) {
					out.append(String.format(Locale.ROOT, " %14.6f %12.6f", modes.value(level, c),
							Math.sqrt(modes.conditionalVariance(level, c))));
				}
				out.append('\n');
			}
		}
		return out.toString();
	}

}
