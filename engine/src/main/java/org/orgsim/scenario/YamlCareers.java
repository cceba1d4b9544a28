package org.orgsim.scenario;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.orgsim.scenario.CareersSpec.EventLog;
import org.orgsim.scenario.CareersSpec.NewRoleCompetence;
import org.orgsim.scenario.DistributionSpec.OutOfRange;
import org.orgsim.scenario.DistributionSpec.Shape;

/**
 * Reads the careers part of a scenario: {@code organization.levels} (an organization described as
 * hierarchy levels, without teams), the {@code careers:} map of the scenario and of each variant,
 * and {@code ruleParameters}. A variant's {@code careers:} overrides the scenario's field by field
 * (inside {@code competence}, {@code age}, {@code hiringAge} and {@code promotion} too), so a
 * variant that only changes the competence hypothesis writes one line.
 *
 * <p>Defaults (documented in {@code docs/scenarios.md}) follow Pluchino, Rapisarda &amp; Garofalo
 * (2010) for an organization of levels: competence normal(7, 2) on [1, 10], age normal(25, 5) on
 * [18, 60], retirement at 60, yearly reviews. Every problem is reported at the YAML path of the
 * value that causes it; a conflict between two fields (retirement before the hiring age) is
 * reported at the one written last, in the variant if the variant wrote it.
 */
final class YamlCareers {
    static final List<String> CAREERS_FIELDS = List.of("reviewWeeks", "competence", "age", "hiringAge",
            "retirementAge", "dismissalBelow", "quitRate", "promotion", "weights", "events");
    private static final List<String> DISTRIBUTION_FIELDS = List.of("distribution", "mean", "sd", "min", "max",
            "outOfRange");
    private static final List<String> PROMOTION_FIELDS = List.of("newRoleCompetence", "noise", "carryOverWeight");
    private static final List<String> LEVEL_FIELDS = List.of("name", "positions", "weight");

    static final int MAX_REVIEW_WEEKS = 520;
    private static final int MAX_POSITIONS = 1_000_000;
    private static final int MAX_LEVELS = 100;
    private static final double MAX_NUMBER = 1e9;
    private static final double MAX_AGE = 150;
    private static final Pattern PARAMETER_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    static final DistributionSpec DEFAULT_COMPETENCE = DistributionSpec.normal(7, 2, 1, 10, OutOfRange.REDRAW);
    static final DistributionSpec DEFAULT_AGE = DistributionSpec.normal(25, 5, 18, 60, OutOfRange.REDRAW);
    /** The team model's competence scale, for careers in an organization of teams. */
    private static final double TEAM_COMPETENCE_RANGE = 1;

    /** The careers of one level of the scenario (the scenario itself, or one variant), with where each value came from. */
    static final class Draft {
        int reviewWeeks = CareersSpec.DEFAULT_REVIEW_WEEKS;
        DistributionSpec competence;
        DistributionSpec age = DEFAULT_AGE;
        /** Null while not written anywhere: then the hiring age follows {@link #age}. */
        DistributionSpec hiringAge;
        double retirementAge = CareersSpec.DEFAULT_RETIREMENT_AGE;
        double dismissalBelow = Double.NEGATIVE_INFINITY;
        double quitRate;
        NewRoleCompetence newRoleCompetence = NewRoleCompetence.CARRY_OVER;
        /** NaN while not written anywhere: then a ninth of the competence range. */
        double noise = Double.NaN;
        double carryOverWeight = CareersSpec.DEFAULT_CARRY_OVER_WEIGHT;
        Map<String, Double> weights = new LinkedHashMap<>();
        EventLog events = EventLog.EACH;
        /** The node each field was written at on this level, for messages about conflicts between fields. */
        final Map<String, YamlNode> writtenAt = new HashMap<>();
        /** The same for the fields inherited from the level above (the scenario's, for a variant). */
        final Map<String, YamlNode> inheritedAt = new HashMap<>();

        Draft copy() {
            Draft copy = new Draft();
            copy.reviewWeeks = reviewWeeks;
            copy.competence = competence;
            copy.age = age;
            copy.hiringAge = hiringAge;
            copy.retirementAge = retirementAge;
            copy.dismissalBelow = dismissalBelow;
            copy.quitRate = quitRate;
            copy.newRoleCompetence = newRoleCompetence;
            copy.noise = noise;
            copy.carryOverWeight = carryOverWeight;
            copy.weights = new LinkedHashMap<>(weights);
            copy.events = events;
            copy.inheritedAt.putAll(inheritedAt);
            copy.inheritedAt.putAll(writtenAt);
            return copy;
        }
    }

    private YamlCareers() {
    }

