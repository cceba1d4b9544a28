/**
 * Human-readable renderings of results: the terminal summary now, the HTML report later. Depends
 * on the engine's results, never the other way round.
 */
package org.orgsim.report;
