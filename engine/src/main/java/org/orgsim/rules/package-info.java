/**
 * Interventions as Drools rules: {@link org.orgsim.rules.RuleBook} compiles a variant's rule files
 * (DRL, DSL sentences, decision tables) once; each replication opens a session that sees the
 * week's facts ({@link org.orgsim.model.facts}) and acts only through the action API
 * ({@link org.orgsim.rules.Actions}, the global {@code actions}). The model applies the actions and
 * logs them; this package never touches model state.
 */
package org.orgsim.rules;
