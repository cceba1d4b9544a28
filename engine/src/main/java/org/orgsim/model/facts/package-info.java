/**
 * The facts intervention rules see: immutable snapshots of the week, the organization, its teams
 * (with a short metric history), its people (pseudonymous) and its hierarchy levels, refreshed
 * every week after the work phase. Rules read these and act only through the action API.
 */
package org.orgsim.model.facts;
