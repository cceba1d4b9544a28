package org.orgsim.contract;

import java.util.Locale;

/**
 * The small-group rule of HR analytics: no figure about a group of fewer than
 * {@value #MINIMUM_GROUP_SIZE} people is shown, because in a group that small a figure (a burnout
 * rate, an engagement score, "1 of 4 members laid off") points at individuals.
 *
 * <p>Every output that shows team-level figures applies it, whatever the organization's source (a
 * team described in a scenario may be a real team too):
 * <ul>
 *   <li>{@code events.csv}: the detail of an intervention on a team of fewer than 5 people (before
 *       or after the intervention) is replaced by {@link #WITHHELD}; the rule, action, week and team
 *       name remain, so the audit trail still says what happened, not what it did to whom;</li>
 *   <li>the terminal summary and {@code summary.json}, {@code timeseries.csv}, {@code runs.csv} show
 *       whole-organization figures only, and an imported organization has at least 5 people;</li>
 *   <li>any report or view that shows a team's figures must pass them through {@link #figure} (or
 *       test {@link #isSuppressed}) with the team's headcount, and say so with {@link #note}.</li>
 * </ul>
 * See {@code docs/privacy.md}.
 */
public final class SmallGroupSuppression {
    /** The smallest group whose figures may be shown. */
    public static final int MINIMUM_GROUP_SIZE = 5;
    /** What replaces the detail of an event about a small team, and a figure about one. */
    public static final String WITHHELD = "team-level figures withheld (fewer than " + MINIMUM_GROUP_SIZE + " people)";
    /** What replaces a single number in a table cell. */
    public static final String WITHHELD_CELL = "n<" + MINIMUM_GROUP_SIZE;

    private SmallGroupSuppression() {
    }

    /** True when figures about a group of this many people must not be shown. */
    public static boolean isSuppressed(int groupSize) {
        return groupSize < MINIMUM_GROUP_SIZE;
    }

    /** The formatted figure, or {@link #WITHHELD_CELL} for a group too small to show it. */
    public static String figure(int groupSize, String formatted) {
        return isSuppressed(groupSize) ? WITHHELD_CELL : formatted;
    }

    /** An event's detail (or any sentence of figures about one group), or {@link #WITHHELD}. */
    public static String detail(int groupSize, String detail) {
        return isSuppressed(groupSize) ? WITHHELD : detail;
    }

    /** True when a text is what {@link #detail} puts in place of a small group's figures. */
    public static boolean isWithheld(String text) {
        return WITHHELD.equals(text) || WITHHELD_CELL.equals(text);
    }

    /**
     * The sentence a report shows next to team-level results, in English ("en") or Dutch ("nl").
     */
    public static String note(String language) {
        if ("nl".equals(language.toLowerCase(Locale.ROOT))) {
            return "Cijfers per team worden alleen getoond voor groepen van " + MINIMUM_GROUP_SIZE
                    + " of meer mensen; voor kleinere teams zijn ze weggelaten (privacy, zie docs/privacy.md).";
        }
        return "Team-level figures are shown only for groups of " + MINIMUM_GROUP_SIZE
                + " or more people; for smaller teams they are withheld (privacy, see docs/privacy.md).";
    }
}