    /** The defaults of an organization of levels ({@code levelsOnly}) or of teams. */
    static Draft defaults(boolean levelsOnly) {
        Draft draft = new Draft();
        draft.competence = levelsOnly ? DEFAULT_COMPETENCE : null;
        return draft;
    }

    /** {@code organization.levels}: at least one level, top first, names unique. */
    static List<LevelSpec> levels(YamlNode node) {
        String expected = "a list of levels, top first, e.g. levels: [{name: director, positions: 1, weight: 1.0}]";
        List<YamlNode> entries = node.list(expected);
        if (entries.isEmpty()) {
            throw node.problem("must list at least one level");
        }
        if (entries.size() > MAX_LEVELS) {
            throw node.problem("must list at most " + MAX_LEVELS + " levels, has " + entries.size());
        }
        List<LevelSpec> levels = new ArrayList<>();
        Map<String, YamlPath> entryOfName = new HashMap<>();
        for (YamlNode entry : entries) {
            entry.map("a level, e.g. {name: director, positions: 1, weight: 1.0}", LEVEL_FIELDS);
            YamlNode nameNode = entry.field("name").required("e.g. name: director");
            String name = nameNode.nonEmptyText();
            YamlPath earlier = entryOfName.putIfAbsent(seriesName(name), entry.path());
            if (earlier != null) {
                throw nameNode.problem("repeats the level name \"" + name + "\" of " + earlier
                        + " (names are compared as they appear in competence_level_<name>: other characters than "
                        + "letters, digits, '.', '_' and '-' count as '_'); level names must be unique");
            }
            int positions = entry.field("positions").required("seats in the level, e.g. positions: 5")
                    .wholeNumber(1, MAX_POSITIONS);
            double weight = positive(entry.field("weight").required("the responsibility weight of the level's "
                    + "positions, a positive number, e.g. weight: 0.8"));
            levels.add(new LevelSpec(name, positions, weight));
        }
        return levels;
    }

    /**
     * The careers of one level: {@code node}'s fields over {@code base}.
     *
     * @param levelsOnly whether the organization is described as levels
     * @param levelNames the organization's level names, top first (for {@code weights})
     */
    static Draft read(YamlNode node, Draft base, boolean levelsOnly, List<String> levelNames) {
        Draft draft = base.copy();
        if (node.isAbsent()) {
            return draft;
        }
        node.map("a map of career settings (" + String.join(", ", CAREERS_FIELDS) + ")", CAREERS_FIELDS);
        YamlNode reviewNode = node.field("reviewWeeks");
        if (!reviewNode.isAbsent()) {
            draft.reviewWeeks = reviewNode.wholeNumber(1, MAX_REVIEW_WEEKS);
            draft.writtenAt.put("reviewWeeks", reviewNode);
        }
        YamlNode competenceNode = node.field("competence");
        if (!competenceNode.isAbsent()) {
            if (!levelsOnly) {
                throw competenceNode.problem("is only for an organization described as levels; in an organization "
                        + "of teams competence is the team model's (0 to 1: parameters people.competenceMean and "
                        + "people.competenceSd, clipped to [0, 1])");
            }
            draft.competence = distribution(competenceNode, draft.competence, 0, MAX_NUMBER,
                    "must be >= 0 (bench_strength is a share of the highest competence)");
            draft.writtenAt.put("competence", competenceNode);
        }
        YamlNode ageNode = node.field("age");
        if (!ageNode.isAbsent()) {
            draft.age = distribution(ageNode, draft.age, 0, MAX_AGE, "must be >= 0 (an age in years)");
            draft.writtenAt.put("age", ageNode);
        }
        YamlNode hiringAgeNode = node.field("hiringAge");
        if (!hiringAgeNode.isAbsent()) {
            draft.hiringAge = distribution(hiringAgeNode, draft.hiringAge == null ? draft.age : draft.hiringAge, 0,
                    MAX_AGE, "must be >= 0 (an age in years)");
            draft.writtenAt.put("hiringAge", hiringAgeNode);
        }
        YamlNode retirementNode = node.field("retirementAge");
        if (!retirementNode.isAbsent()) {
            draft.retirementAge = retirementNode.number(1, MAX_AGE);
            draft.writtenAt.put("retirementAge", retirementNode);
        }
        YamlNode dismissalNode = node.field("dismissalBelow");
        if (!dismissalNode.isAbsent()) {
            if (dismissalNode.isText() && dismissalNode.text().equalsIgnoreCase("none")) {
                draft.dismissalBelow = Double.NEGATIVE_INFINITY;
            } else {
                if (dismissalNode.isText()) {
                    throw dismissalNode.mismatch("a competence, or none");
                }
                draft.dismissalBelow = dismissalNode.number(-MAX_NUMBER, MAX_NUMBER);
            }
            draft.writtenAt.put("dismissalBelow", dismissalNode);
        }
        YamlNode quitNode = node.field("quitRate");
        if (!quitNode.isAbsent()) {
            if (!levelsOnly) {
                throw quitNode.problem("is only for an organization described as levels; in an organization of "
                        + "teams people quit through the wellbeing model (parameters attrition.*, docs/model.md)");
            }
            draft.quitRate = quitNode.number(0, 1);
        }
        promotion(node.field("promotion"), draft);
        YamlNode weightsNode = node.field("weights");
        if (!weightsNode.isAbsent()) {
            if (levelsOnly) {
                throw weightsNode.problem("is only for an organization of teams; an organization described as "
                        + "levels gives each level its weight in organization.levels");
            }
            weights(weightsNode, draft, levelNames);
        }
        YamlNode eventsNode = node.field("events");
        if (!eventsNode.isAbsent()) {
            draft.events = choice(eventsNode, EventLog.values(), EventLog::yamlName);
        }
        return draft;
    }

