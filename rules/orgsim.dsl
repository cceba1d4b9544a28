# The sentences HR analysts can write rules in (Drools DSL). Each line maps a sentence to
# the rule language; {braces} are the blanks an analyst fills in.
[condition][]When a team's burnout rate is above {percent}% for {weeks} weeks=$team : Team( weeksAbove("burnout_rate", {percent} / 100.0) >= {weeks} )
[condition][]When a team's stress is above {level} for {weeks} weeks=$team : Team( weeksAbove("stress", {level}) >= {weeks} )
[condition][]When a team's backlog is above {items} items for {weeks} weeks=$team : Team( weeksAbove("backlog", {items}) >= {weeks} )
[condition][]When it is week {week}=Week( number == {week} )
[condition][]- it has no work-in-progress limit yet=wipLimit == 0
[condition][]- it is led hierarchically=leadership == "hierarchical"
[consequence][]Then cap its work in progress at {items} items=actions.setWipLimit($team.getName(), {items});
[consequence][]Then grant its people with burnout complaints {weeks} weeks of recovery leave=actions.grantRecoveryLeave($team.getName(), {weeks});
[consequence][]Then coach its leader for {weeks} weeks=actions.coachLeaders($team.getName(), {weeks});
[consequence][]Then adopt AI decision support in every team=actions.adoptAiSupport("*");
