package org.orgsim.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orgsim.contract.Metric;
import org.orgsim.scenario.ScenarioException;

/** Discovery reads sweep.csv as orgsim writes it, finds the planted failing range and writes discovery.csv. */
class DiscoveryTest {
    @TempDir
    Path directory;

    /** A 10 x 10 grid over demand and span; the merge variant's burnout is high where demand ≥ 0.6 and span ≥ 12. */
    private void writeSweep() throws IOException {
        StringBuilder csv = new StringBuilder("point,work.arrivalsPerMemberPerWeek,organization.span,variant,metric,mean,ci_low,ci_high\n");
        int point = 0;
        for (int a = 0; a < 10; a++) {
            for (int s = 0; s < 10; s++) {
                double demand = 0.3 + 0.05 * a;
                double span = 4 + 2 * s;
                double base = 0.10 + 0.01 * a;
                double merged = base + (demand >= 0.6 - 1e-9 && span >= 12 ? 0.08 : 0.01);
                for (String[] row : new String[][] {{"baseline", fmt(base)}, {"merge", fmt(merged)}}) {
                    csv.append(point).append(',').append(fmt(demand)).append(',').append(fmt(span)).append(',')
                            .append(row[0]).append(",burnout_rate,").append(row[1]).append(',').append(row[1]).append(',').append(row[1]).append('\n');
                    csv.append(point).append(',').append(fmt(demand)).append(',').append(fmt(span)).append(',')
                            .append(row[0]).append(",throughput,10,9,11\n");
                }
                point++;
            }
        }
        Files.writeString(directory.resolve("sweep.csv"), csv);
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.6f", value);
    }

    @Test
    void findsThePlantedRangeVersusTheBaseline() throws IOException {
        writeSweep();
        Discovery.Answer answer = Discovery.discover(directory, new Discovery.Question(Metric.BURNOUT_RATE, 0.05, true, null));
        assertEquals(List.of("work.arrivalsPerMemberPerWeek", "organization.span"), answer.parameters());
        assertEquals(1, answer.variants().size(), "every variant but the baseline");
        Discovery.VariantAnswer merge = answer.variants().get(0);
        assertEquals(4 * 6, merge.failing(), "demand 0.6-0.75 (4 levels) x span 12-22 (6 levels)");
        PrimBox box = merge.boxes().get(0).box();
        assertEquals(0.6, box.low()[0], 1e-9);
        assertEquals(12, box.low()[1], 1e-9);
        assertEquals(1.0, box.density(), 1e-12);
        assertEquals(1.0, box.coverage(), 1e-12);
        assertEquals(List.of("work.arrivalsPerMemberPerWeek >= 0.6", "organization.span >= 12"),
                Discovery.ranges(answer, box, merge.boxes().get(0).trajectory().get(0)));

        Path written = Discovery.write(directory, answer);
        List<String> lines = Files.readAllLines(written);
        assertEquals("metric,worse_than,vs_baseline,variant,box,step,chosen,coverage,density,mass,points,parameter,low,high", lines.get(0));
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("burnout_rate,0.05,true,merge,1,") && line.contains(",true,1,1,0.24,24,organization.span,12,22")),
                String.join("\n", lines.subList(0, Math.min(lines.size(), 12))));
        assertTrue(Files.list(directory).noneMatch(file -> file.getFileName().toString().endsWith(".partial")));

        Discovery.Found found = Discovery.read(directory).orElseThrow();
        assertEquals("burnout_rate", found.metric());
        assertEquals(1, found.boxes().size());
        assertEquals(List.of("work.arrivalsPerMemberPerWeek ≥ 0.6", "organization.span ≥ 12"), found.boxes().get(0).ranges());
        assertEquals(1.0, found.boxes().get(0).density(), 1e-12);
    }

    @Test
    void aLevelThresholdJudgesEveryVariant() throws IOException {
        writeSweep();
        Discovery.Answer answer = Discovery.discover(directory, new Discovery.Question(Metric.BURNOUT_RATE, 0.15, false, null));
        assertEquals(2, answer.variants().size());
        assertTrue(answer.variants().get(1).failing() > answer.variants().get(0).failing());
    }

    @Test
    void withoutASweepItSaysWhatIsMissing() {
        ScenarioException refused = assertThrows(ScenarioException.class,
                () -> Discovery.discover(directory, new Discovery.Question(Metric.BURNOUT_RATE, 0.1, false, null)));
        assertTrue(refused.getMessage().contains("sweep.csv: not found"), refused.getMessage());
    }

    @Test
    void anUnknownVariantIsNamed() throws IOException {
        writeSweep();
        ScenarioException refused = assertThrows(ScenarioException.class,
                () -> Discovery.discover(directory, new Discovery.Question(Metric.BURNOUT_RATE, 0.1, false, "merger")));
        assertTrue(refused.getMessage().contains("no variant 'merger' (it has baseline, merge)"), refused.getMessage());
    }
}
