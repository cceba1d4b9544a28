package org.orgsim.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.orgsim.experiment.Experiment;
import org.orgsim.rules.VariantRuns;
import org.orgsim.scenario.Scenario;
import org.orgsim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code orgsim validate}: parses a scenario and compiles its rules; runs nothing. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a scenario file without running it: exit 0 if it is valid, 2 with the problem otherwise.")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    TrustRulesOption trustRules;

    @Parameters(index = "0", paramLabel = "SCENARIO.yaml", description = "the scenario file")
    Path scenarioFile;

    @picocli.CommandLine.Option(names = "--max-people", paramLabel = "N",
            description = "refuse an organization of more than N people per run (default: what the Java heap holds with --threads)")
    Long maxPeople;

    @picocli.CommandLine.Option(names = "--threads", paramLabel = "T", description = "worker threads the run will use (default: all cores), for the estimate")
    Integer threads;

    @Override
    public Integer call() {
        Scenario scenario = ScenarioLoader.load(scenarioFile);
        org.orgsim.experiment.SizeEstimate size = CommandLimits.size(scenario, scenarioFile, CommandLimits.threads(threads), maxPeople);
        Map<String, VariantRuns> prepared = Experiment.prepare(scenario);
        int people = scenario.baselineVariant().organization().headcount();
        String replications = scenario.hasAutomaticReplications()
                ? "auto (" + scenario.precision().minimum() + " to " + scenario.precision().maximum() + ")"
                : String.valueOf(scenario.replications());
        spec.commandLine().getOut().printf("%s is valid: scenario '%s', %d variant(s), %d weeks, %s replications, %d people in the baseline%n",
                scenarioFile, scenario.name(), scenario.variants().size(), scenario.weeks(), replications, people);
        spec.commandLine().getOut().printf("  estimate: %s%n", size.describe());
        prepared.forEach((variant, runs) -> runs.ruleBook().ifPresent(book -> book.rulesByFile().forEach((file, names) ->
                spec.commandLine().getOut().printf("  variant %s: %s compiles, rules: %s%n", variant, file, String.join("; ", names)))));
        if (prepared.values().stream().anyMatch(runs -> runs.ruleBook().isPresent())) {
            // "For N weeks" conditions see the team history recorded during the warm-up: say how much.
            int warmup = (int) scenario.baselineVariant().parameters().get(org.orgsim.scenario.Parameter.WARMUP_WEEKS);
            spec.commandLine().getOut().printf("  rules run from week 1; weeksAbove/weeksBelow (\"for N weeks\") also count up to %d warm-up "
                    + "week(s) before it (history of 26 weeks, warm-up of %d); weeksAboveSinceStart/weeksBelowSinceStart count from week 1 only%n",
                    Math.min(26, warmup), warmup);
        }
        return ExitCode.SUCCESS;
    }
}
