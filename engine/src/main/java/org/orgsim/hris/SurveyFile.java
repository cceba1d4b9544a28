package org.orgsim.hris;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.orgsim.hris.Columns.Survey;
import org.orgsim.hris.ImportedOrganization.SurveyTargets;
import org.orgsim.contract.InputException;

/**
 * The pulse survey: one row per team with its respondents and its scores, each on a declared scale
 * and mapped onto the model's 0-1 states (see {@code docs/scenarios.md}, "Survey file"):
 *
 * <ul>
 *   <li>engagement score → the team's typical engagement;</li>
 *   <li>workload score → the team's typical stress (high workload, high strain);</li>
 *   <li>psychological safety score → the team's typical psychological safety;</li>
 *   <li>burnout complaints score → the share of the team with burnout complaints.</li>
 * </ul>
 *
 * A score is mapped linearly: 0 at the low end of its scale, 1 at the high end.
 */
final class SurveyFile {
    /** What one row says, and where it was. */
    record Row(int cell, int line, SurveyTargets targets) {
    }

    private static final Survey[] SCORES = {Survey.ENGAGEMENT, Survey.WORKLOAD, Survey.PSYCH_SAFETY, Survey.BURNOUT};

    private SurveyFile() {
    }

    /**
     * Reads the survey.
     *
     * @param teams         the team column's values that form teams, with their index
     * @param scenarioScale the scale the scenario declares, or null
     * @param showTeamNames false when team names are pseudonymized: messages then point at lines only
     */
    static Map<Integer, Row> read(Path path, String file, Map<String, Integer> teams, SurveyScale scenarioScale,
                                  boolean showTeamNames, Consumer<String> warnings) {
        Map<Integer, Row> rows = new HashMap<>();
        try (CsvReader csv = CsvReader.open(path, file)) {
            Columns.Layout<Survey> layout = Columns.layout(csv.header(), Survey.class, file, warnings);
            boolean anyScore = false;
            Map<Survey, SurveyScale> headerScales = new EnumMap<>(Survey.class);
            for (Survey score : SCORES) {
                anyScore |= layout.has(score);
                String declared = layout.scale(score);
                if (declared != null) {
                    headerScales.put(score, SurveyScale.of(declared).orElseThrow(() -> new InputException(file
                            + ":1: the " + score.names().get(0) + " column declares the scale " + declared
                            + ", which is not one of " + String.join(", ", SurveyScale.texts()))));
                }
            }
            if (!anyScore) {
                throw new InputException(file + ":1: has no score column (looked for engagement, workload, "
                        + "psych_safety and burnout, and their aliases)");
            }
            int columns = layout.columns();
            while (csv.nextRecord()) {
                Map<Survey, String> cells = new EnumMap<>(Survey.class);
                for (int column = 0; column < columns; column++) {
                    if (csv.atEndOfRecord()) {
                        if (!csv.recordHasContent()) {
                            break;
                        }
                        throw new InputException(file + ":" + csv.line() + ": has " + csv.fieldsRead()
                                + " fields where the header has " + columns);
                    }
                    Survey field = layout.fieldOfColumn().get(column);
                    if (field == null) {
                        csv.skipField();
                    } else {
                        cells.put(field, csv.readField());
                    }
                }
                boolean extra = false;
                while (!csv.atEndOfRecord()) {
                    extra |= csv.skipField();
                }
                if (extra) {
                    throw new InputException(file + ":" + csv.line() + ": has " + csv.fieldsRead()
                            + " fields where the header has " + columns);
                }
                if (!csv.recordHasContent()) {
                    continue;
                }
                Row row = row(cells, csv.line(), file, teams, scenarioScale, headerScales, showTeamNames);
                Row earlier = rows.putIfAbsent(row.cell(), row);
                if (earlier != null) {
                    throw new InputException(file + ":" + row.line() + ": the team of line " + earlier.line()
                            + " has a second row; give each team one row");
                }
                if (row.targets().respondents() == 0) {
                    warnings.accept(file + ":" + row.line() + ": no respondents; the team starts from the model's "
                            + "defaults");
                }
            }
        }
        return rows;
    }

    private static Row row(Map<Survey, String> cells, int line, String file, Map<String, Integer> teams,
                           SurveyScale scenarioScale, Map<Survey, SurveyScale> headerScales, boolean showTeamNames) {
        String where = file + ":" + line + ": ";
        String team = cells.getOrDefault(Survey.TEAM, "");
        if (team.isEmpty()) {
            throw new InputException(where + "the team is empty");
        }
        Integer cell = teams.get(team);
        if (cell == null) {
            throw new InputException(where + (showTeamNames ? "team \"" + team + "\" is" : "the team on this line is")
                    + " not a team of the people file (survey teams must be spelt as in its team column)");
        }
        String respondentsCell = cells.getOrDefault(Survey.RESPONDENTS, "");
        long respondents = Cells.wholeNumber(respondentsCell);
        if (respondents < 0) {
            throw new InputException(where + "respondents must be a whole number of 0 or more, was "
                    + Cells.shown(respondentsCell));
        }
        SurveyScale rowScale = null;
        String scaleCell = cells.getOrDefault(Survey.SCALE, "");
        if (!scaleCell.isEmpty()) {
            rowScale = SurveyScale.of(scaleCell).orElseThrow(() -> new InputException(where + "the scale "
                    + Cells.shown(scaleCell) + " is not one of " + String.join(", ", SurveyScale.texts())));
        }
        double[] values = new double[SCORES.length];
        for (int index = 0; index < SCORES.length; index++) {
            Survey score = SCORES[index];
            String text = cells.getOrDefault(score, "");
            if (text.isEmpty() || respondents == 0) {
                values[index] = Double.NaN;
                continue;
            }
            SurveyScale scale = headerScales.getOrDefault(score, rowScale != null ? rowScale : scenarioScale);
            if (scale == null) {
                throw new InputException(where + "the " + score.names().get(0) + " score has no declared scale "
                        + "(declare it in the scenario, scale: 1-5; in a scale column; or in the header, "
                        + score.names().get(0) + " (1-5)); scales: " + String.join(", ", SurveyScale.texts()));
            }
            double value = Cells.number(text);
            if (Double.isNaN(value)) {
                throw new InputException(where + "the " + score.names().get(0) + " score " + Cells.shown(text)
                        + " is not a number");
            }
            if (!scale.contains(value)) {
                throw new InputException(where + "the " + score.names().get(0) + " score must be on the scale "
                        + scale.text() + ", was " + Cells.shown(text));
            }
            values[index] = scale.normalize(value);
        }
        return new Row(cell, line, new SurveyTargets(values[0], values[1], values[2], values[3], (int) respondents));
    }
}
