package org.orgsim.model;

import java.util.List;
import org.orgsim.model.facts.Level;
import org.orgsim.model.facts.Organization;
import org.orgsim.model.facts.Person;
import org.orgsim.model.facts.Team;
import org.orgsim.model.facts.Week;

/** Everything rules see in one week. */
public record WeeklyFacts(Week week, Organization organization, List<Team> teams, List<Person> people,
                          List<Level> levels) {
    public WeeklyFacts {
        teams = List.copyOf(teams);
        people = List.copyOf(people);
        levels = List.copyOf(levels);
    }
}
