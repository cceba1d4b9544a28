/**
 * Workshop mode: replay a recorded run week by week, and fork a what-if from any week. A recorded
 * run is reloaded from its results directory (refusing changed scenario or rule files), re-simulated
 * exactly (common random numbers make the replay the run itself), and forked by adding rules from a
 * chosen week on.
 */
package org.orgsim.workshop;
