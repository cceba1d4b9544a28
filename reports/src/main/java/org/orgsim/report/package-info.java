/**
 * Human-readable renderings of results: the terminal summary ({@link org.orgsim.report.TerminalSummary})
 * and the HTML report with its charts ({@link org.orgsim.report.ReportWriter}), in English or Dutch.
 * This package only renders: it reads no results file itself, but draws what
 * {@link org.orgsim.results.ResultsReader} read from a folder, or a run's in-memory results viewed
 * the same way ({@link org.orgsim.results.ResultsDirectory#of}). Depends on the engine's results,
 * never the other way round.
 */
package org.orgsim.report;
