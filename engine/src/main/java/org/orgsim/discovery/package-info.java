/**
 * Scenario discovery over a parameter sweep: in which ranges of the swept parameters does a variant
 * fail? {@link org.orgsim.discovery.Prim} is the Patient Rule Induction Method of Friedman and Fisher
 * (1999), as the EMA Workbench uses it for scenario discovery (Bryant and Lempert 2010): peel a box
 * around the failing design points, keep the peeling trajectory with each box's coverage and
 * density, choose one box, and repeat on what is left (covering). {@link org.orgsim.discovery.Discovery}
 * reads {@code sweep.csv}, marks the failing points and writes {@code discovery.csv}. It reads
 * results only; it never runs the model.
 */
package org.orgsim.discovery;
