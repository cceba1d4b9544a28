package org.orgsim.scenario;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every tunable number of the model, with its default, allowed range and unit.
 *
 * <p>This enum is the single source of truth: the loader validates overrides against it, the model
 * reads values through a {@link ParameterSet}, sweeps name parameters by {@link #key()}, and
 * {@code docs/model.md} documents each key (a test keeps the two in step). Survey thresholds (what
 * counts as a burnout complaint or as "engaged") are deliberately <em>not</em> parameters: they are
 * fixed once for all scenarios so that no comparison can be rigged by moving them.
 */
public enum Parameter {
    // --- Work arriving at teams (Levitt's Virtual Design Team: work volume plus exceptions) ---
    ARRIVALS_PER_MEMBER("work.arrivalsPerMemberPerWeek", 0.5, 0, 50, "items/member/week",
            "Poisson rate of new work items per seat of a team's share of work (its people at the start, lead included; a vacancy keeps its seat)"),
    EFFORT_MEAN_HOURS("work.effortMeanHours", 16, 0.5, 1000, "hours",
            "mean effort of a work item (log-normal)"),
    EFFORT_SIGMA("work.effortSigma", 0.6, 0, 3, "log-hours",
            "standard deviation of log effort"),
    EXCEPTION_PROBABILITY("work.exceptionProbability", 0.3, 0, 1, "probability",
            "chance that an item needs a decision before it can be finished"),
    ESCALATION_PROBABILITY("work.escalationProbability", 0.15, 0, 1, "probability",
            "chance that a decision exceeds the decider's authority and goes one level up"),
    REWORK_BASE_PROBABILITY("work.reworkBaseProbability", 0.12, 0, 0.95, "probability",
            "chance that a finished item needs rework, for an average team"),
    REWORK_EFFORT_FRACTION("work.reworkEffortFraction", 0.5, 0, 2, "share of effort",
            "extra effort a rework costs, as a share of the item's original effort"),
    REWORK_COMPETENCE_EFFECT("work.reworkCompetenceEffect", 2.0, 0, 20, "log-odds per unit",
            "how strongly team competence lowers rework"),
    REWORK_FAMILIARITY_EFFECT("work.reworkFamiliarityEffect", 1.5, 0, 20, "log-odds per unit",
            "how strongly team familiarity (cohesion) lowers rework"),
    REWORK_SAFETY_EFFECT("work.reworkSafetyEffect", 2.0, 0, 20, "log-odds per unit",
            "how strongly psychological safety lowers rework (errors are spoken about)"),

    // --- People ---
    HOURS_PER_FTE("people.hoursPerFte", 36, 1, 60, "hours/week",
            "contract hours of one full-time equivalent"),
    FTE("people.fte", 0.9, 0.1, 1.2, "FTE", "contract size of each person"),
    COMPETENCE_MEAN("people.competenceMean", 0.5, 0, 1, "0-1", "mean competence"),
    COMPETENCE_SD("people.competenceSd", 0.15, 0, 0.5, "0-1", "spread of competence"),
    INITIAL_TENURE_MEAN_YEARS("people.initialTenureMeanYears", 7, 0, 40, "years",
            "mean tenure of the initial staff (exponential)"),
    RAMP_UP_WEEKS("people.rampUpWeeks", 30, 0, 260, "weeks",
            "weeks until a newcomer reaches full productivity"),
    RAMP_UP_START("people.rampUpStart", 0.5, 0, 1, "share",
            "productivity of a newcomer in the first week"),

    // --- Productivity ---
    COMPETENCE_PRODUCTIVITY("productivity.competenceWeight", 0.8, 0, 4, "per unit competence",
            "productivity multiplier 1 + weight x (competence - 0.5)"),
    FAMILIARITY_PRODUCTIVITY("productivity.familiarityLoss", 0.1, 0, 0.9, "share",
            "productivity lost in a team of strangers versus a fully familiar team"),
    BURNOUT_PRODUCTIVITY("productivity.burnoutLoss", 0.3, 0, 0.9, "share",
            "productivity lost at full exhaustion"),
    FORMING_DIP_DEPTH("team.formingDipDepth", 0.2, 0, 0.9, "share",
            "productivity lost right after a team is formed or reorganized"),
    FORMING_DIP_WEEKS("team.formingDipWeeks", 8, 0.1, 104, "weeks",
            "time constant of the recovery from the forming dip"),
    ROLE_AMBIGUITY_WEEKS("team.roleAmbiguityWeeks", 12, 0.1, 104, "weeks",
            "time constant of role ambiguity after a team is formed or reorganized"),

    // --- Coordination ---
    COORDINATION_BASE_SHARE("coordination.baseShare", 0.48, 0, 0.9, "share of hours",
            "communication every person does regardless of team structure"),
    COORDINATION_PAIR_HOURS("coordination.pairHours", 0.6, 0, 10, "hours/week per colleague",
            "alignment time per teammate in a team that coordinates all-to-all"),
    COORDINATION_HUB_FACTOR("coordination.hubFactor", 0.4, 0, 1, "share",
            "alignment in a hierarchical team relative to all-to-all (the lead is the hub)"),
    COORDINATION_FAMILIARITY_RELIEF("coordination.familiarityRelief", 0.5, 0, 1, "share",
            "alignment time saved in a fully familiar team"),
    COORDINATION_MAX_PARTNERS("coordination.maxPartners", 8, 1, 100, "colleagues",
            "colleagues a person aligns with at most; a larger team works in subgroups"),
    HORIZONTAL_DECISION_HOURS("coordination.horizontalDecisionHours", 0.8, 0, 20, "hours",
            "team hours one decision costs in a horizontal team of one person"),
    HORIZONTAL_DECISION_EXPONENT("coordination.horizontalDecisionExponent", 0.8, 0, 2, "exponent",
            "growth of a horizontal decision's cost with team size (hours x size^exponent)"),
    COORDINATION_SAFETY_RELIEF("coordination.safetyRelief", 0.3, 0, 1, "share",
            "decision time saved in a team with full psychological safety"),

    // --- Leadership ---
    DECISION_HOURS("leader.hoursPerDecision", 1.0, 0.05, 40, "hours",
            "leader time one decision takes"),
    LEADER_DECISION_SHARE("leader.decisionShare", 0.35, 0, 1, "share of hours",
            "most of a leader's hours that go to decisions"),
    SUPERVISION_HOURS_PER_REPORT("leader.supervisionHoursPerReport", 0.5, 0, 10, "hours/week",
            "one-to-ones and supervision per direct report"),
    DECISION_MINIMUM_DAYS("leader.minimumDelayDays", 0.5, 0, 20, "working days",
            "time before a leader can look at a new decision"),
    DECISION_ESCALATE_AFTER_DAYS("leader.escalateAfterDays", 5, 0.5, 100, "working days",
            "a decision waiting longer goes to the position above, or to a deputy in the team"),
    LEADER_STRESS_CAPACITY_LOSS("leader.stressCapacityLoss", 0.4, 0, 1, "share",
            "decision capacity lost by a leader at full stress"),
    LEADER_SUPPORT("leader.support", 0.7, 0, 1, "0-1", "support a leader gives at a comfortable span"),
    LEADER_SUPPORT_SPAN("leader.supportSpan", 10, 1, 100, "reports",
            "span beyond which support per report thins out"),
    LEADER_SUPPORT_SPAN_ELASTICITY("leader.supportSpanElasticity", 0.5, 0, 2, "elasticity",
            "how fast support per report thins beyond that span: (supportSpan / span)^elasticity"),
    LEADER_INCLUSIVENESS("leader.inclusiveness", 0.55, 0, 1, "0-1",
            "leader behaviour that invites speaking up (drives psychological safety)"),
    HORIZONTAL_LATENCY_DAYS("horizontal.baseLatencyDays", 1.0, 0, 20, "working days",
            "time a small horizontal team needs to settle a decision"),
    HORIZONTAL_LATENCY_PER_MEMBER("horizontal.latencyPerMember", 0.08, 0, 2, "share per member",
            "extra decision time per additional team member (consent takes longer in large groups)"),
    HORIZONTAL_PEER_SUPPORT("horizontal.peerSupport", 0.6, 0, 1, "0-1",
            "support from peers in a fully familiar horizontal team"),
    AUTONOMY_HIERARCHICAL("leadership.autonomyHierarchical", 0.45, 0, 1, "0-1",
            "job autonomy under a team lead"),
    AUTONOMY_HORIZONTAL("leadership.autonomyHorizontal", 0.75, 0, 1, "0-1",
            "job autonomy in a self-managing team"),

    // --- Wellbeing (Job Demands-Resources) ---
    STRESS_BASELINE("stress.baseline", 0.62, -10, 10, "log-odds", "stress of a person with average demands and resources"),
    STRESS_WORKLOAD_WEIGHT("stress.workloadWeight", 2.0, 0, 20, "log-odds per unit", "effect of workload above capacity"),
    STRESS_AMBIGUITY_WEIGHT("stress.ambiguityWeight", 0.2, 0, 20, "log-odds per unit", "effect of role ambiguity"),
    STRESS_DECISION_LOAD_WEIGHT("stress.decisionLoadWeight", 1.0, 0, 20, "log-odds per unit", "effect of a leader's decision queue"),
    STRESS_RESOURCE_WEIGHT("stress.resourceWeight", 2.0, 0, 20, "log-odds per unit", "buffering effect of job resources"),
    STRESS_TRAIT_SD("stress.traitSd", 0.7, 0, 5, "log-odds", "person-to-person spread in stress sensitivity"),
    STRESS_ADAPT_WEEKS("stress.adaptWeeks", 4, 1, 104, "weeks", "time constant of stress"),
    STRESS_NOISE("stress.weeklyNoise", 0.05, 0, 0.5, "0-1", "week-to-week fluctuation of stress"),
    BURNOUT_STRESS_THRESHOLD("burnout.stressThreshold", 0.57, 0, 1, "0-1", "stress at which the resting level of exhaustion is one half"),
    BURNOUT_RESTING_SLOPE("burnout.restingSlope", 12, 0, 100, "log-odds per unit stress",
            "how steeply the resting level of exhaustion rises with sustained stress"),
    BURNOUT_BUILD_RATE("burnout.buildRate", 0.15, 0, 1, "share per week", "share of the gap to a higher resting level closed each week"),
    BURNOUT_RECOVERY_RATE("burnout.recoveryRate", 0.06, 0, 1, "share per week", "share of the gap to a lower resting level closed each week"),
    BURNOUT_AWAY_RECOVERY_RATE("burnout.awayRecoveryRate", 0.1, 0, 1, "share per week",
            "share of exhaustion that goes in a week away from work (leave, a week's sickness)"),
    ENGAGEMENT_BASELINE("engagement.baseline", 0.0, -10, 10, "log-odds", "engagement with average resources"),
    ENGAGEMENT_RESOURCE_WEIGHT("engagement.resourceWeight", 2.5, 0, 20, "log-odds per unit", "effect of job resources"),
    ENGAGEMENT_BURNOUT_WEIGHT("engagement.burnoutWeight", 2.5, 0, 20, "log-odds per unit", "effect of exhaustion"),
    ENGAGEMENT_TRAIT_SD("engagement.traitSd", 0.8, 0, 5, "log-odds", "person-to-person spread in engagement"),
    ENGAGEMENT_ADAPT_WEEKS("engagement.adaptWeeks", 8, 1, 104, "weeks", "time constant of engagement"),
    SAFETY_BASELINE("safety.baseline", 0.0, -10, 10, "log-odds", "psychological safety under an average leader in an average team"),
    SAFETY_LEADER_WEIGHT("safety.leaderWeight", 2.0, 0, 20, "log-odds per unit", "effect of inclusive leadership"),
    SAFETY_COHESION_WEIGHT("safety.cohesionWeight", 1.0, 0, 20, "log-odds per unit", "effect of team familiarity"),
    SAFETY_TRAIT_SD("safety.traitSd", 0.5, 0, 5, "log-odds", "person-to-person spread in perceived safety"),
    SAFETY_ADAPT_WEEKS("safety.adaptWeeks", 10, 1, 104, "weeks", "time constant of psychological safety"),
    FAMILIARITY_GROWTH("familiarity.growthRate", 0.06, 0, 1, "per week", "tie strength gained per week worked together"),
    FAMILIARITY_DECAY("familiarity.decayRate", 0.002, 0, 1, "per week", "tie strength lost per week apart"),
    IDENTITY_GROWTH_RATE("identity.growthRate", 0.012, 0, 1, "per week",
            "share of the gap to full identification with one's team closed each week in it"),
    IDENTITY_LOSS_STRESS_WEIGHT("identity.lossStressWeight", 0.3, 0, 20, "log-odds at full loss",
            "how the identification a reorganization takes away raises stress"),
    IDENTITY_REBUILD_WEEKS("identity.rebuildWeeks", 26, 1, 520, "weeks",
            "time constant of the fading of that loss as a new team identity forms"),

    // --- Sickness absence ---
    SICK_SPELLS_PER_YEAR("sickness.spellsPerYear", 1.1, 0, 20, "spells/year", "sickness spells per year of an unstrained person (stress 0.3)"),
    SICK_STRESS_EFFECT("sickness.stressEffect", 0.8, 0, 10, "log-hazard per unit", "how stress raises the chance of a spell"),
    SICK_SPELL_MEDIAN_DAYS("sickness.spellMedianDays", 4, 0.5, 60, "working days", "median length of a spell (log-normal)"),
    SICK_SPELL_SIGMA("sickness.spellSigma", 1.3, 0, 3, "log-days", "spread of spell length"),
    BURNOUT_LEAVE_EXHAUSTION("sickness.burnoutLeaveExhaustion", 0.8, 0, 1, "0-1", "exhaustion above which long burnout leave can start"),
    BURNOUT_LEAVE_PER_YEAR("sickness.burnoutLeavePerYear", 0.35, 0, 20, "spells/year", "hazard of long burnout leave above that exhaustion"),
    BURNOUT_LEAVE_MEAN_WEEKS("sickness.burnoutLeaveMeanWeeks", 36, 1, 104, "weeks", "mean length of burnout leave"),

    // --- Attrition and hiring ---
    QUIT_ANNUAL_RATE("attrition.annualRate", 0.06, 0, 0.9, "share/year", "voluntary quit rate of settled (2+ years), healthy, averagely engaged (0.5) staff"),
    QUIT_NEWCOMER_MULTIPLIER("attrition.newcomerMultiplier", 3.0, 1, 20, "hazard ratio", "quit hazard in the first two years of tenure"),
    QUIT_BURNOUT_MULTIPLIER("attrition.burnoutMultiplier", 1.6, 1, 20, "hazard ratio", "quit hazard with burnout complaints, on top of their lower engagement"),
    QUIT_ENGAGEMENT_EFFECT("attrition.engagementEffect", 1.0, 0, 10, "log-hazard per unit", "how low engagement raises the quit hazard"),
    VACANCY_WEEKS("hiring.vacancyWeeks", 10, 0, 104, "weeks", "time to fill a vacancy"),
    RECRUITMENT_COST_SHARE("hiring.recruitmentCostShare", 0.06, 0, 2, "share of annual cost", "one-off cost of a hire"),

    // --- Cost ---
    MEMBER_WEEKLY_COST("cost.memberWeekly", 1500, 0, 1e6, "currency/FTE-week", "employer cost of a team member"),
    LEAD_COST_FACTOR("cost.leadFactor", 1.3, 0, 20, "ratio", "cost of a team lead relative to a member"),
    MANAGER_COST_FACTOR("cost.managerFactor", 1.6, 0, 20, "ratio", "cost of a manager relative to a member"),

    // --- Interventions (used only when a rule applies the corresponding action) ---
    COACHING_HOURS("coaching.hoursPerWeek", 4, 0, 40, "hours/week",
            "time a leader in a coaching program spends on it instead of work"),
    COACHING_SKILL_GAIN("coaching.skillGainPerWeek", 0.05, 0, 1, "per week",
            "leadership skill gained per coaching week, s += gain x (1 - s)"),
    COACHING_INCLUSIVENESS_EFFECT("coaching.inclusivenessEffect", 0.15, 0, 1, "0-1 at full skill",
            "extra inclusive leadership of a fully coached leader"),
    COACHING_SUPPORT_EFFECT("coaching.supportEffect", 0.2, 0, 1, "0-1 at full skill",
            "extra support to reports from a fully coached leader"),
    COACHING_OWN_STRESS_EFFECT("coaching.ownStressEffect", 0.6, 0, 10, "log-odds at full skill",
            "less stress for the coached person (coping and self-efficacy from coaching)"),
    COACHING_WEEKLY_COST("coaching.weeklyCost", 250, 0, 1e6, "currency/week",
            "fee of a coaching program per coached person per week"),
    LAYOFF_SAFETY_SHOCK_TEAM("layoff.safetyShockTeam", 0.15, 0, 1, "0-1",
            "immediate drop of psychological safety in a team that loses people to a layoff"),
    LAYOFF_SAFETY_SHOCK_OTHERS("layoff.safetyShockOthers", 0.05, 0, 1, "0-1",
            "immediate drop of psychological safety elsewhere in the organization"),
    LAYOFF_INSECURITY_PER_SHARE("layoff.insecurityPerShare", 2, 0, 10, "insecurity per share laid off",
            "job insecurity of a team's survivors per share of the team laid off (capped at 1); half the organization's share elsewhere"),
    LAYOFF_INSECURITY_HALF_LIFE("layoff.insecurityHalfLifeWeeks", 26, 1, 520, "weeks",
            "half-life of job insecurity after a layoff"),
    LAYOFF_INSECURITY_STRESS_WEIGHT("layoff.insecurityStressWeight", 0.8, 0, 20, "log-odds at full insecurity",
            "how job insecurity raises stress (a demand)"),
    LAYOFF_INSECURITY_QUIT_EFFECT("layoff.insecurityQuitEffect", 0.25, 0, 20, "log-hazard at full insecurity",
            "how job insecurity raises the quit hazard of survivors"),
    AI_ROUTINE_SHARE("ai.routineShare", 0.3, 0, 1, "share of effort",
            "share of work that is routine enough for AI support"),
    AI_AUTOMATION("ai.automation", 0.4, 0, 1, "share", "share of routine effort AI support takes over"),
    AI_EXCEPTION_REDUCTION("ai.exceptionReduction", 0.3, 0, 1, "share",
            "fewer items need a decision when information is at hand"),
    AI_DECISION_SPEEDUP("ai.decisionSpeedup", 0.3, 0, 0.95, "share", "decision time saved with AI decision support"),
    AI_AUTONOMY_GAIN("ai.autonomyGain", 0.1, 0, 1, "0-1",
            "autonomy gained in a hierarchical team when the information gap with the lead closes"),
    AI_ADOPTION_WEEKS("ai.adoptionWeeks", 12, 1, 104, "weeks", "weeks until AI support has its full effect"),
    RULES_MAX_FIRINGS_PER_WEEK("rules.maxFiringsPerWeek", 1000, 1, 1e7, "firings",
            "rule firings allowed in one week before the run stops as a runaway loop, or one per rule and fact when that is more"),
    RULES_MAX_SECONDS_PER_WEEK("rules.maxSecondsPerWeek", 60, 0.05, 3600, "seconds",
            "time the rules of one replication may take in one week before the run stops as a runaway loop"),

    // --- Simulation ---
    WARMUP_WEEKS("simulation.warmupWeeks", 78, 0, 520, "weeks",
            "weeks simulated before week 0 and left out of the results, so the start looks like a running organization in its steady state");

    private static final Map<String, Parameter> BY_KEY = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(Parameter::key, Function.identity()));

    private final String key;
    private final double defaultValue;
    private final double min;
    private final double max;
    private final String unit;
    private final String description;

    Parameter(String key, double defaultValue, double min, double max, String unit, String description) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.min = min;
        this.max = max;
        this.unit = unit;
        this.description = description;
    }

    public String key() { return key; }
    public double defaultValue() { return defaultValue; }
    public double min() { return min; }
    public double max() { return max; }
    public String unit() { return unit; }
    public String description() { return description; }

    /** True for parameters counted in whole weeks; the loader rejects fractions for them. */
    public boolean isWholeNumber() {
        return this == WARMUP_WEEKS || this == VACANCY_WEEKS || this == RULES_MAX_FIRINGS_PER_WEEK;
    }

    public static Optional<Parameter> byKey(String key) {
        return Optional.ofNullable(BY_KEY.get(key));
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(Parameter::key).sorted().toList();
    }
}
