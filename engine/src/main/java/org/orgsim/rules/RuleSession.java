package org.orgsim.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;
import org.kie.api.runtime.rule.FactHandle;
import org.orgsim.model.ActionRequest;
import org.orgsim.model.InterventionException;
import org.orgsim.model.InterventionPolicy;
import org.orgsim.model.ReviewFacts;
import org.orgsim.model.WeeklyFacts;
import org.orgsim.model.facts.Candidate;
import org.orgsim.model.facts.RuleParameter;
import org.orgsim.model.facts.Vacancy;

/**
 * One replication's Drools session. Each week it replaces last week's facts with this week's,
 * fires the rules with a firing limit (a rule set that keeps firing is a runaway loop, not a
 * policy), and hands the queued actions to the engine. A rule that throws stops the run with a
 * message naming the rule and the week.
 */
final class RuleSession implements InterventionPolicy {
    private final KieSession session;
    private final Actions actions = new Actions();
    private final int maxFiringsPerWeek;
    /** The variant's number of rules: the firing limit grows with rules × facts (see {@link #firingLimit}). */
    private final int rules;
    /** This week's (or this review level's) firing limit. */
    private int firingLimit;
    private final String variant;
    private final Map<String, Integer> firingsThisWeek = new HashMap<>();
    private final java.util.ArrayList<FactHandle> handles = new java.util.ArrayList<>();
    private final boolean insertPeople;
    private final boolean insertCandidates;
    private final boolean insertLevels;
    private final double maxSecondsPerWeek;
    private volatile String firingRule = "?";

    RuleSession(RuleBook book, int maxFiringsPerWeek, String variant) {
        this(book, maxFiringsPerWeek, variant, Map.of(), 60);
    }

    /**
     * @param ruleParameters the variant's rule parameters, inserted once as {@link RuleParameter}
     *                       facts that stay for the whole run (in name order)
     */
    RuleSession(RuleBook book, int maxFiringsPerWeek, String variant, Map<String, Double> ruleParameters,
                double maxSecondsPerWeek) {
        this.session = book.base().newKieSession();
        this.maxSecondsPerWeek = maxSecondsPerWeek;
        this.insertPeople = book.matchesPeople();
        this.insertCandidates = book.matchesCandidates();
        this.insertLevels = book.matchesLevels();
        this.maxFiringsPerWeek = maxFiringsPerWeek;
        this.rules = book.base().getKiePackages().stream().mapToInt(pkg -> pkg.getRules().size()).sum();
        this.variant = variant;
        session.setGlobal("actions", actions);
        session.addEventListener(new DefaultAgendaEventListener() {
            @Override
            public void beforeMatchFired(BeforeMatchFiredEvent event) {
                String rule = event.getMatch().getRule().getName();
                actions.setCurrentRule(rule);
                firingRule = rule;
                firingsThisWeek.merge(rule, 1, Integer::sum);
            }
        });
        new java.util.TreeMap<>(ruleParameters).forEach((name, value) -> session.insert(new RuleParameter(name, value)));
    }

    /**
     * Fills the vacancies of one level at a career review: the session holds only the review's
     * facts (and the rule parameters) while the rules fire. Each appointment removes the vacancy and
     * the candidate from the facts at once, so the next firing picks among those still open.
     */
    @Override
    public List<ActionRequest> decideVacancies(ReviewFacts facts) {
        int week = facts.review().getWeek();
        for (FactHandle handle : handles) {
            session.delete(handle);
        }
        handles.clear();
        firingsThisWeek.clear();
        Map<String, FactHandle> vacancies = new HashMap<>();
        Map<String, FactHandle> candidates = new HashMap<>();
        actions.beginReview(facts, (candidateId, vacancyId) -> {
            FactHandle candidate = candidates.remove(candidateId);
            if (candidate != null) {
                session.delete(candidate);
            }
            session.delete(vacancies.remove(vacancyId));
        });
        FactHandle review = session.insert(facts.review());
        for (Vacancy vacancy : facts.vacancies()) {
            vacancies.put(vacancy.getId(), session.insert(vacancy));
        }
        if (insertCandidates) {
            for (Candidate candidate : facts.candidates()) {
                candidates.put(candidate.getPersonId(), session.insert(candidate));
            }
        }
        firingLimit = firingLimit(1 + facts.vacancies().size() + facts.candidates().size());
        String where = "the career review of week " + week + " (review " + facts.review().getNumber() + ")";
        try {
            checkFirings(fire(where), where);
            return actions.requested();
        } catch (ConsequenceException failure) {
            Throwable cause = failure.getCause() == null ? failure : failure.getCause();
            throw new InterventionException("rule '" + failure.getMatch().getRule().getName() + "' failed in " + where
                    + " of variant '" + facts.variant() + "': " + cause.getMessage(), cause);
        } catch (InterventionException failure) {
            throw failure;
        } catch (RuntimeException failure) {
            throw new InterventionException("the rules of variant '" + variant + "' failed in " + where + ": "
                    + failure.getMessage(), failure);
        } finally {
            actions.endReview();
            session.delete(review);
            vacancies.values().forEach(session::delete);
            candidates.values().forEach(session::delete);
        }
    }

