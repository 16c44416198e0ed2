/**
 * The {@code ./alliance} command line: serve, demo, simulate, token, the analysis
 * commands and the benchmarks.
 */
package org.alliance.command;
