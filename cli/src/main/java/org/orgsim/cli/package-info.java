/**
 * The {@code orgsim} command line: parses arguments, wires the engine (scenario, experiment,
 * results) to the reports, and maps failures to the contract's exit statuses. No model logic here.
 */
package org.orgsim.cli;