    /**
     * The careers spec of a draft after the cross-field checks. {@code scenarioNode} is where to
     * report a conflict that no field of this level wrote ({@code careers}, or the variant's).
     */
    static CareersSpec build(Draft draft, YamlNode scenarioNode) {
        DistributionSpec hiringAge = draft.hiringAge == null ? draft.age : draft.hiringAge;
        if (draft.retirementAge <= hiringAge.min()) {
            throw placeOf(draft, scenarioNode, "retirementAge", "hiringAge").statement("the retirement age ("
                    + YamlNode.format(draft.retirementAge) + ") must be above the entry age, the youngest hiring "
                    + "age hiringAge.min (" + YamlNode.format(hiringAge.min()) + "); otherwise everybody hired "
                    + "retires at the next review");
        }
        if (draft.retirementAge <= draft.age.min()) {
            throw placeOf(draft, scenarioNode, "retirementAge", "age").statement("the retirement age ("
                    + YamlNode.format(draft.retirementAge) + ") must be above the youngest starting age age.min ("
                    + YamlNode.format(draft.age.min()) + "); otherwise everybody retires at the first review");
        }
        double competenceMax = draft.competence == null ? TEAM_COMPETENCE_RANGE : draft.competence.max();
        double competenceMin = draft.competence == null ? 0 : draft.competence.min();
        if (draft.dismissalBelow > competenceMax) {
            throw placeOf(draft, scenarioNode, "dismissalBelow", "competence").statement("the dismissal threshold "
                    + "dismissalBelow (" + YamlNode.format(draft.dismissalBelow) + ") must not be above the highest "
                    + "competence (" + YamlNode.format(competenceMax) + "); otherwise everybody is dismissed at "
                    + "every review");
        }
        double noise = Double.isNaN(draft.noise) ? (competenceMax - competenceMin) / 9 : draft.noise;
        return new CareersSpec(draft.reviewWeeks, draft.competence, draft.age, hiringAge, draft.retirementAge,
                draft.dismissalBelow, draft.quitRate, draft.newRoleCompetence, noise, draft.carryOverWeight,
                draft.weights, draft.events);
    }

    /** {@code ruleParameters}: names to numbers, over {@code base}. */
    static Map<String, Double> ruleParameters(YamlNode node, Map<String, Double> base) {
        Map<String, Double> parameters = new TreeMap<>(base);
        if (node.isAbsent()) {
            return parameters;
        }
        if (!node.isMap()) {
            throw node.mismatch("a map of rule parameters, e.g. ruleParameters: {p: 0.5}");
        }
        for (String name : node.fieldNames()) {
            YamlNode value = node.field(name);
            if (!PARAMETER_NAME.matcher(name).matches()) {
                throw value.problem("is not a valid rule parameter name (letters, digits and '_', not starting "
                        + "with a digit, e.g. p or bestShare)");
            }
            parameters.put(name, value.required("a number, e.g. " + name + ": 0.5").number(-MAX_NUMBER, MAX_NUMBER));
        }
        return parameters;
    }

    /**
     * The name of a level in the series {@code competence_level_<name>}: characters other than
     * letters, digits, '.', '_' and '-' become '_' ("team lead" gives {@code competence_level_team_lead}).
     */
    static String seriesName(String level) {
        return CareersSpec.seriesName(level);
    }

    private static void promotion(YamlNode node, Draft draft) {
        if (node.isAbsent()) {
            return;
        }
        node.map("a map of promotion settings (" + String.join(", ", PROMOTION_FIELDS) + ")", PROMOTION_FIELDS);
        YamlNode modeNode = node.field("newRoleCompetence");
        if (!modeNode.isAbsent()) {
            draft.newRoleCompetence = choice(modeNode, NewRoleCompetence.values(), NewRoleCompetence::yamlName);
        }
        YamlNode noiseNode = node.field("noise");
        if (!noiseNode.isAbsent()) {
            draft.noise = noiseNode.number(0, MAX_NUMBER);
        }
        YamlNode weightNode = node.field("carryOverWeight");
        if (!weightNode.isAbsent()) {
            draft.carryOverWeight = weightNode.number(0, 1);
        }
    }

