package org.orgsim.workshop;

import java.util.List;
import org.orgsim.model.facts.Team;

/**
 * One team in one replayed week, as the workshop page draws it: its structure and this week's
 * team metrics. Per-team figures only, never per person, so that keeping every week of a replay
 * stays small (100 teams × 105 weeks is about a megabyte).
 *
 * @param name       the team's name
 * @param leadership "hierarchical" or "horizontal"
 * @param manager    id of the management position above the team, or "" at the top
 * @param headcount  people in the team, lead included
 * @param coached    the team's lead is in, or has finished, a coaching program
 * @param aiSupport  the team has AI decision support
 * @param wipLimit   work-in-progress limit in items, 0 when there is none
 * @param metrics    this week's value of each of {@link #METRICS}, in that order
 */
public record TeamFigures(String name, String leadership, String manager, int headcount, boolean coached,
                          boolean aiSupport, int wipLimit, double[] metrics) {
    /** The team metrics kept per week: those rules see ({@link Team#HISTORY_METRICS}). */
    public static final List<String> METRICS = Team.HISTORY_METRICS;

    public TeamFigures {
        metrics = metrics.clone();
    }

    static TeamFigures of(Team team) {
        double[] values = new double[METRICS.size()];
        for (int index = 0; index < values.length; index++) {
            values[index] = team.current(METRICS.get(index));
        }
        return new TeamFigures(team.getName(), team.getLeadership(), team.getManager(), team.getHeadcount(),
                team.isCoached(), team.isAiSupport(), team.getWipLimit(), values);
    }

    @Override
    public double[] metrics() {
        return metrics.clone();
    }

    /** This week's value of a team metric (one of {@link #METRICS}). */
    public double metric(String metric) {
        int index = METRICS.indexOf(metric);
        if (index < 0) {
            throw new IllegalArgumentException("no team metric '" + metric + "' (team metrics: " + String.join(", ", METRICS) + ")");
        }
        return metrics[index];
    }
}
