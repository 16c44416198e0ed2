/**
 * Internals of the statistics engine: CSV parsing, formula parsing, model frames, the
 * penalised least-squares systems and the optimiser. Not for use outside
 * {@code org.alliance.insight}.
 */
package org.alliance.insight.internal;
