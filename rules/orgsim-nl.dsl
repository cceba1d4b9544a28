# De zinnen waarin HR-analisten regels kunnen schrijven (Drools DSL), in het Nederlands. Elke regel
# koppelt een zin aan de regeltaal; {accolades} zijn de open plekken. orgsim.dsl bevat dezelfde zinnen
# in het Engels; beide leveren dezelfde regels op. Een regelbestand noemt zijn taal met
# "expander orgsim-nl.dsl"; orgsim vindt dit bestand waar het regelbestand ook staat.
# De vier sleutelwoorden van een regel blijven Engels: rule, when, then, end.
#
# Voorwaarden over een team: elke zin begint een patroon dat het team bindt als "dat team".
[condition][]Als het burn-outpercentage van een team {weken} weken boven {procent}% ligt=$team : Team( weeksAbove("burnout_rate", {procent} / 100.0) >= {weken} )
[condition][]Als het ziekteverzuim van een team {weken} weken boven {procent}% ligt=$team : Team( weeksAbove("sick_leave", {procent} / 100.0) >= {weken} )
[condition][]Als de stress van een team {weken} weken boven {niveau} ligt=$team : Team( weeksAbove("stress", {niveau}) >= {weken} )
[condition][]Als de bevlogenheid van een team {weken} weken onder {niveau} ligt=$team : Team( weeksBelow("engagement", {niveau}) >= {weken} )
[condition][]Als de psychologische veiligheid van een team {weken} weken onder {niveau} ligt=$team : Team( weeksBelow("psych_safety", {niveau}) >= {weken} )
[condition][]Als de werkvoorraad van een team {weken} weken boven {items} items ligt=$team : Team( weeksAbove("backlog", {items}) >= {weken} )
[condition][]Als de beslistijd van een team {weken} weken boven {dagen} dagen ligt=$team : Team( weeksAbove("decision_latency", {dagen}) >= {weken} )
[condition][]Als team {naam} bestaat=$team : Team( name == "{naam}" )
[condition][]Als het week {week} is=Week( number == {week} )
[condition][]Voor elk team=$team : Team( )
# Voorwaarden over een persoon: bindt de persoon als "die persoon".
[condition][]Als een medewerker van team {naam} burn-outklachten heeft=$person : Person( team == "{naam}", burnoutComplaints, role == "member" )
# Bij een loopbaanronde: een open functie, gebonden als "die vacature" voor de benoemingen hieronder (docs/rules.md 5.6).
[condition][]Als er een vacature open is=$vacancy : Vacancy( )
# Extra voorwaarden over het team (of de persoon) van de zin erboven.
[condition][]- het team heeft nog geen limiet op onderhanden werk=wipLimit == 0
[condition][]- het team heeft een teamleider=leadership == "hierarchical"
[condition][]- het team stuurt zichzelf=leadership == "horizontal"
[condition][]- het team heeft nog geen AI-beslisondersteuning=aiSupport == false
[condition][]- het team krijgt nog geen coaching=coached == false
[condition][]- het team heeft minstens {mensen} medewerkers=members >= {mensen}
[condition][]- het team bestaat minstens {weken} weken=weeksSinceFormed >= {weken}
[condition][]- de positie van teamleider is vacant=leadVacant
#
# Acties voor het team van de voorwaarde ("dat team").
[consequence][]Beperk het onderhanden werk van dat team tot {items} items=actions.setWipLimit($team.getName(), {items});
[consequence][]Hef de limiet op onderhanden werk van dat team op=actions.setWipLimit($team.getName(), 0);
[consequence][]Geef de mensen met burn-outklachten in dat team {weken} weken herstelverlof=actions.grantRecoveryLeave($team.getName(), {weken});
[consequence][]Coach de leider van dat team {weken} weken=actions.coachLeaders($team.getName(), {weken});
[consequence][]Geef dat team gedeelde leiding=actions.setLeadership($team.getName(), "horizontal");
[consequence][]Geef dat team een teamleider=actions.setLeadership($team.getName(), "hierarchical");
[consequence][]Voer AI-beslisondersteuning in bij dat team=actions.adoptAiSupport($team.getName());
[consequence][]Werf {mensen} mensen voor dat team=actions.hire($team.getName(), {mensen});
[consequence][]Ontsla {mensen} medewerkers van dat team=actions.layOff($team.getName(), {mensen});
[consequence][]Vermenigvuldig het werk van dat team met {factor}=actions.setDemand($team.getName(), {factor});
[consequence][]Splits een nieuw team {nieuwTeam} af van dat team=actions.splitTeam($team.getName(), "{nieuwTeam}");
# Acties voor een persoon van de voorwaarde.
[consequence][]Verplaats die persoon naar team {team}=actions.movePerson($person.getId(), "{team}");
[consequence][]Bevorder die persoon=actions.promote($person.getId());
# Benoemingen bij een loopbaanronde, op de vacature van de voorwaarde: de eerste kandidaat die nog
# beschikbaar is in de rangorde van de engine (bij gelijke stand: het kleinste lotnummer).
[consequence][]Benoem de meest competente kandidaat op die vacature=actions.appointMostCompetent($vacancy.getId());
[consequence][]Benoem de minst competente kandidaat op die vacature=actions.appointLeastCompetent($vacancy.getId());
[consequence][]Benoem de kandidaat met het langste dienstverband op die vacature=actions.appointLongestServing($vacancy.getId());
[consequence][]Benoem een bij loting gekozen kandidaat op die vacature=actions.appointAtRandom($vacancy.getId());
# Acties voor teams en lagen met een naam, of voor de hele organisatie.
[consequence][]Voeg team {opgeheven} samen met team {blijft}=actions.mergeTeams("{blijft}", "{opgeheven}");
[consequence][]Splits een nieuw team {nieuwTeam} af van team {team}=actions.splitTeam("{team}", "{nieuwTeam}");
[consequence][]Geef team {team} gedeelde leiding=actions.setLeadership("{team}", "horizontal");
[consequence][]Geef team {team} een teamleider=actions.setLeadership("{team}", "hierarchical");
[consequence][]Werf {mensen} mensen voor team {team}=actions.hire("{team}", {mensen});
[consequence][]Ontsla {mensen} medewerkers van team {team}=actions.layOff("{team}", {mensen});
[consequence][]Beperk het onderhanden werk van elk team tot {items} items=actions.setWipLimit("*", {items});
[consequence][]Beperk het onderhanden werk van team {team} tot {items} items=actions.setWipLimit("{team}", {items});
[consequence][]Vermenigvuldig het werk van elk team met {factor}=actions.setDemand("*", {factor});
[consequence][]Vermenigvuldig het werk van team {team} met {factor}=actions.setDemand("{team}", {factor});
[consequence][]Coach elke leider {weken} weken=actions.coachLeaders("*", {weken});
[consequence][]Coach de leider van team {team} {weken} weken=actions.coachLeaders("{team}", {weken});
[consequence][]Geef iedereen met burn-outklachten {weken} weken herstelverlof=actions.grantRecoveryLeave("*", {weken});
[consequence][]Voer AI-beslisondersteuning in bij elk team=actions.adoptAiSupport("*");
[consequence][]Voer AI-beslisondersteuning in bij team {team}=actions.adoptAiSupport("{team}");
[consequence][]Stop met werven=actions.freezeHiring(true);
[consequence][]Hef de vacaturestop op=actions.freezeHiring(false);
[consequence][]Voeg een managementlaag {laag} toe met een span van {span}=actions.addManagementLayer("{laag}", {span});
[consequence][]Hef de managementlaag {laag} op=actions.removeManagementLayer("{laag}");
