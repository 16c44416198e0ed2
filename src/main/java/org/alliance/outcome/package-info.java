/**
 * What becomes of the client's symptoms (the risk answer has a module of its own,
 * {@code safety}): reliable and clinically significant change per episode and instrument
 * (Jacobson &amp; Truax 1991, {@link org.alliance.outcome.ChangeStandard}), with each
 * instrument's reliable-change points, reliability, norms and cutoff read from its
 * definition file; the NHS Talking Therapies categories per episode and the clinic's
 * rates with the manual's denominators
 * ({@link org.alliance.outcome.TalkingTherapiesRules},
 * {@link org.alliance.outcome.TalkingTherapiesRates}); the {@code outcomes} command and
 * the {@code /api/v1/clients/{id}/outcome} and {@code /api/v1/clinic/outcomes} routes;
 * the expected treatment response of Finch, Lambert &amp; Schaalje (2001) with its
 * not-on-track verdict ({@link org.alliance.outcome.ExpectedResponse}, the {@code etr}
 * command), judged by reliable-change rules until a clinic has enough finished episodes,
 * and its not-on-track signal; the dropout risk of an open episode from the clinic's own
 * ridge logistic regression ({@link org.alliance.outcome.DropoutRisk}, the
 * {@code dropout-risk} command), shown on the client page, the brief and the API, raised
 * as a dropout-risk signal ({@link org.alliance.outcome.DropoutRiskScreen}) and inspected
 * by admins on {@code /admin/dropout-model}.
 */
package org.alliance.outcome;
