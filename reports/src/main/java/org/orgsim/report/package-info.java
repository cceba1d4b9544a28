/**
 * Human-readable renderings of results: the terminal summary ({@link org.orgsim.report.TerminalSummary})
 * and the HTML report with its charts ({@link org.orgsim.report.ReportWriter}, reading a results
 * directory through {@link org.orgsim.report.ResultsDirectory}), in English or Dutch. Depends on the
 * engine's results, never the other way round.
 */
package org.orgsim.report;
