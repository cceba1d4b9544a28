package org.orgsim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.orgsim.contract.LeadershipStyle;
import org.orgsim.contract.Metric;

/**
 * Reads a scenario file into a {@link Scenario}. This is the one place where scenario input is
 * validated: everything downstream trusts the records it builds.
 *
 * <p>The YAML is parsed into a plain tree and walked by hand rather than bound to classes, so that
 * every problem can be reported as {@code file: yaml.path problem} in the user's terms (what was
 * expected, what was found, the closest known name) instead of as a data-binding stack trace. Only
 * the first problem is reported: later ones are often consequences of it.
 *
 * <p>The file format is documented in {@code docs/scenarios.md}; keep the two in step.
 */
public final class ScenarioLoader {
    static final int DEFAULT_REPLICATIONS = 20;
    static final long DEFAULT_SEED = 1;
    static final int DEFAULT_FORMED_WEEKS_AGO = 104;
    static final String DEFAULT_VARIANT_NAME = "baseline";
    static final LeadershipStyle DEFAULT_LEADERSHIP = LeadershipStyle.HIERARCHICAL;

    private static final int MAX_WEEKS = 2600;
    /** A careers-only scenario steps from review to review, so it may run for centuries. */
    private static final int MAX_CAREER_WEEKS = 520_000;
    private static final int MAX_REPLICATIONS = 100_000;
    private static final int MAX_TEAM_SIZE = 500;
    private static final int MAX_TEAM_COUNT = 10_000;
    private static final int MAX_SPAN = 1000;

    private static final List<String> SCENARIO_FIELDS = List.of("name", "description", "weeks", "replications",
            "seed", "baseline", "organization", "work", "parameters", "variants", "precision", "sweep", "sensitivity",
            "careers", "ruleParameters", "preset", "periods", "discovery");
    private static final List<String> ORGANIZATION_FIELDS = List.of("leadership", "formedWeeksAgo", "teams",
            "management", "levels", YamlImport.FIELD);
    private static final List<String> TEAM_FIELDS = List.of("name", "size", "leadership", "formedWeeksAgo", "count");
    private static final List<String> LAYER_FIELDS = List.of("name", "span");
    private static final List<String> VARIANT_FIELDS = List.of("name", "description", "leadership", "organization",
            "work", "parameters", "rules", "careers", "ruleParameters");

    /** Scenario and variant names become folder names, so they must be safe on every file system. */
    private static final Pattern FOLDER_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final String FOLDER_NAME_RULE =
            "letters, digits, '.', '_' and '-' only, starting with a letter or digit";

    private ScenarioLoader() {
    }

