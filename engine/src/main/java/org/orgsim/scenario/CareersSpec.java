package org.orgsim.scenario;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * How careers work in a scenario: a career review every {@code reviewWeeks} weeks at which people
 * retire, are dismissed or quit, vacancies are filled top-down by promotion from the level directly
 * below (who is promoted is decided by the variant's promotion rules), and entry-level vacancies are
 * filled by hiring. {@code docs/scenarios.md} documents every field with its default, and
 * {@code docs/model.md} the mechanism.
 *
 * @param reviewWeeks       weeks between two career reviews (52: yearly)
 * @param competence        the competence distribution of the people hired and of fresh draws in a
 *                          new role; null in an organization with teams, where competence is the
 *                          team model's (0–1, parameters {@code people.competenceMean} and
 *                          {@code people.competenceSd}, clipped)
 * @param age               age in years of the people there at the start
 * @param hiringAge         age in years of the people hired later
 * @param retirementAge     age in years at which people retire at a review
 * @param dismissalBelow    competence below which people are dismissed at a review;
 *                          {@link Double#NEGATIVE_INFINITY} for no dismissals
 * @param quitRate          share of people who leave of their own accord per year (careers-only;
 *                          with teams, voluntary attrition comes from the wellbeing model)
 * @param newRoleCompetence how competence in a new role relates to competence in the old one
 * @param noise             half-width of the uniform noise added when skills carry over, in
 *                          competence units
 * @param carryOverWeight   for {@link NewRoleCompetence#BLEND}: the weight ρ of the carried-over
 *                          competence, 1 − ρ going to a fresh draw
 * @param weights           responsibility weights by level name, for an organization with teams
 *                          (levels not listed weigh 1); empty for an organization described as
 *                          levels, whose weights are in its {@link LevelSpec}s
 * @param events            how much of each review goes to {@code events.csv}
 */
public record CareersSpec(int reviewWeeks, DistributionSpec competence, DistributionSpec age,
                          DistributionSpec hiringAge, double retirementAge, double dismissalBelow, double quitRate,
                          NewRoleCompetence newRoleCompetence, double noise, double carryOverWeight,
                          Map<String, Double> weights, EventLog events) {
    /** The career level of the team leads in an organization of teams (the team model's own name for it). */
    public static final String LEAD_LEVEL = "team lead";
    /** The career level of the team members, the entry level, in an organization of teams. */
    public static final String MEMBER_LEVEL = "member";
    public static final int DEFAULT_REVIEW_WEEKS = 52;
    public static final double DEFAULT_RETIREMENT_AGE = 60;
    public static final double DEFAULT_CARRY_OVER_WEIGHT = 0.5;

    /**
     * Competence in the new role after a promotion. The research question is the Peter principle
     * (Pluchino, Rapisarda & Garofalo 2010): does the competence that earned the promotion carry
     * over to the new role (the "common sense" hypothesis) or does the new role need different
     * skills (the "Peter hypothesis")?
     */
    public enum NewRoleCompetence {
        /** new = old + U(−noise, +noise): skills carry over ("common sense"). */
        CARRY_OVER,
        /** new = a fresh draw from the competence distribution: the new role needs different skills ("Peter"). */
        FRESH,
        /** new = ρ · (old + U(−noise, +noise)) + (1 − ρ) · fresh draw, with ρ = carryOverWeight. */
        BLEND;

        public String yamlName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** How much of a review {@code events.csv} records. */
    public enum EventLog {
        /** One row per retirement, dismissal, quit, promotion, hire and vacancy left open. */
        EACH,
        /** One row per review with the counts. */
        PER_REVIEW,
        /** Nothing. */
        NONE;

        public String yamlName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public CareersSpec {
        Objects.requireNonNull(age, "age");
        Objects.requireNonNull(hiringAge, "hiringAge");
        Objects.requireNonNull(newRoleCompetence, "newRoleCompetence");
        Objects.requireNonNull(events, "events");
        weights = Map.copyOf(weights);
        if (reviewWeeks < 1) {
            throw new IllegalArgumentException("reviewWeeks must be at least 1, was " + reviewWeeks);
        }
        if (!(quitRate >= 0 && quitRate <= 1)) {
            throw new IllegalArgumentException("quitRate must be between 0 and 1, was " + quitRate);
        }
        if (!(noise >= 0) || !(carryOverWeight >= 0 && carryOverWeight <= 1)) {
            throw new IllegalArgumentException("noise must be >= 0 and carryOverWeight in [0, 1]");
        }
    }

    /**
     * The output series of a level's competence, {@code competence_level_<name>}: characters other
     * than letters, digits, '.', '_' and '-' in the name become '_' ("team lead" gives
     * {@code competence_level_team_lead}).
     */
    public static String seriesName(String level) {
        return "competence_level_" + level.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /** True when people are dismissed below a competence threshold. */
    public boolean dismisses() {
        return dismissalBelow != Double.NEGATIVE_INFINITY;
    }

    /** The weight of a level of an organization with teams: as given, or 1. */
    public double weightOf(String level) {
        return weights.getOrDefault(level, 1.0);
    }
}
