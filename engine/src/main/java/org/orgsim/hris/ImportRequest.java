package org.orgsim.hris;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.orgsim.contract.LeadershipStyle;
import org.orgsim.contract.InputException;

/**
 * What a scenario's {@code organization: {import: ...}} asks for.
 *
 * @param people           the people file (found)
 * @param peopleName       the people file as the scenario names it, for messages
 * @param survey           the survey file (found), or null for none
 * @param surveyName       the survey file as the scenario names it, or null
 * @param scale            the survey's scale as the scenario declares it, or null
 * @param leadership       every team's style, unless {@code teamStyles} says otherwise
 * @param teamStyles       styles of single teams, by the team column's value or by team name
 * @param unknownTeam      the error for a key of {@code teamStyles} that names no team
 * @param referenceDate    the date that is week 0 (tenure is measured at it), or null for the latest
 *                         hire date in the file
 * @param pseudonymizeTeams true to replace team names by keyed pseudonyms ({@code T} + 10 hex digits)
 */
public record ImportRequest(Path people, String peopleName, Path survey, String surveyName, SurveyScale scale,
                            LeadershipStyle leadership, Map<String, LeadershipStyle> teamStyles,
                            Function<String, InputException> unknownTeam, LocalDate referenceDate,
                            boolean pseudonymizeTeams) {
    public ImportRequest {
        Objects.requireNonNull(people, "people");
        Objects.requireNonNull(peopleName, "peopleName");
        Objects.requireNonNull(leadership, "leadership");
        teamStyles = Map.copyOf(teamStyles);
        Objects.requireNonNull(unknownTeam, "unknownTeam");
    }

    /** A request for a people file and an optional survey, with defaults for everything else (tests). */
    public static ImportRequest of(Path people, Path survey, SurveyScale scale) {
        return new ImportRequest(people, people.toString(), survey, survey == null ? null : survey.toString(), scale,
                LeadershipStyle.HIERARCHICAL, Map.of(),
                team -> new InputException("teams." + team + " names no team of the people file"), null, false);
    }
}
