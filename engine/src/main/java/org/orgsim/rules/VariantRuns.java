package org.orgsim.rules;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.orgsim.model.InterventionPolicy;
import org.orgsim.model.OrgModel;
import org.orgsim.contract.RunRecord;
import org.orgsim.model.WeekObserver;
import org.orgsim.scenario.Variant;

/**
 * A variant ready to run: its rule files compiled once (its own, and any added by a fork), so that
 * every replication only opens cheap sessions. Preparing fails with a
 * {@link org.orgsim.scenario.ScenarioException} before anything runs when a rule file does not pass
 * the {@link RuleCheck} or does not compile.
 */
public final class VariantRuns {
    private final Variant variant;
    private final RuleBook ruleBook;
    private final RuleBook addedRuleBook;

    private VariantRuns(Variant variant, RuleBook ruleBook, RuleBook addedRuleBook) {
        this.variant = variant;
        this.ruleBook = ruleBook;
        this.addedRuleBook = addedRuleBook;
    }

    public static VariantRuns prepare(Variant variant) {
        return prepare(variant, new java.util.HashMap<>());
    }

    /**
     * Prepares a variant, reusing a rule base already compiled from the same list of files
     * ({@code compiled}, filled as it goes): variants that differ only in parameters, careers or
     * rule parameters share one compiled rule base, each replication still opening its own session.
     */
    public static VariantRuns prepare(Variant variant, java.util.Map<List<String>, RuleBook> compiled) {
        VariantRuns prepared = new VariantRuns(variant, compile(variant.rules(), compiled), compile(variant.addedRules(), compiled));
        List<String> all = new ArrayList<>(variant.rules());
        all.addAll(variant.addedRules());
        if (!all.isEmpty() && !variant.organization().teams().isEmpty()) {
            RuleReferences.checkTeams(all.stream().map(Path::of).toList(),
                    variant.organization().teams().stream().map(org.orgsim.scenario.TeamSpec::name).toList());
        }
        return prepared;
    }

    private static RuleBook compile(List<String> files, java.util.Map<List<String>, RuleBook> compiled) {
        if (files.isEmpty()) {
            return null;
        }
        RuleBook book = compiled.get(files);
        if (book == null) {
            List<Path> paths = files.stream().map(Path::of).toList();
            RuleCheck.requireAllowed(paths);
            book = RuleBook.compile(paths);
            compiled.put(List.copyOf(files), book);
        }
        return book;
    }

    public Variant variant() {
        return variant;
    }

    public Optional<RuleBook> ruleBook() {
        return Optional.ofNullable(ruleBook);
    }

    /** Rules added by a fork, if any. */
    public Optional<RuleBook> addedRuleBook() {
        return Optional.ofNullable(addedRuleBook);
    }

    /** One replication; safe to call from several threads at once (rule bases are shared read-only). */
    public RunRecord run(long seed, int replication, int weeks) {
        return run(variant, seed, replication, weeks);
    }

    /** One replication of this variant's rules with other parameters (a sweep or design point). */
    public RunRecord run(Variant atPoint, long seed, int replication, int weeks) {
        InterventionPolicy policy = policy(atPoint);
        return policy == null ? OrgModel.simulate(atPoint, seed, replication, weeks)
                : OrgModel.simulate(atPoint, seed, replication, weeks, policy);
    }

    /** One replication shown week by week to an observer (replay). */
    public RunRecord observe(long seed, int replication, int weeks, WeekObserver observer) {
        return OrgModel.simulate(variant, seed, replication, weeks, policy(variant), observer);
    }

    private InterventionPolicy policy(Variant atPoint) {
        if (ruleBook == null && addedRuleBook == null) {
            return null;
        }
        List<InterventionPolicy> stages = new ArrayList<>();
        List<Integer> weeks = new ArrayList<>();
        if (ruleBook != null) {
            stages.add(Rules.openSession(ruleBook, atPoint));
            weeks.add(1);
        }
        if (addedRuleBook != null) {
            stages.add(Rules.openSession(addedRuleBook, atPoint));
            weeks.add(atPoint.addedFromWeek());
        }
        return stages.size() == 1 && weeks.get(0) == 1 ? stages.get(0)
                : new StagedPolicy(stages, weeks.stream().mapToInt(Integer::intValue).toArray());
    }
}
