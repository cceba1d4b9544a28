package org.orgsim.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import org.orgsim.results.ResultsDirectory;

/**
 * The intervention timeline: one row per variant and rule, aggregated over the runs: what it did,
 * in which weeks, how often, and in how many runs.
 */
final class TimelineSection extends ReportSection {
    /** Per variant and rule: the actions, the weeks with their counts, and the runs it fired in. */
    private static final class RuleActivity {
        final String rule;
        final Set<String> actions = new LinkedHashSet<>();
        final SortedMap<Integer, Integer> weeks = new TreeMap<>();
        final Set<Integer> runs = new TreeSet<>();
        int times;

        RuleActivity(String rule) {
            this.rule = rule;
        }
    }

    TimelineSection(ResultsDirectory data, Messages messages, StringBuilder html) {
        super("events", "timeline.heading", data, messages, html);
    }

    @Override
    void write() {
        sectionStart();
        if (!data.hasEventsFile()) {
            html.append("<p>").append(esc(messages.text("timeline.noEventsFile"))).append("</p>\n</section>\n");
            return;
        }
        if (data.events().isEmpty()) {
            html.append("<p id=\"timeline-none\">").append(esc(messages.text("timeline.none"))).append("</p>\n</section>\n");
            return;
        }
        html.append("<p>").append(esc(messages.text("timeline.intro", messages.integer(data.replications())))).append("</p>\n");
        html.append("<div class=\"table-scroll\">\n<table class=\"timeline\" id=\"timeline-table\">\n<caption>")
                .append(esc(messages.text("timeline.caption"))).append("</caption>\n<thead><tr>");
        for (String key : List.of("timeline.variant", "timeline.rule", "timeline.action", "timeline.weeks",
                "timeline.times", "timeline.perRun", "timeline.runs")) {
            html.append("<th scope=\"col\">").append(esc(messages.text(key))).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (ResultsDirectory.Variant variant : data.variants()) {
            for (RuleActivity activity : activities(variant)) {
                row(variant, activity);
            }
        }
        html.append("</tbody>\n</table>\n</div>\n</section>\n");
    }

    /** The rules that fired in {@code variant}, by the first week they fired in, then by name. */
    private List<RuleActivity> activities(ResultsDirectory.Variant variant) {
        Map<String, RuleActivity> rules = new LinkedHashMap<>();
        for (ResultsDirectory.Event event : data.events()) {
            if (event.variant().equals(variant.name())) {
                RuleActivity activity = rules.computeIfAbsent(event.rule(), RuleActivity::new);
                activity.actions.add(event.action());
                activity.weeks.merge(event.week(), 1, Integer::sum);
                activity.runs.add(event.replication());
                activity.times++;
            }
        }
        List<RuleActivity> ordered = new ArrayList<>(rules.values());
        ordered.sort(Comparator.comparing((RuleActivity activity) -> activity.weeks.firstKey())
                .thenComparing(activity -> activity.rule));
        return ordered;
    }

    private void row(ResultsDirectory.Variant variant, RuleActivity activity) {
        html.append("<tr data-variant=\"").append(Html.escape(variant.name())).append("\"><td>")
                .append(swatch(variant)).append(user(variant.name())).append("</td><th scope=\"row\">")
                .append(user(activity.rule)).append("</th><td><code translate=\"no\">")
                .append(Html.escape(String.join(", ", activity.actions))).append("</code></td><td class=\"weeks\">");
        List<String> weeks = new ArrayList<>();
        activity.weeks.forEach((week, count) -> weeks.add(week + " (" + messages.integer(count) + "×)"));
        // Up to a dozen weeks keep their counts; more would make the cell unreadable, so they become ranges.
        html.append(Html.escape(weeks.size() <= 12 ? String.join(", ", weeks) : MarkerWeeks.ranges(activity.weeks.keySet())))
                .append("</td><td class=\"number\">").append(messages.integer(activity.times))
                .append("</td><td class=\"number\">")
                .append(esc(messages.number((double) activity.times / data.replications(), 2)))
                .append("</td><td class=\"number\">").append(messages.integer(activity.runs.size())).append(" / ")
                .append(messages.integer(data.replications())).append("</td></tr>\n");
    }
}
