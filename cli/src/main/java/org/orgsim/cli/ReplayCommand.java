package org.orgsim.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.orgsim.contract.InterventionEvent;
import org.orgsim.contract.Metric;
import org.orgsim.scenario.ScenarioException;
import org.orgsim.workshop.RecordedRun;
import org.orgsim.workshop.Replay;
import org.orgsim.workshop.WeekPanel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code orgsim replay}: re-simulates a recorded run exactly and steps through it week by week in
 * the terminal (n = next, p = previous, a number = jump, q = quit), or prints the panels up to a
 * week for scripts with {@code --to-week N --print}.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Replay a recorded run week by week: headline metrics, teams crossing thresholds, interventions.")
final class ReplayCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    TrustRulesOption trustRules;

    @Parameters(index = "0", paramLabel = "DIR", description = "a results directory written by orgsim run")
    Path directory;

    @Option(names = "--variant", paramLabel = "V", description = "the variant to replay (default: the baseline)")
    String variant;

    @Option(names = "--replication", paramLabel = "R", description = "the replication to replay (default: 0)")
    int replication;

    @Option(names = "--to-week", paramLabel = "N", description = "with --print: the last week to print (default: the horizon)")
    Integer toWeek;

    @Option(names = "--print", description = "print the panels without interaction (for scripts and tests)")
    boolean print;

    @Override
    public Integer call() throws IOException {
        UnfinishedCommandGuard.arm();
        RecordedRun recorded = RecordedRun.load(directory);
        String variantName = variant != null ? variant : recorded.scenario().baseline();
        Replay replay = Replay.of(recorded, variantName, replication);
        int last = toWeek == null ? replay.lastWeek() : toWeek;
        if (last < 0 || last > replay.lastWeek()) {
            throw new ScenarioException("--to-week must be between 0 and " + replay.lastWeek() + ", was " + last);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "Replaying %s, variant %s, replication %d (seed %d)%n", recorded.scenario().name(),
                variantName, replication, recorded.scenario().seed());
        if (print) {
            for (int week = 0; week <= last; week++) {
                out.print(render(replay.week(week)));
            }
            return ExitCode.SUCCESS;
        }
        step(replay, out);
        return ExitCode.SUCCESS;
    }

    private static void step(Replay replay, PrintWriter out) throws IOException {
        BufferedReader keys = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        int week = 0;
        while (true) {
            out.print(render(replay.week(week)));
            out.printf(Locale.ROOT, "[n]ext, [p]revious, a week number (0-%d) to jump, [q]uit > ", replay.lastWeek());
            out.flush();
            String key = keys.readLine();
            if (key == null || key.strip().equalsIgnoreCase("q")) {
                return;
            }
            String answer = key.strip().toLowerCase(Locale.ROOT);
            if (answer.isEmpty() || answer.equals("n")) {
                week = Math.min(replay.lastWeek(), week + 1);
            } else if (answer.equals("p")) {
                week = Math.max(0, week - 1);
            } else if (answer.matches("\\d+")) {
                week = Math.min(replay.lastWeek(), Integer.parseInt(answer));
            } else {
                out.println("unknown key '" + answer + "'");
            }
        }
    }

    static String render(WeekPanel panel) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "%n=== week %d ===%n", panel.week()));
        for (Metric.Group group : new Metric.Group[] {Metric.Group.HUMAN, Metric.Group.EFFICIENCY}) {
            text.append(group == Metric.Group.HUMAN ? "  human:     " : "  efficiency:");
            for (Metric metric : Replay.headline()) {
                if (metric.group() == group) {
                    text.append(String.format(Locale.ROOT, " %s %.3g (%+.2g)", metric.key(),
                            panel.metrics()[metric.ordinal()], panel.changes()[metric.ordinal()]));
                }
            }
            text.append(System.lineSeparator());
        }
        for (String crossing : panel.crossings()) {
            text.append("  threshold: ").append(crossing).append(System.lineSeparator());
        }
        for (InterventionEvent event : panel.interventions()) {
            text.append(String.format(Locale.ROOT, "  intervention: %s -> %s %s: %s%n", event.rule(), event.action(),
                    event.target(), event.detail()));
        }
        return text.toString();
    }
}
