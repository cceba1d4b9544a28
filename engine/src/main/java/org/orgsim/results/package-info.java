/**
 * What an experiment produced, and the output directory of the contract.
 *
 * <p>The experiment hands every finished run to a {@link org.orgsim.results.ResultsBuilder}, which
 * folds it into per-variant accumulators and keeps only what the outputs need: running moments per
 * week and metric, the final value of every metric in every replication, and the intervention
 * events. {@link org.orgsim.results.ResultsBuilder#build()} turns them into immutable
 * {@link org.orgsim.results.Results}: per week and metric a mean with a 95% Student-t confidence
 * interval ({@link org.orgsim.results.Estimate}), and per variant the paired difference versus the
 * baseline ({@link org.orgsim.results.PairedComparison}). Each run is also measured over the
 * scenario's periods ({@link org.orgsim.results.PeriodMeasures}: period means, totals, per-head
 * figures), replication by replication, so that period impacts are paired too
 * ({@link org.orgsim.results.PeriodResults}).
 *
 * <p>{@link org.orgsim.results.ResultsWriter} writes the output directory: {@code manifest.json},
 * {@code scenario.yaml}, {@code summary.json}, {@code timeseries.csv}, {@code runs.csv} and
 * {@code events.csv}, all CSV through one codec (Jackson's CSV module). {@link
 * org.orgsim.results.ResultsReader} is the one reader of that folder: it gives a read-only
 * {@link org.orgsim.results.ResultsDirectory}, the same view {@link
 * org.orgsim.results.ResultsDirectory#of} makes of a run's in-memory results, so the report and the
 * workshop server only render. A bad results file is a {@link org.orgsim.results.ResultsFileException}
 * naming the file and place. Two promises of the contract shape this package:
 * <ul>
 *   <li><b>Byte-identical output.</b> Floating-point sums depend on the order of their terms, so the
 *       builder adds replications in replication order whatever order the threads finish in, and
 *       every number is printed by {@link org.orgsim.results.Numbers} (fixed decimals, {@code '.'}
 *       in every locale). Rows follow scenario order, week order and {@link org.orgsim.contract.Metric}
 *       order.</li>
 *   <li><b>No half-written output.</b> Everything is written into a hidden sibling directory that
 *       is renamed into place only when complete; on failure it is deleted.</li>
 * </ul>
 */
package org.orgsim.results;
