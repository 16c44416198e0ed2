package org.alliance.insight;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

import org.alliance.insight.internal.BlockedSystem;
import org.alliance.insight.internal.BoundedNelderMead;
import org.alliance.insight.internal.FiniteDifferences;
import org.alliance.insight.internal.FixedEffectsRank;
import org.alliance.insight.internal.GradientDifferences;
import org.alliance.insight.internal.Identifiability;
import org.alliance.insight.internal.MemoizedSystem;
import org.alliance.insight.internal.ModelFrame;
import org.alliance.insight.internal.ModelFrameBuilder;
import org.alliance.insight.internal.PenalizedSystem;
import org.alliance.insight.internal.ProfiledDeviance;
import org.alliance.insight.internal.RelativeCovariance;
import org.alliance.insight.internal.SatterthwaiteDf;
import org.alliance.insight.internal.Solution;
import org.alliance.insight.internal.SparseSystem;
import org.alliance.insight.internal.ThetaOptimizer;

/**
 * Fits linear mixed models by minimising the profiled REML criterion or deviance over θ
 * (Bates et al. 2015). See the package documentation for the method.
 */
public final class MixedModel {

	/** How the penalised system is factored. */
	public enum Solver {

		/**
		 * Block elimination when the design allows, otherwise general sparse Cholesky.
		 */
		AUTOMATIC,

		/** Block elimination over the largest grouping factor. */
		BLOCKED,

		/** General sparse Cholesky (EJML) of the whole system. */
		SPARSE

	}

	private MixedModel() {
	}

	/**
	 * Fits a model by REML or ML.
	 * @param data the data
	 * @param formula the model
	 * @param criterion REML or ML
	 * @return the fit, never null
	 * @throws InvalidInputException for a missing column or a model the data cannot
	 * support
	 */
	public static ModelFit fit(DataTable data, Formula formula, Criterion criterion) {
		return fit(data, formula, criterion, Solver.AUTOMATIC, FitListener.SILENT);
	}

	/**
	 * Fits a model, choosing the solver and hearing progress.
	 * @param data the data
	 * @param formula the model
	 * @param criterion REML or ML
	 * @param solver how to factor the penalised system
	 * @param listener hears progress
	 * @return the fit, never null
	 */
	public static ModelFit fit(DataTable data, Formula formula, Criterion criterion, Solver solver,
			FitListener listener) {
		listener.progress("preparing the model frame", 0, Double.NaN);
		ModelFrame frame = ModelFrameBuilder.build(data, formula);
		if (frame.rows() <= frame.fixedCount()) {
			throw new InvalidInputException(
					"only " + frame.rows() + " complete rows for " + frame.fixedCount() + " fixed effects");
		}
		FixedEffectsRank.check(frame);
		Identifiability.check(frame);
		listener.progress("computing cross products", 0, Double.NaN);
		PenalizedSystem system = system(frame, solver);
		ProfiledDeviance deviance = new ProfiledDeviance(system, frame.rows(), frame.fixedCount(), criterion);
		RelativeCovariance covariance = new RelativeCovariance(frame.terms());
		int[] count = { 0 };
		ToDoubleFunction<double[]> objective = (theta) -> {
			double value = deviance.at(theta);
			listener.progress("optimising", ++count[0], value);
			return value;
		};
		GradientDifferences[] stencil = new GradientDifferences[1];
		ThetaOptimizer.Gradient gradient = system.differentiable() ? new ThetaOptimizer.Gradient() {
			@Override
			public double valueAndGradient(double[] theta, double[] g) {
				double value = deviance.at(theta, g);
				listener.progress("optimising", ++count[0], value);
				return value;
			}

			@Override
			public FiniteDifferences differences(double[] theta, double[] lower) {
				stencil[0] = GradientDifferences.at(system, deviance, criterion, theta, lower);
				count[0] += (stencil[0] == null) ? 0 : 1 + 2 * stencil[0].interior().length;
				return (stencil[0] == null) ? null : stencil[0].derivatives();
			}
		} : null;
		double[] lower = covariance.lowerBounds();
		ThetaOptimizer.Optimum optimum = ThetaOptimizer.minimize(objective, gradient, covariance.start(), lower,
				covariance.scales(frame.terms()));
		BoundedNelderMead.Result result = optimum.result();
		Convergence convergence = ConvergenceCheck.of(optimum, count[0]);
		Solution solution = system.solve(result.point());
		listener.progress("computing Satterthwaite degrees of freedom", count[0], result.value());
		double sigma = Math.sqrt(solution.factorization().penalizedRss() / deviance.degreesOfFreedom());
		SatterthwaiteDf satterthwaite = new SatterthwaiteDf(system, frame.rows(), frame.fixedCount(), criterion);
		SatterthwaiteDf.Estimate df = (stencil[0] != null
				&& java.util.Arrays.equals(stencil[0].theta(), result.point()))
						? satterthwaite.compute(stencil[0], sigma) : null;
		if (df == null) {
			df = satterthwaite.compute(result.point(), sigma, lower);
		}
		listener.progress("summarising", count[0], result.value());
		return new ModelFitAssembly(frame, formula, criterion, covariance, deviance).assemble(result, solution,
				convergence, df.df(), warnings(frame, df));
	}

	/**
	 * What the user must know about a fit that is not an optimiser's note: terms the data
	 * cannot split, and variance-parameter directions left out of the df.
	 */
	private static List<String> warnings(ModelFrame frame, SatterthwaiteDf.Estimate df) {
		List<String> warnings = new ArrayList<>(Identifiability.warnings(frame));
		if (df.unidentified() > 0) {
			warnings.add("the Hessian of the criterion over the variance parameters has " + df.unidentified()
					+ " eigenvalue(s) that are not clearly positive, so some of those parameters are not identified;"
					+ " the Satterthwaite df use its generalised inverse, as lmerTest does");
		}
		return warnings;
	}

	private static PenalizedSystem system(ModelFrame frame, Solver solver) {
		boolean blocked = switch (solver) {
			case BLOCKED -> true;
			case SPARSE -> false;
			case AUTOMATIC -> BlockedSystem.suits(frame);
		};
		return new MemoizedSystem(blocked ? new BlockedSystem(frame) : new SparseSystem(frame));
	}

}
