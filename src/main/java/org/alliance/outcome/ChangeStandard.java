package org.alliance.outcome;

import java.util.Optional;

import org.alliance.instrument.Instrument;
import org.alliance.instrument.ReliableChange;

/**
 * How an instrument's definition judges the change between two of its totals, on a scale
 * where higher means more symptoms. A change is reliable by the declared points when the
 * definition gives them (the service's published criterion, as NHS Talking Therapies
 * publish PHQ-9 6 and GAD-7 4), otherwise by the Jacobson &amp; Truax index. The index is
 * computed from the reference SD and the reliability when the definition gives both;
 * otherwise it is the change in units of the {@code S_diff} the declared points stand for
 * ({@code points / 1.96}), since a reliable-change value in points is the 95% bound
 * {@code 1.96·S_diff}; then {@code |RC| ≥ 1.96} exactly when the change reaches the
 * points. The clinical cutoff is the definition's (at or above it a client is a case),
 * else the preferred cutoff of the norms ({@link ClinicalCutoffs#preferred()}).
 *
 * @param instrument the instrument's code
 * @param reliablePoints the least reliable change in points, or null
 * @param differenceStandardError {@code S_diff} from the SD and reliability, or null
 * @param cutoffs the Jacobson &amp; Truax cutoffs the norms allow, never null
 * @param clinicalCutoff the cutoff the verdict uses, or null when there is none
 */
public record ChangeStandard(String instrument, Double reliablePoints, Double differenceStandardError,
		ClinicalCutoffs cutoffs, Double clinicalCutoff) {

	public ChangeStandard {
		if (reliablePoints == null && differenceStandardError == null) {
			throw new IllegalArgumentException(instrument + ": a reliable change needs points or an S_diff");
		}
	}

	/**
	 * The standard the instrument's definition gives.
	 * @param instrument a definition
	 * @return the standard, or empty when the definition says nothing of reliable change
	 */
	public static Optional<ChangeStandard> of(Instrument instrument) {
		ReliableChange change = instrument.reliableChange();
		if (change == null || (change.reliableChangePoints() == null && !change.hasIndexParameters())) {
			return Optional.empty();
		}
		Double sDiff = change.hasIndexParameters()
				? JacobsonTruax.differenceStandardError(change.sd(), change.reliability()) : null;
		ClinicalCutoffs cutoffs = ClinicalCutoffs.of(instrument.norms());
		Double cutoff = (instrument.clinicalCutoff() != null) ? instrument.clinicalCutoff() : cutoffs.preferred();
		return Optional
			.of(new ChangeStandard(instrument.code(), change.reliableChangePoints(), sDiff, cutoffs, cutoff));
	}

	/**
	 * What decides reliability.
	 * @return points when declared, else the index
	 */
	public ChangeCriterion criterion() {
		return (this.reliablePoints != null) ? ChangeCriterion.POINTS : ChangeCriterion.INDEX;
	}

	/**
	 * Judges the change from the first to the last score.
	 * @param first the first total of the episode
	 * @param last the last total
	 * @return never null
	 */
	public InstrumentChange judge(double first, double last) {
		double sDiff = (this.differenceStandardError != null) ? this.differenceStandardError
				: this.reliablePoints / JacobsonTruax.CRITICAL_INDEX;
		double index = JacobsonTruax.index(first, last, sDiff);
		return new InstrumentChange(this.instrument, first, last, index, criterion(), verdict(first, last),
				this.clinicalCutoff);
	}

	/** Reliably lower (better), by the criterion. */
	boolean reliableDrop(double first, double last) {
		return (this.reliablePoints != null) ? first - last >= this.reliablePoints
				: JacobsonTruax.index(first, last, this.differenceStandardError) < -JacobsonTruax.CRITICAL_INDEX;
	}

	/** Reliably higher (worse), by the criterion. */
	boolean reliableRise(double first, double last) {
		return (this.reliablePoints != null) ? last - first >= this.reliablePoints
				: JacobsonTruax.index(first, last, this.differenceStandardError) > JacobsonTruax.CRITICAL_INDEX;
	}

	/** Whether a score is on the clinical side of the cutoff (at or above it). */
	boolean clinical(double score) {
		return this.clinicalCutoff != null && score >= this.clinicalCutoff;
	}

	private ChangeVerdict verdict(double first, double last) {
		if (reliableDrop(first, last)) {
			return (clinical(first) && !clinical(last)) ? ChangeVerdict.RECOVERED : ChangeVerdict.IMPROVED;
		}
		return reliableRise(first, last) ? ChangeVerdict.DETERIORATED : ChangeVerdict.UNCHANGED;
	}

}
