package org.orgsim.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import org.orgsim.model.ActionRequest;
import org.orgsim.contract.LeadershipStyle;
import org.orgsim.model.Action;
import org.orgsim.model.ReviewFacts;
import org.orgsim.model.WeeklyFacts;
import org.orgsim.model.facts.Candidate;
import org.orgsim.model.facts.Vacancy;

/**
 * The action API: the only way rules change the organization. Rules reach it as the global
 * {@code actions}; each call is checked against this week's facts at once (so a misspelt team
 * name fails inside the rule that wrote it) and queued; the engine applies the queue after the
 * rules phase and logs every effect with the rule's name. For coachLeaders, setDemand,
 * setWipLimit, grantRecoveryLeave and adoptAiSupport the team "*" means every team.
 *
 * <p>At a career review the only action is {@link #appoint}; every other action belongs to the
 * weekly rules, and {@code appoint} is only possible at a review.
 */
public final class Actions {
    private final List<ActionRequest> requested = new ArrayList<>();
    private WeeklyFacts facts;
    private String currentRule = "";
    /** While a review's vacancies are being filled: its facts, what is still open, and who is told of each appointment. */
    private ReviewFacts review;
    private final Map<String, Vacancy> openVacancies = new HashMap<>();
    /** The review's candidates by id, built when a rule first appoints by id (the ranked appointments need no lookup). */
    private Map<String, Candidate> candidatesById;
    private final java.util.Set<String> appointed = new java.util.HashSet<>();
    private BiConsumer<String, String> onAppointment;
    /** The rankings asked for in this review, by level and order (built on first use). */
    private final Map<String, CandidateRanking[]> rankings = new HashMap<>();

    void beginWeek(WeeklyFacts weekFacts) {
        this.facts = weekFacts;
        this.review = null;
        this.requested.clear();
    }

    /**
     * Starts filling the vacancies of one level at a review; {@code onEachAppointment} is told (candidate id,
     * vacancy id) of each appointment at once, so the session can remove both from the facts.
     */
    void beginReview(ReviewFacts reviewFacts, BiConsumer<String, String> onEachAppointment) {
        this.review = reviewFacts;
        this.onAppointment = onEachAppointment;
        this.requested.clear();
        openVacancies.clear();
        candidatesById = null;
        appointed.clear();
        rankings.clear();
        reviewFacts.vacancies().forEach(vacancy -> openVacancies.put(vacancy.getId(), vacancy));
    }

    void endReview() {
        review = null;
        onAppointment = null;
        openVacancies.clear();
        candidatesById = null;
        appointed.clear();
        rankings.clear();
    }

    void setCurrentRule(String rule) {
        this.currentRule = rule;
    }

    List<ActionRequest> requested() {
        return List.copyOf(requested);
    }

    /** Merges team {@code absorbed} into team {@code into}: one team under {@code into}'s lead. */
    public void mergeTeams(String into, String absorbed) {
        add(new Action.MergeTeams(team(into), team(absorbed)));
    }

    /** Splits half of a team's members off into a new team named {@code newTeam}. */
    public void splitTeam(String team, String newTeam) {
        add(new Action.SplitTeam(team(team), newTeam));
    }

    /** Moves a member (by pseudonymous id) to another team. */
    public void movePerson(String personId, String team) {
        add(new Action.MovePerson(person(personId), team(team)));
    }

