# The sentences HR analysts can write rules in (Drools DSL). Each line maps a sentence to
# the rule language; {braces} are the blanks an analyst fills in. orgsim-nl.dsl holds the same
# sentences in Dutch; both expand to the same rules. A rule file names the one it uses with
# "expander orgsim.dsl" (or "expander orgsim-nl.dsl"); orgsim finds them wherever the rule file lives.
#
# Conditions on a team: each starts a pattern that binds the team as "it" for the lines below.
[condition][]When a team's burnout rate is above {percent}% for {weeks} weeks=$team : Team( weeksAbove("burnout_rate", {percent} / 100.0) >= {weeks} )
[condition][]When a team's sick leave is above {percent}% for {weeks} weeks=$team : Team( weeksAbove("sick_leave", {percent} / 100.0) >= {weeks} )
[condition][]When a team's stress is above {level} for {weeks} weeks=$team : Team( weeksAbove("stress", {level}) >= {weeks} )
[condition][]When a team's engagement is below {level} for {weeks} weeks=$team : Team( weeksBelow("engagement", {level}) >= {weeks} )
[condition][]When a team's psychological safety is below {level} for {weeks} weeks=$team : Team( weeksBelow("psych_safety", {level}) >= {weeks} )
[condition][]When a team's backlog is above {items} items for {weeks} weeks=$team : Team( weeksAbove("backlog", {items}) >= {weeks} )
[condition][]When a team's decision latency is above {days} days for {weeks} weeks=$team : Team( weeksAbove("decision_latency", {days}) >= {weeks} )
[condition][]When team {name} exists=$team : Team( name == "{name}" )
[condition][]When it is week {week}=Week( number == {week} )
[condition][]When there is a team=$team : Team( )
# Conditions on a person: bind the person as "that person".
[condition][]When a member of team {name} has burnout complaints=$person : Person( team == "{name}", burnoutComplaints, role == "member" )
# At a career review: an open position, bound as "it" for the appointments below (docs/rules.md 5.6).
[condition][]When a vacancy is open=$vacancy : Vacancy( )
# Extra conditions on the team (or person) of the line above.
[condition][]- it has no work-in-progress limit yet=wipLimit == 0
[condition][]- it is led hierarchically=leadership == "hierarchical"
[condition][]- it is self-managing=leadership == "horizontal"
[condition][]- it has no AI decision support yet=aiSupport == false
[condition][]- it is not being coached=coached == false
[condition][]- it has at least {people} members=members >= {people}
[condition][]- it was formed at least {weeks} weeks ago=weeksSinceFormed >= {weeks}
[condition][]- its lead position is vacant=leadVacant
#
# Actions on the team of the condition ("it", "its").
[consequence][]Then cap its work in progress at {items} items=actions.setWipLimit($team.getName(), {items});
[consequence][]Then lift its work-in-progress limit=actions.setWipLimit($team.getName(), 0);
[consequence][]Then grant its people with burnout complaints {weeks} weeks of recovery leave=actions.grantRecoveryLeave($team.getName(), {weeks});
[consequence][]Then coach its leader for {weeks} weeks=actions.coachLeaders($team.getName(), {weeks});
[consequence][]Then give it shared leadership=actions.setLeadership($team.getName(), "horizontal");
[consequence][]Then give it a team lead=actions.setLeadership($team.getName(), "hierarchical");
[consequence][]Then adopt AI decision support in it=actions.adoptAiSupport($team.getName());
[consequence][]Then hire {people} people for it=actions.hire($team.getName(), {people});
[consequence][]Then lay off {people} of its members=actions.layOff($team.getName(), {people});
[consequence][]Then scale its work by {factor}=actions.setDemand($team.getName(), {factor});
[consequence][]Then split a new team {newTeam} off from it=actions.splitTeam($team.getName(), "{newTeam}");
# Actions on a person of the condition.
[consequence][]Then move that person to team {team}=actions.movePerson($person.getId(), "{team}");
[consequence][]Then promote that person=actions.promote($person.getId());
# Appointments at a career review, to the vacancy of the condition: the first candidate still available
# in the engine's ranking (ties: the smaller lottery number).
[consequence][]Then appoint the most competent candidate to it=actions.appointMostCompetent($vacancy.getId());
[consequence][]Then appoint the least competent candidate to it=actions.appointLeastCompetent($vacancy.getId());
[consequence][]Then appoint the longest-serving candidate to it=actions.appointLongestServing($vacancy.getId());
[consequence][]Then appoint a candidate drawn at random to it=actions.appointAtRandom($vacancy.getId());
# Actions on named teams, levels or the whole organization.
[consequence][]Then merge team {absorbed} into team {into}=actions.mergeTeams("{into}", "{absorbed}");
[consequence][]Then split a new team {newTeam} off from team {team}=actions.splitTeam("{team}", "{newTeam}");
[consequence][]Then give team {team} shared leadership=actions.setLeadership("{team}", "horizontal");
[consequence][]Then give team {team} a team lead=actions.setLeadership("{team}", "hierarchical");
[consequence][]Then hire {people} people for team {team}=actions.hire("{team}", {people});
[consequence][]Then lay off {people} members of team {team}=actions.layOff("{team}", {people});
[consequence][]Then cap the work in progress of every team at {items} items=actions.setWipLimit("*", {items});
[consequence][]Then cap the work in progress of team {team} at {items} items=actions.setWipLimit("{team}", {items});
[consequence][]Then scale the work of every team by {factor}=actions.setDemand("*", {factor});
[consequence][]Then scale the work of team {team} by {factor}=actions.setDemand("{team}", {factor});
[consequence][]Then coach every leader for {weeks} weeks=actions.coachLeaders("*", {weeks});
[consequence][]Then coach the leader of team {team} for {weeks} weeks=actions.coachLeaders("{team}", {weeks});
[consequence][]Then grant everyone with burnout complaints {weeks} weeks of recovery leave=actions.grantRecoveryLeave("*", {weeks});
[consequence][]Then adopt AI decision support in every team=actions.adoptAiSupport("*");
[consequence][]Then adopt AI decision support in team {team}=actions.adoptAiSupport("{team}");
[consequence][]Then freeze hiring=actions.freezeHiring(true);
[consequence][]Then lift the hiring freeze=actions.freezeHiring(false);
[consequence][]Then add a management layer {level} with a span of {span}=actions.addManagementLayer("{level}", {span});
[consequence][]Then remove the management layer {level}=actions.removeManagementLayer("{level}");
