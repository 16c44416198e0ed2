package org.alliance.instrument.internal;

import org.alliance.instrument.Instrument;
import org.alliance.instrument.Norms;
import org.alliance.instrument.ReliableChange;

/**
 * The rules for the parameters of reliable and clinically significant change: each value
 * within its meaning, pairs complete, and every published figure with its source, so that
 * a reader of the file can check it.
 */
final class ChangeParameterCheck {

	private ChangeParameterCheck() {
	}

	static void check(Instrument instrument) {
		Double cutoff = instrument.clinicalCutoff();
		DefinitionCheck.require(cutoff == null || (cutoff > instrument.totalMin() && cutoff <= instrument.totalMax()),
				"the clinical cutoff must lie above the lowest and at most the highest total");
		checkReliableChange(instrument.reliableChange());
		checkNorms(instrument.norms());
	}

	private static void checkReliableChange(ReliableChange change) {
		if (change == null) {
			return;
		}
		DefinitionCheck.require(change.reliableChangePoints() == null || change.reliableChangePoints() > 0,
				"reliable-change points must be above 0");
		DefinitionCheck.require(change.sd() == null || change.sd() > 0, "reliable-change sd must be above 0");
		// A reliability of 1 would make every change reliable: no error to measure by.
		DefinitionCheck.require(change.reliability() == null || (change.reliability() > 0 && change.reliability() < 1),
				"reliable-change reliability must lie between 0 and 1");
		DefinitionCheck.require(change.sd() == null || change.reliability() != null,
				"a reliable-change sd needs its reliability");
		DefinitionCheck.require(change.source() != null && !change.source().isBlank(),
				"reliable-change needs its source");
	}

	private static void checkNorms(Norms norms) {
		if (norms == null) {
			return;
		}
		DefinitionCheck.require((norms.functionalMean() == null) == (norms.functionalSd() == null),
				"norms functional-mean and functional-sd go together");
		DefinitionCheck.require((norms.dysfunctionalMean() == null) == (norms.dysfunctionalSd() == null),
				"norms dysfunctional-mean and dysfunctional-sd go together");
		DefinitionCheck.require(norms.hasFunctional() || norms.hasDysfunctional(), "norms need at least one sample");
		DefinitionCheck.require(
				(norms.functionalSd() == null || norms.functionalSd() > 0)
						&& (norms.dysfunctionalSd() == null || norms.dysfunctionalSd() > 0),
				"norms SDs must be above 0");
		DefinitionCheck.require(norms.source() != null && !norms.source().isBlank(), "norms need their source");
	}

}
