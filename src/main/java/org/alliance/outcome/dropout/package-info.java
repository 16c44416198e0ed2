/**
 * Dropout risk: a ridge-penalised logistic regression on a few named features a clinic
 * has by the second or third session, its penalty chosen by cross-validation, with the
 * cross-validated AUC and calibration it earns; and the features themselves, read from an
 * episode's first sessions.
 *
 * <h2>Why the fitting is written here</h2> A library was looked for first, one that fits
 * a penalised logistic regression exactly (the issue holds the ridge path to R's
 * {@code glm} as the penalty goes to 0, to 1e-6) under a licence compatible with
 * Apache-2.0:
 * <ul>
 * <li>Smile is GPL-3.0 from version 3 (LGPL in 2.x); only the 1.5 line of 2019 was
 * Apache-2.0, and it is no longer kept.</li>
 * <li>Tribuo (Apache-2.0) fits logistic regression by stochastic gradient descent:
 * approximate, never glm's optimum to 1e-6.</li>
 * <li>liblinear-java (BSD-3-Clause, kept) minimises {@code ½‖w‖² + C Σ loss} by truncated
 * Newton with a stopping rule relative to the first gradient: no unpenalised fit (C
 * cannot be infinite), and its progress goes to a static output stream shared by the
 * whole JVM.</li>
 * <li>Apache Commons Math and Hipparchus have optimisers and least squares, no GLM.</li>
 * </ul>
 * With at most a dozen features, Newton's method on the penalised log-likelihood is a few
 * lines and reaches the optimum to rounding: each step solves one small symmetric
 * positive-definite system, with EJML's Cholesky (EJML is already the statistics engine's
 * matrix library). {@link org.alliance.outcome.dropout.RidgeLogisticRegression} says what
 * is minimised; {@link org.alliance.outcome.dropout.CrossValidatedRidge} how the penalty
 * is chosen.
 *
 * <h2>Features</h2> Those the stored data hold
 * ({@link org.alliance.outcome.dropout.EarlyCourse}): baseline PHQ-9 and GAD-7, early
 * PHQ-9 change, missed sessions, the client's early alliance and an early rupture. Age,
 * self-referral and weeks waited predict dropout too (Sharf, Primavera &amp; Diener
 * 2010), but Alliance does not record them (a client is a pseudonym with a therapist), so
 * they are left out rather than invented.
 */
package org.alliance.outcome.dropout;
