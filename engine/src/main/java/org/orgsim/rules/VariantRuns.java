package org.orgsim.rules;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.orgsim.model.RunRecord;
import org.orgsim.scenario.Variant;

/**
 * A variant ready to run: its rule files compiled once (if it has any), so that every replication
 * only opens a cheap session. Preparing fails with a {@link org.orgsim.scenario.ScenarioException}
 * before anything runs when a rule file does not compile.
 */
public final class VariantRuns {
    private final Variant variant;
    private final RuleBook ruleBook;

    private VariantRuns(Variant variant, RuleBook ruleBook) {
        this.variant = variant;
        this.ruleBook = ruleBook;
    }

    public static VariantRuns prepare(Variant variant) {
        List<Path> files = variant.rules().stream().map(Path::of).toList();
        return new VariantRuns(variant, files.isEmpty() ? null : RuleBook.compile(files));
    }

    public Variant variant() {
        return variant;
    }

    public Optional<RuleBook> ruleBook() {
        return Optional.ofNullable(ruleBook);
    }

    /** One replication; safe to call from several threads at once (the rule base is shared read-only). */
    public RunRecord run(long seed, int replication, int weeks) {
        return Rules.simulate(variant, ruleBook, seed, replication, weeks);
    }
}