    public static Scenario load(Path file) {
        String fileName = file.toString();
        if (Files.isDirectory(file)) {
            throw new ScenarioException(fileName + ": cannot be read: it is a directory");
        }
        ScenarioSizeLimits.requireFileSize(file);
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException exception) {
            throw new ScenarioException(fileName + ": file not found", exception);
        } catch (AccessDeniedException exception) {
            throw new ScenarioException(fileName + ": cannot be read: permission denied", exception);
        } catch (MalformedInputException exception) {
            throw new ScenarioException(fileName + ": cannot be read: it is not UTF-8 text", exception);
        } catch (IOException exception) {
            throw new ScenarioException(fileName + ": cannot be read: " + exception.getMessage(), exception);
        }
        return parse(text, file);
    }

    /**
     * Parses scenario text as if it had been read from {@code sourceForMessages}, which names the
     * file in messages and becomes {@link Scenario#source()} (it is not read).
     */
    public static Scenario parse(String yamlText, Path sourceForMessages) {
        String fileName = sourceForMessages == null ? "scenario" : sourceForMessages.toString();
        ScenarioSizeLimits.requireLineLengths(yamlText, fileName);
        JsonNode tree = YamlDocument.read(yamlText, fileName);
        if (tree == null || tree.isNull() || tree.isMissingNode()) {
            throw new ScenarioException(fileName + ": file is empty (a scenario needs at least name, weeks and "
                    + "organization)");
        }
        YamlNode root = new YamlNode(tree, YamlPath.root(), fileName);
        root.map("a map of scenario fields (" + String.join(", ", SCENARIO_FIELDS) + ")", SCENARIO_FIELDS);

        String name = folderName(root.field("name").required(FOLDER_NAME_RULE + ", e.g. name: merge-two-teams"));
        String description = description(root.field("description"));
        // Only an organization described as levels (careers-only) may run longer than 50 years.
        boolean levelsOnly = root.field("organization").isMap() && !root.field("organization").field("levels").isAbsent();
        int weeks = root.field("weeks").required("a whole number of weeks, e.g. weeks: 52")
                .wholeNumber(1, levelsOnly ? MAX_CAREER_WEEKS : MAX_WEEKS);
        YamlNode replicationsNode = root.field("replications");
        YamlNode precisionNode = root.field("precision");
        Precision precision = null;
        int replications;
        if (YamlStudies.isAuto(replicationsNode)) {
            precision = YamlStudies.precision(precisionNode);
            replications = precision.minimum();
        } else {
            if (replicationsNode.isText()) {
                throw replicationsNode.mismatch("a whole number or auto");
            }
            replications = optionalWholeNumber(replicationsNode, 1, MAX_REPLICATIONS, DEFAULT_REPLICATIONS);
            if (!precisionNode.isAbsent()) {
                throw precisionNode.problem("is only used with replications: auto (replications is " + replications
                        + "); write replications: auto, or remove precision");
            }
        }
        YamlNode seedNode = root.field("seed");
        long seed = seedNode.isAbsent() ? DEFAULT_SEED : seedNode.wholeNumber(Long.MIN_VALUE, Long.MAX_VALUE);
        OrganizationSpec organization = organization(root.field("organization")
                .required("the teams to simulate, e.g. organization: {teams: [{name: alpha, size: 8}]}"));
        // Defaults, then the sector preset, then the scenario's own overrides (then each variant's).
        SectorPreset preset = preset(root.field("preset"));
        ParameterSet parameters = YamlParameters.apply(preset.apply(ParameterSet.defaults()),
                YamlParameters.read(root.field("work"), root.field("parameters")));

        List<Variant> variants = variants(root.field("variants"), organization, parameters, sourceForMessages);
        variants = CareersResolution.resolve(root, organization, variants, weeks);
        List<Metric> recorded = variants.get(0).metrics();
        if (precision != null) {
            precision = YamlStudies.precision(precisionNode, recorded);
        }
        String baseline = baseline(root.field("baseline"), variants);
        YamlNode sweepNode = root.field("sweep");
        Sweep sweep = sweepNode.isAbsent() ? null : YamlStudies.sweep(sweepNode);
        YamlNode discoveryNode = root.field("discovery");
        if (!discoveryNode.isAbsent()) {
            if (sweep == null) {
                throw discoveryNode.problem("needs a sweep: it finds the ranges of the swept parameters in which a "
                        + "variant fails; add a sweep: block, or remove discovery");
            }
            sweep = sweep.withDiscovery(YamlStudies.discovery(discoveryNode, recorded,
                    variants.stream().map(Variant::name).toList(), baseline));
        }
        YamlNode sensitivityNode = root.field("sensitivity");
        Sensitivity sensitivity = sensitivityNode.isAbsent() ? null : YamlStudies.sensitivity(sensitivityNode, recorded);
        List<Period> periods = YamlPeriods.read(root.field("periods"), weeks);
        return new Scenario(name, description, weeks, replications, seed, baseline, variants, sourceForMessages,
                yamlText, precision, sweep, sensitivity, preset, periods);
    }

    private static SectorPreset preset(YamlNode node) {
        if (node.isAbsent()) {
            return SectorPreset.DEFAULT;
        }
        if (node.isText()) {
            var preset = SectorPreset.byName(node.text().toLowerCase(Locale.ROOT));
            if (preset.isPresent()) {
                return preset.get();
            }
        }
        throw node.mismatch("one of " + String.join(", ", SectorPreset.names()));
    }

    private static OrganizationSpec organization(YamlNode node) {
        if (YamlImport.isImport(node)) {
            node.map("a map with import (an HRIS export and survey)", ORGANIZATION_FIELDS);
            return YamlImport.organization(node); // an organization imported from HRIS data
        }
        node.map("a map with teams (and optionally leadership, formedWeeksAgo, management), or with levels",
                ORGANIZATION_FIELDS);
        YamlNode levelsNode = node.field("levels");
        if (!levelsNode.isAbsent()) {
            for (String teamField : List.of("teams", "management", "leadership", "formedWeeksAgo")) {
                if (!node.field(teamField).isAbsent()) {
                    throw node.field(teamField).problem("cannot be combined with levels: an organization is "
                            + "described either as teams (with management layers) or as levels of positions "
                            + "(careers only); with teams, the management layers, the team leads and the members "
                            + "are the career levels");
                }
            }
            return OrganizationSpec.ofLevels(YamlCareers.levels(levelsNode));
        }
        YamlNode leadershipNode = node.field("leadership");
        LeadershipStyle leadership = leadershipNode.isAbsent() ? DEFAULT_LEADERSHIP : leadership(leadershipNode);
        int formedWeeksAgo = optionalWholeNumber(node.field("formedWeeksAgo"), 0, MAX_WEEKS, DEFAULT_FORMED_WEEKS_AGO);

        String teamsExpected = "a list of teams, e.g. teams: [{name: alpha, size: 8}]";
        YamlNode teamsNode = node.field("teams").required(teamsExpected + "; or levels: [...] for an organization "
                + "of hierarchy levels only, see careers in docs/scenarios.md");
        List<YamlNode> entries = teamsNode.list(teamsExpected);
        if (entries.isEmpty()) {
            throw teamsNode.problem("must list at least one team");
        }
        List<TeamSpec> teams = new ArrayList<>();
        Map<String, YamlPath> entryOfTeamName = new HashMap<>();
        for (YamlNode entry : entries) {
            List<TeamSpec> expanded = teams(entry, leadership, formedWeeksAgo);
            for (TeamSpec team : expanded) {
                YamlPath earlier = entryOfTeamName.putIfAbsent(team.name(), entry.path());
                if (earlier != null) {
                    throw entry.field("name").problem("repeats the team name \"" + team.name() + "\" of " + earlier
                            + "; team names must be unique, also after count expands them (name-01, name-02, ...)");
                }
            }
            teams.addAll(expanded);
            if (teams.size() > ScenarioSizeLimits.MAX_TOTAL_TEAMS) {
                throw entry.problem("brings the organization to more than " + ScenarioSizeLimits.MAX_TOTAL_TEAMS
                        + " teams, far more than can be simulated (a team of 8 is 9 people: 100,000 teams are 900,000)");
            }
        }
        return new OrganizationSpec.Teams(teams, managementLayers(node.field("management")));
    }

    /** One entry of {@code teams}, which stands for {@code count} identical teams. */
    private static List<TeamSpec> teams(YamlNode entry, LeadershipStyle defaultLeadership, int defaultFormedWeeksAgo) {
        entry.map("a team, e.g. {name: alpha, size: 8}", TEAM_FIELDS);
        String name = entry.field("name").required("e.g. name: alpha").nonEmptyText();
        ScenarioSizeLimits.requireNameLength(entry.field("name"), name);
        int size = entry.field("size").required("members of the team, not counting its lead, e.g. size: 8")
                .wholeNumber(1, MAX_TEAM_SIZE);
        YamlNode leadershipNode = entry.field("leadership");
        LeadershipStyle leadership = leadershipNode.isAbsent() ? defaultLeadership : leadership(leadershipNode);
        int formedWeeksAgo = optionalWholeNumber(entry.field("formedWeeksAgo"), 0, MAX_WEEKS, defaultFormedWeeksAgo);
        int count = optionalWholeNumber(entry.field("count"), 1, MAX_TEAM_COUNT, 1);
        if (count == 1) {
            return List.of(new TeamSpec(name, size, leadership, formedWeeksAgo));
        }
        // Zero-padding to the width of count keeps the names in numeric order when sorted as text.
        String numberFormat = "%s-%0" + String.valueOf(count).length() + "d";
        List<TeamSpec> teams = new ArrayList<>(count);
        for (int number = 1; number <= count; number++) {
            teams.add(new TeamSpec(String.format(Locale.ROOT, numberFormat, name, number), size, leadership,
                    formedWeeksAgo));
        }
        return teams;
    }

    private static List<ManagementLayer> managementLayers(YamlNode node) {
        if (node.isAbsent()) {
            return List.of();
        }
        List<ManagementLayer> layers = new ArrayList<>();
        Map<String, YamlPath> entryOfLayerName = new HashMap<>();
        for (YamlNode entry : node.list("a list of management layers, top first, e.g. [{name: department, span: 6}]")) {
            entry.map("a management layer, e.g. {name: department, span: 6}", LAYER_FIELDS);
            YamlNode nameNode = entry.field("name").required("e.g. name: department");
            String name = nameNode.nonEmptyText();
            int span = entry.field("span").required("units of the level below per position, e.g. span: 6")
                    .wholeNumber(1, MAX_SPAN);
            YamlPath earlier = entryOfLayerName.putIfAbsent(name, entry.path());
            if (earlier != null) {
                throw nameNode.problem("repeats the layer name \"" + name + "\" of " + earlier
                        + "; layer names must be unique");
            }
            layers.add(new ManagementLayer(name, span));
        }
        return layers;
    }

    private static List<Variant> variants(YamlNode node, OrganizationSpec organization, ParameterSet parameters,
                                          Path scenarioFile) {
        if (node.isAbsent()) {
            return List.of(new Variant(DEFAULT_VARIANT_NAME, "", organization, parameters, List.of()));
        }
        List<YamlNode> entries = node.list("a list of variants, e.g. variants: [{name: baseline}, {name: merged}]");
        if (entries.isEmpty()) {
            throw node.problem("must list at least one variant (or be left out for a single baseline)");
        }
        Map<String, YamlPath> entryOfVariantName = new HashMap<>();
        List<Variant> variants = new ArrayList<>();
        for (YamlNode entry : entries) {
            entry.map("a variant, e.g. {name: horizontal, leadership: horizontal}", VARIANT_FIELDS);
            YamlNode nameNode = entry.field("name").required(FOLDER_NAME_RULE + ", e.g. name: baseline");
            String name = folderName(nameNode);
            YamlPath earlier = entryOfVariantName.putIfAbsent(name, entry.path());
            if (earlier != null) {
                throw nameNode.problem("repeats the variant name \"" + name + "\" of " + earlier
                        + "; variant names must be unique");
            }
            variants.add(variant(entry, name, organization, parameters, scenarioFile));
        }
        return variants;
    }

    /** Resolution order: defaults, then the scenario's overrides, then the variant's own. */
    private static Variant variant(YamlNode entry, String name, OrganizationSpec scenarioOrganization,
                                   ParameterSet scenarioParameters, Path scenarioFile) {
        String description = description(entry.field("description"));
        YamlNode leadershipNode = entry.field("leadership");
        LeadershipStyle leadership = leadershipNode.isAbsent() ? null : leadership(leadershipNode);
        YamlNode organizationNode = entry.field("organization");
        OrganizationSpec organization = organizationNode.isAbsent()
                ? scenarioOrganization
                : organization(organizationNode);
        if (leadership != null) {
            organization = organization.withLeadership(leadership);
        }
        ParameterSet parameters = YamlParameters.apply(scenarioParameters,
                YamlParameters.read(entry.field("work"), entry.field("parameters")));
        List<String> rules = YamlRuleFiles.read(entry.field("rules"), scenarioFile);
        return new Variant(name, description, organization, parameters, rules);
    }

    private static String baseline(YamlNode node, List<Variant> variants) {
        if (node.isAbsent()) {
            return variants.get(0).name();
        }
        String name = node.text();
        if (variants.stream().noneMatch(variant -> variant.name().equals(name))) {
            List<String> names = variants.stream().map(Variant::name).toList();
            throw node.mismatch("the name of a variant (" + String.join(", ", names) + ")");
        }
        return name;
    }

    static LeadershipStyle leadership(YamlNode node) {
        if (node.isText()) {
            String text = node.text().toLowerCase(Locale.ROOT);
            for (LeadershipStyle style : LeadershipStyle.values()) {
                if (style.yamlName().equals(text)) {
                    return style;
                }
            }
        }
        throw node.mismatch("one of " + String.join(", ",
                Arrays.stream(LeadershipStyle.values()).map(LeadershipStyle::yamlName).toList()));
    }

    private static String folderName(YamlNode node) {
        String name = node.nonEmptyText();
        ScenarioSizeLimits.requireNameLength(node, name);
        if (!FOLDER_NAME.matcher(name).matches()) {
            throw node.mismatch(FOLDER_NAME_RULE + " (it becomes a folder name)");
        }
        return name;
    }

    /**
     * A description: text, or the text in each report language, {@code {en: ..., nl: ...}}. The
     * English text is the description everywhere but the Dutch report, which reads the Dutch one
     * from the scenario copy in the results folder.
     */
    private static String description(YamlNode node) {
        if (node.isAbsent() || node.isText()) {
            return optionalText(node);
        }
        node.map("text, or the text per language as {en: ..., nl: ...}", List.of("en", "nl"));
        node.field("nl").required("the Dutch text, or give the description as plain text");
        node.field("nl").text();
        return node.field("en").required("the English text, shown in report.html and the terminal").text();
    }

    private static String optionalText(YamlNode node) {
        return node.isAbsent() ? "" : node.text();
    }

    private static int optionalWholeNumber(YamlNode node, int min, int max, int defaultValue) {
        return node.isAbsent() ? defaultValue : node.wholeNumber(min, max);
    }
}
