package org.orgsim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a scenario's {@code periods}: a map from a name to {@code [first, last]} weeks, both within
 * the horizon ({@code periods: {after-merger: [26, 78], year-2: [53, 104]}}). The name
 * {@code horizon} is reserved for weeks 1..end, which every scenario has. Problems name the YAML
 * path ({@code periods.after-merger[1]}).
 */
final class YamlPeriods {
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]*");
    private static final int MAX_PERIODS = 50;

    private YamlPeriods() {
    }

    /** The horizon, then the scenario's own periods in the order written. */
    static List<Period> read(YamlNode node, int weeks) {
        List<Period> periods = new ArrayList<>();
        periods.add(Period.horizon(weeks));
        if (node.isAbsent()) {
            return periods;
        }
        if (!node.isMap()) {
            throw node.mismatch("a map from a period name to [first week, last week], e.g. periods: {after-merger: [26, 78]}");
        }
        List<String> names = node.fieldNames();
        if (names.size() > MAX_PERIODS) {
            throw node.problem("has " + names.size() + " periods; at most " + MAX_PERIODS + " are allowed");
        }
        for (String name : names) {
            YamlNode period = node.field(name);
            if (!NAME.matcher(name).matches()) {
                throw period.problem("is not a period name: use lower-case letters, digits, '-' and '_', starting with "
                        + "a letter or digit");
            }
            if (name.equals(Period.HORIZON)) {
                throw period.problem("is reserved: every scenario has the period horizon (weeks 1.." + weeks
                        + "); give this period another name");
            }
            List<YamlNode> ends = period.list("[first week, last week], e.g. [26, 78]");
            if (ends.size() != 2) {
                throw period.mismatch("[first week, last week], e.g. [26, 78]");
            }
            int first = ends.get(0).wholeNumber(1, weeks);
            int last = ends.get(1).wholeNumber(1, weeks);
            if (last < first) {
                throw ends.get(1).problem("ends before the period starts (week " + first + ")");
            }
            periods.add(new Period(name, first, last));
        }
        return periods;
    }
}
