/**
 * Statistics engine: linear mixed models written as lme4 formulas, Cronbach's alpha, and
 * the {@code lmm}, {@code alpha} and {@code lmm-bench} commands.
 *
 * <h2>Why the model code is hand-written</h2> No maintained Java library fits linear
 * mixed models: Apache Commons Math and Hipparchus stop at least squares and generic
 * optimisers, Smile and Tribuo have no REML, and the mature implementations (R's lme4,
 * Julia's MixedModels.jl) are not callable from the JVM. The matrix kernels that have a
 * library equivalent use EJML (sparse Cholesky in {@code SparseSystem}, dense triangular
 * inverses and SPD solves); the model code around them is ours.
 *
 * <h2>Method</h2> As in Bates, Mächler, Bolker &amp; Walker (2015), "Fitting Linear
 * Mixed-Effects Models Using lme4", <i>Journal of Statistical Software</i> 67(1):
 * <ol>
 * <li>The model is {@code y = Xβ + Zb + ε} with {@code b = Λ_θ u}, {@code u ~ N(0, σ²I)}
 * and {@code ε ~ N(0, σ²I)}. {@code Λ_θ} is block diagonal: each random-effects term
 * contributes a lower-triangular template {@code T} (θ holds its elements column by
 * column, diagonal ≥ 0) repeated once per level of its grouping factor.</li>
 * <li>For a given θ, β and the conditional modes û solve the penalised least-squares
 * system with matrix {@code [Λ'Z'ZΛ + I, Λ'Z'X; X'ZΛ, X'X]}. We factor the augmented
 * matrix that also holds the response, so that one Cholesky factor yields
 * {@code log|L_θ|²}, {@code log|R_X|²} and, as its last diagonal element squared, the
 * penalised residual sum of squares {@code r²_θ}.</li>
 * <li>β and σ are profiled out, leaving the profiled deviance (ML)
 * {@code log|L|² + n(1 + log(2πr²/n))} or REML criterion
 * {@code log|L|² + log|R_X|² + (n−p)(1 + log(2πr²/(n−p)))}, minimised over θ
 * ({@code ThetaOptimizer}): a trust-region quasi-Newton search on the exact gradient of
 * the criterion where the blocked system gives it (finite differences otherwise), with a
 * bounded Nelder-Mead simplex and Newton steps as the fallback when its scaled gradient
 * is not small. lme4's start (identity templates) and bounds are used.</li>
 * <li>At the optimum: σ² = r²/n (ML) or r²/(n−p) (REML); cov(β) = σ²(R_X'R_X)^{-1};
 * variance components σ²TT'; conditional modes b = Λû with conditional covariances
 * σ²TVT', V the level's block of {@code (Λ'Z'ZΛ + I)^{-1}} (as lme4's
 * {@code ranef(condVar = TRUE)}); log-likelihood, AIC and BIC as lme4 reports them;
 * lme4's convergence checks (scaled gradient {@code H^{-1}g} below 0.002, singular
 * fits).</li>
 * </ol>
 *
 * <h2>Sparse structure</h2> The sufficient statistics {@code Z'Z}, {@code Z'X},
 * {@code Z'y}, {@code X'X}, {@code X'y}, {@code y'y} are accumulated once, so an
 * evaluation never touches the rows. The grouping factor with the most levels (clients,
 * say) makes the system block diagonal in its levels, each block of the size of its
 * random effects, coupled only to the remaining columns (other factors' random effects,
 * fixed effects, response); {@code BlockedSystem} eliminates the blocks one by one and
 * factors the remaining Schur complement with an envelope (skyline) Cholesky, whose
 * profile stays sparse for nested designs such as clients within therapists. Any design,
 * crossed or nested, can instead go through {@code SparseSystem}, EJML's sparse Cholesky
 * of the whole augmented matrix; tests hold the two to the same optimum.
 *
 * <h2>Crossed factors with many levels</h2> The layout follows Julia's MixedModels.jl
 * (Bates et al., https://github.com/JuliaStats/MixedModels.jl), which stores
 * {@code Λ'Z'ZΛ + I} as blocks chosen per pair of terms and updates a blocked Cholesky
 * factor in place: the largest factor with itself is block diagonal (one small dense
 * block per level, eliminated level by level); its coupling to every other column is kept
 * sparse, per level; the rest (the other factors' random effects, the fixed effects and
 * the response, at most {@code BlockedSystem.MAX_REST} columns) forms one Schur
 * complement. For that last block the kernel is chosen once per model by measured
 * density: the envelope (skyline) Cholesky when the complement stays sparse within its
 * profile (nested designs: clients within therapists), a dense packed Cholesky when a
 * crossed factor fills it in (students × lecturers, where the lecturers' block fills in),
 * since the dense kernel runs a multiply-add several times faster. The cross products are
 * computed once; each θ only rescales them and refactors in place, with no symbolic
 * re-analysis, and the same factor yields the exact gradient of the profiled criterion
 * (Bates et al. 2015, section 3.5; MixedModels.jl's {@code gradient}) for the
 * quasi-Newton search. A model whose rest would exceed the limit goes through
 * {@code SparseSystem} instead. On lme4's InstEval shape this takes the crossed fit from
 * 43 s (general sparse Cholesky, 2.7× slower than lme4) to about 2 s; docs/manual.md's
 * <i>Performance</i> has the side-by-side figures.
 *
 * <h2>Tests of fixed effects</h2> t tests use Satterthwaite's degrees of freedom as
 * lmerTest computes them (Kuznetsova et al. 2017, JSS 82(13)): the asymptotic covariance
 * of {@code (θ, σ)} from the Moore-Penrose inverse of the Hessian of the deviance, and
 * finite-difference gradients of each coefficient's variance ({@code SatterthwaiteDf});
 * the generalised inverse keeps the df defined when some variance parameters are not
 * identified.
 *
 * <h2>Identifiability</h2> Before fitting, lme4's default checks refuse a grouping factor
 * with one level or as many levels as observations and a term with no more observations
 * than random effects; terms whose between-group columns cannot be split are fitted with
 * a warning ({@code Identifiability}).
 *
 * <h2>Not done</h2> Kenward-Roger degrees of freedom. Rank-deficient fixed-effects
 * designs are refused rather than reduced as lme4 does.
 */
package org.alliance.insight;