    private static void weights(YamlNode node, Draft draft, List<String> levelNames) {
        if (!node.isMap()) {
            throw node.mismatch("a map from level names to weights, e.g. weights: {department: 1.0, team lead: 0.6, "
                    + "member: 0.3}");
        }
        for (String name : node.fieldNames()) {
            YamlNode value = node.field(name);
            if (!levelNames.contains(name)) {
                String known = "levels: " + String.join(", ", levelNames);
                throw value.problem("is not a level of the organization (" + YamlSuggestion.closest(name, levelNames)
                        .map(suggestion -> "did you mean '" + suggestion + "'? " + known).orElse(known) + ")");
            }
            draft.weights.put(name, positive(value));
        }
    }

    /**
     * A distribution over {@code base}: fields not written keep the base's values; a uniform
     * distribution takes no mean, sd or outOfRange (it never draws outside its range).
     */
    private static DistributionSpec distribution(YamlNode node, DistributionSpec base, double lowest, double highest,
                                                 String belowLowest) {
        node.map("a distribution, e.g. {distribution: normal, mean: 7, sd: 2, min: 1, max: 10, outOfRange: redraw}",
                DISTRIBUTION_FIELDS);
        YamlNode shapeNode = node.field("distribution");
        Shape shape = shapeNode.isAbsent() ? base.shape() : choice(shapeNode, Shape.values(), Shape::yamlName);
        if (shape == Shape.UNIFORM) {
            for (String unused : List.of("mean", "sd", "outOfRange")) {
                if (!node.field(unused).isAbsent()) {
                    throw node.field(unused).problem("is not used by a uniform distribution (it draws evenly between "
                            + "min and max); remove it, or write distribution: normal");
                }
            }
        }
        double mean = optional(node.field("mean"), -MAX_NUMBER, MAX_NUMBER, base.mean());
        double sd = optional(node.field("sd"), 0, MAX_NUMBER, base.sd());
        double min = bounded(node.field("min"), lowest, highest, base.min(), belowLowest);
        double max = bounded(node.field("max"), lowest, highest, base.max(), belowLowest);
        YamlNode outNode = node.field("outOfRange");
        OutOfRange outOfRange = outNode.isAbsent() ? base.outOfRange()
                : choice(outNode, OutOfRange.values(), OutOfRange::yamlName);
        if (!(min < max)) {
            throw node.problem("is an empty range: min (" + YamlNode.format(min) + ") must be below max ("
                    + YamlNode.format(max) + ")");
        }
        return shape == Shape.UNIFORM ? DistributionSpec.uniform(min, max)
                : DistributionSpec.normal(mean, sd, min, max, outOfRange);
    }

    private static double optional(YamlNode node, double min, double max, double defaultValue) {
        return node.isAbsent() ? defaultValue : node.number(min, max);
    }

    private static double bounded(YamlNode node, double lowest, double highest, double defaultValue,
                                  String belowLowest) {
        if (node.isAbsent()) {
            return defaultValue;
        }
        BigDecimal number = node.exactNumber("a number");
        if (number.compareTo(BigDecimal.valueOf(lowest)) < 0) {
            throw node.problem(belowLowest + ", was " + YamlNode.format(number));
        }
        return node.number(lowest, highest);
    }

    private static double positive(YamlNode node) {
        BigDecimal number = node.exactNumber("a positive number");
        if (number.signum() <= 0) {
            throw node.problem("must be a positive number, was " + YamlNode.format(number));
        }
        return node.number(0, MAX_NUMBER);
    }

    private static <T> T choice(YamlNode node, T[] values, java.util.function.Function<T, String> name) {
        if (node.isText()) {
            String text = node.text().toLowerCase(Locale.ROOT);
            for (T value : values) {
                if (name.apply(value).equals(text)) {
                    return value;
                }
            }
        }
        List<String> names = new ArrayList<>();
        for (T value : values) {
            names.add(name.apply(value));
        }
        throw node.mismatch("one of " + String.join(", ", names));
    }

    /**
     * Where to report a conflict between {@code fields}: the first of them written on this level
     * (the variant's own careers, if it has them), else the first inherited, else {@code fallback}.
     */
    private static YamlNode placeOf(Draft draft, YamlNode fallback, String... fields) {
        for (Map<String, YamlNode> written : List.of(draft.writtenAt, draft.inheritedAt)) {
            for (String field : fields) {
                YamlNode node = written.get(field);
                if (node != null) {
                    return node;
                }
            }
        }
        return fallback;
    }
}