    @Override
    public List<ActionRequest> decide(WeeklyFacts facts) {
        int week = facts.week().getNumber();
        for (FactHandle handle : handles) {
            session.delete(handle);
        }
        handles.clear();
        firingsThisWeek.clear();
        actions.beginWeek(facts);
        handles.add(session.insert(facts.week()));
        handles.add(session.insert(facts.organization()));
        facts.teams().forEach(team -> handles.add(session.insert(team)));
        if (insertPeople) {
            facts.people().forEach(person -> handles.add(session.insert(person)));
        }
        if (insertLevels) {
            facts.levels().forEach(level -> handles.add(session.insert(level)));
        }
        // The limit counts the week's facts, also levels left out because no rule can match them.
        firingLimit = firingLimit(handles.size() + (insertLevels ? 0 : facts.levels().size()));
        int fired;
        try {
            fired = fire("week " + week);
        } catch (InterventionException failure) {
            throw failure;
        } catch (ConsequenceException failure) {
            Throwable cause = failure.getCause() == null ? failure : failure.getCause();
            throw new InterventionException("rule '" + failure.getMatch().getRule().getName() + "' failed in week " + week
                    + " of variant '" + variant + "': " + cause.getMessage(), cause);
        } catch (RuntimeException failure) {
            throw new InterventionException("the rules of variant '" + variant + "' failed in week " + week + ": " + failure.getMessage(), failure);
        }
        checkFirings(fired, "week " + week);
        return actions.requested();
    }

    /**
     * The firing limit for work of {@code facts} facts: {@code rules.maxFiringsPerWeek}, or one firing
     * per rule and fact when that is more. A policy fires at most once per rule and combination of
     * facts it matches, and an ordinary one (once per vacancy, per team, per person) stays within one
     * per rule and fact, so the limit grows with the work (11,000 vacancies at a review of 160,000
     * positions need 11,000 appointments) while a loop, which re-fires on facts of its own making
     * without end, still stops after that many firings (a fraction of a second even then).
     */
    int firingLimit(int facts) {
        long perFact = (long) Math.max(1, rules) * facts;
        return (int) Math.min(Integer.MAX_VALUE - 1, Math.max(maxFiringsPerWeek, perFact));
    }

    private void checkFirings(int fired, String where) {
        if (fired > firingLimit) {
            String loudest = firingsThisWeek.entrySet().stream().max(Map.Entry.comparingByValue())
                    .map(Map.Entry::getKey).orElse("?");
            throw new InterventionException("rule '" + loudest + "' fired more than " + firingLimit + " times in "
                    + where + " of variant '" + variant + "' (a runaway loop?); the limit is the parameter "
                    + "rules.maxFiringsPerWeek (" + maxFiringsPerWeek + "), or one firing per rule and fact when "
                    + "that is more");
        }
    }

    /**
     * Fires the rules under the time budget: a week whose rules run past it ends the run with a
     * message naming the rule that was firing, the week and the variant.
     */
    @SuppressWarnings("removal")
    private int fire(String where) {
        firingRule = "?";
        try (RuleWatchdog.Watch watch = RuleWatchdog.watch(maxSecondsPerWeek, session::halt, () -> "rule '" + firingRule
                + "' ran past the time budget of " + maxSecondsPerWeek + " s in " + where + " of variant '" + variant
                + "' (a loop that never ends?); the limit is the parameter rules.maxSecondsPerWeek")) {
            int fired;
            try {
                fired = session.fireAllRules(firingLimit + 1);
            } catch (ThreadDeath stoppedByTheWatchdog) {
                RuleWatchdog.reported(watch);
                throw new InterventionException(watch.overrunMessage());
            } catch (ConsequenceException failure) {
                if (watch.expired()) {
                    RuleWatchdog.reported(watch);
                    throw new InterventionException(watch.overrunMessage(), failure);
                }
                throw failure;
            }
            if (watch.expired()) {
                RuleWatchdog.reported(watch);
                throw new InterventionException(watch.overrunMessage());
            }
            return fired;
        }
    }

    @Override
    public boolean needsPeople() {
        return insertPeople;
    }

    @Override
    public void close() {
        session.dispose();
    }
}