    /** Changes a team's leadership style: "hierarchical" or "horizontal". */
    public void setLeadership(String team, String style) {
        LeadershipStyle parsed = Arrays.stream(LeadershipStyle.values())
                .filter(candidate -> candidate.yamlName().equals(style.toLowerCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("setLeadership: style must be hierarchical or horizontal, was '"
                        + style + "'"));
        add(new Action.SetLeadership(team(team), parsed));
    }

    /** Adds a management level directly above the teams, each new manager overseeing {@code span} units. */
    public void addManagementLayer(String level, int span) {
        positive("addManagementLayer: span", span);
        add(new Action.AddManagementLayer(level, span));
    }

    /** Removes a management level: its units report one level up; its managers leave. */
    public void removeManagementLayer(String level) {
        notAtReview("removeManagementLayer");
        if (facts.levels().stream().noneMatch(existing -> existing.getName().equals(level))) {
            throw new IllegalArgumentException("removeManagementLayer: no level named '" + level + "'");
        }
        add(new Action.RemoveManagementLayer(level));
    }

    /** Promotes a member into the nearest vacant position above them. */
    public void promote(String personId) {
        add(new Action.Promote(person(personId)));
    }

    /** Opens vacancies in a team, filled after the hiring lag. */
    public void hire(String team, int people) {
        positive("hire: people", people);
        add(new Action.Hire(team(team), people));
    }

    /** Lays off members of a team, shortest tenure first; shocks psychological safety. */
    public void layOff(String team, int people) {
        positive("layOff: people", people);
        add(new Action.LayOff(team(team), people));
    }

    /** Freezes hiring (vacancies stay open) or lifts the freeze. */
    public void freezeHiring(boolean frozen) {
        add(new Action.FreezeHiring(frozen));
    }

    /** Puts a team's lead (all members of a self-managing team) in a coaching program of some weeks. */
    public void coachLeaders(String team, int weeks) {
        positive("coachLeaders: weeks", weeks);
        add(new Action.CoachLeaders(teamOrAll(team), weeks));
    }

    /** Scales the work arriving at a team (1 = as in the scenario). */
    public void setDemand(String team, double factor) {
        if (!(factor >= 0 && factor <= 10)) {
            throw new IllegalArgumentException("setDemand: factor must be between 0 and 10, was " + factor);
        }
        add(new Action.SetDemand(teamOrAll(team), factor));
    }

    /** Caps a team's work in progress at {@code items} (0 removes the cap). */
    public void setWipLimit(String team, int items) {
        if (items < 0) {
            throw new IllegalArgumentException("setWipLimit: items must be 0 or more, was " + items);
        }
        add(new Action.SetWipLimit(teamOrAll(team), items));
    }

    /** Gives the team's people with burnout complaints {@code weeks} of recovery leave. */
    public void grantRecoveryLeave(String team, int weeks) {
        positive("grantRecoveryLeave: weeks", weeks);
        add(new Action.GrantRecoveryLeave(teamOrAll(team), weeks));
    }

    /** Adopts AI decision support in a team: less routine work, faster decisions, smaller information gap. */
    public void adoptAiSupport(String team) {
        add(new Action.AdoptAiSupport(teamOrAll(team)));
    }

    /**
     * At a career review: promotes a candidate into a vacancy of the level directly above them. The
     * vacancy is filled and the candidate appointed at once: both disappear from the facts, so the
     * next firing sees the vacancies still open and the candidates still available.
     *
     * @throws IllegalArgumentException outside a review, for a vacancy that is not open (unknown, or
     *                                  filled earlier in this review), or for a person who is not an
     *                                  unappointed candidate for that vacancy's level
     */
    public void appoint(String candidateId, String vacancyId) {
        if (review == null) {
            throw new IllegalArgumentException("appoint is only possible at a career review, in a rule about "
                    + "Vacancy and Candidate facts");
        }
        Vacancy vacancy = openVacancies.get(vacancyId);
        if (vacancy == null) {
            throw new IllegalArgumentException("appoint: '" + vacancyId + "' is not an open vacancy of this review"
                    + (review.vacancies().stream().anyMatch(v -> v.getId().equals(vacancyId))
                            ? " (it was filled earlier in this review)" : "")
                    + "; open now: " + String.join(", ", openVacancies.keySet().stream().sorted().toList()));
        }
        if (candidatesById == null) {
            candidatesById = new HashMap<>(2 * review.candidates().size());
            review.candidates().forEach(candidate -> candidatesById.put(candidate.getPersonId(), candidate));
        }
        appoint(candidatesById.get(candidateId), candidateId, vacancy);
    }

    private void appoint(Candidate candidate, String candidateId, Vacancy vacancy) {
        String vacancyId = vacancy.getId();
        if (candidate == null || appointed.contains(candidateId) || !candidate.getLevel().equals(vacancy.getLevel())) {
            boolean appointedBefore = candidate != null && appointed.contains(candidateId);
            throw new IllegalArgumentException("appoint: '" + candidateId + "' is not a candidate for vacancy '"
                    + vacancyId + "' (" + (appointedBefore ? "appointed earlier in this review"
                    : "candidates are the people of the level directly below " + vacancy.getLevel()) + ")");
        }
        openVacancies.remove(vacancyId);
        appointed.add(candidateId);
        requested.add(new ActionRequest(currentRule, new Action.Appoint(candidateId, vacancyId)));
        onAppointment.accept(candidateId, vacancyId);
    }

    /**
     * At a career review: appoints to the vacancy the most competent candidate still unappointed
     * (among equally competent, the smaller lottery number), as {@link #appoint} does; nothing when
     * every candidate has been appointed. The engine ranks the candidates once per review, so this
     * costs O(n log n) per review where a rule comparing every candidate with every other
     * ({@code not Candidate( competence > $competence )}) costs O(n²).
     */
    public void appointMostCompetent(String vacancyId) {
        appointFirst(vacancyId, CandidateRanking.Order.MOST_COMPETENT, "appointMostCompetent");
    }

    /** As {@link #appointMostCompetent}, for the least competent candidate (ties: the smaller lottery number). */
    public void appointLeastCompetent(String vacancyId) {
        appointFirst(vacancyId, CandidateRanking.Order.LEAST_COMPETENT, "appointLeastCompetent");
    }

    /**
     * As {@link #appointMostCompetent}, for the candidate with the longest tenure (then the oldest,
     * then the smaller lottery number).
     */
    public void appointLongestServing(String vacancyId) {
        appointFirst(vacancyId, CandidateRanking.Order.LONGEST_SERVING, "appointLongestServing");
    }

    /** As {@link #appointMostCompetent}, for the candidate with the smallest lottery number: at random, reproducibly. */
    public void appointAtRandom(String vacancyId) {
        appointFirst(vacancyId, CandidateRanking.Order.LOTTERY, "appointAtRandom");
    }

    private void appointFirst(String vacancyId, CandidateRanking.Order order, String action) {
        if (review == null) {
            throw new IllegalArgumentException(action + " is only possible at a career review, in a rule about "
                    + "Vacancy facts");
        }
        Vacancy vacancy = openVacancies.get(vacancyId);
        if (vacancy == null) {
            appoint("", vacancyId); // fails with appoint's message for an unknown or filled vacancy
            return;
        }
        CandidateRanking[] byOrder = rankings.computeIfAbsent(vacancy.getLevel(),
                level -> new CandidateRanking[CandidateRanking.Order.values().length]);
        if (byOrder[order.ordinal()] == null) {
            byOrder[order.ordinal()] = new CandidateRanking(review.candidates(), vacancy.getLevel(), order);
        }
        Candidate first = byOrder[order.ordinal()].first(appointed);
        if (first != null) {
            appoint(first, first.getPersonId(), vacancy);
        }
    }

    private void add(Action action) {
        notAtReview(action.name());
        requested.add(new ActionRequest(currentRule, action));
    }

    private String teamOrAll(String name) {
        return name.equals("*") ? name : team(name);
    }

    /** Weekly actions check their targets against the week's facts, which a review does not have. */
    private void notAtReview(String action) {
        if (review != null) {
            throw new IllegalArgumentException(action + " is not possible at a career review: a rule about "
                    + "Vacancy and Candidate facts can only appoint");
        }
    }

    private String team(String name) {
        notAtReview("this action");
        if (facts.teams().stream().noneMatch(team -> team.getName().equals(name))) {
            List<String> names = facts.teams().stream().map(org.orgsim.model.facts.Team::getName).toList();
            throw new IllegalArgumentException("unknown team '" + name + "' (teams this week: " + String.join(", ", names) + ")");
        }
        return name;
    }

    private String person(String id) {
        notAtReview("this action");
        // Without person facts (no rule matches people) the engine checks the id when it applies the action.
        if (!facts.people().isEmpty() && facts.people().stream().noneMatch(person -> person.getId().equals(id))) {
            throw new IllegalArgumentException("unknown person id '" + id + "'");
        }
        return id;
    }

    private static void positive(String what, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(what + " must be at least 1, was " + value);
        }
    }
}
