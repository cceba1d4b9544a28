package org.orgsim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Gives every variant its careers and rule parameters once the rest of the scenario is read, and
 * checks that the variants can be compared: all of them careers-only (an organization of levels) or
 * none, all with careers or none, all with the same career levels (each level's competence is a
 * series of the output), and, careers-only, the same review interval (one output row per review).
 */
final class CareersResolution {
    private CareersResolution() {
    }

    static List<Variant> resolve(YamlNode root, OrganizationSpec scenarioOrganization, List<Variant> variants,
                                 int weeks) {
        boolean levelsOnly = scenarioOrganization.isLevelsOnly();
        YamlNode careersNode = root.field("careers");
        boolean withCareers = levelsOnly || !careersNode.isAbsent();
        if (!levelsOnly && withCareers) {
            if (scenarioOrganization instanceof OrganizationSpec.Imported) {
                throw careersNode.problem("cannot be combined with organization.import yet: the career levels of an "
                        + "imported organization come from its export; describe the organization with teams and "
                        + "management, or as levels");
            }
            checkLevelNames(root.field("organization").field("management"), scenarioOrganization);
        }
        YamlCareers.Draft scenarioDraft = YamlCareers.read(careersNode, YamlCareers.defaults(levelsOnly), levelsOnly,
                scenarioOrganization.careerLevelNames());
        if (withCareers) {
            YamlCareers.build(scenarioDraft, careersNode); // the scenario's own settings must hold on their own
        }
        if (levelsOnly && weeks % scenarioDraft.reviewWeeks != 0) {
            int reviews = Math.max(1, weeks / scenarioDraft.reviewWeeks);
            throw root.field("weeks").problem("must be a whole number of career reviews in a careers-only scenario "
                    + "(one review every careers.reviewWeeks = " + scenarioDraft.reviewWeeks + " weeks; "
                    + "timeseries.csv has one row per review), e.g. " + reviews * scenarioDraft.reviewWeeks
                    + ", was " + weeks);
        }
        Map<String, Double> scenarioParameters = YamlCareers.ruleParameters(root.field("ruleParameters"), Map.of());

        YamlNode variantsNode = root.field("variants");
        List<YamlNode> entries = variantsNode.isAbsent() ? List.of() : variantsNode.list("a list of variants");
        List<Variant> resolved = new ArrayList<>();
        List<String> firstLevels = null;
        for (int index = 0; index < variants.size(); index++) {
            Variant variant = variants.get(index);
            YamlNode entry = entries.isEmpty() ? variantsNode : entries.get(index); // absent: no overrides
            OrganizationSpec organization = variant.organization();
            YamlNode organizationNode = entry.field("organization");
            if (organization.isLevelsOnly() != levelsOnly) {
                throw organizationNode.problem(levelsOnly
                        ? "must describe levels like the scenario's organization (every variant of a careers-only "
                                + "scenario is an organization of levels)"
                        : "must describe teams like the scenario's organization (levels are for a scenario whose "
                                + "organization is described as levels)");
            }
            if (levelsOnly && !entry.field("leadership").isAbsent()) {
                throw entry.field("leadership").problem("is only for an organization of teams");
            }
            YamlNode variantCareers = entry.field("careers");
            if (!withCareers && !variantCareers.isAbsent()) {
                throw variantCareers.problem("cannot add careers to a scenario without them (every variant records "
                        + "the same metrics); write careers: at the top level, and override fields per variant");
            }
            if (withCareers && organization instanceof OrganizationSpec.Imported) {
                throw organizationNode.problem("cannot import an organization in a scenario with careers (not yet "
                        + "supported: the career levels of an imported organization come from its export)");
            }
            if (!levelsOnly && withCareers && !organizationNode.isAbsent()) {
                checkLevelNames(organizationNode.field("management"), organization);
            }
            YamlCareers.Draft draft = YamlCareers.read(variantCareers, scenarioDraft, levelsOnly,
                    organization.careerLevelNames());
            if (levelsOnly && draft.reviewWeeks != scenarioDraft.reviewWeeks) {
                throw variantCareers.field("reviewWeeks").problem("must be the scenario's careers.reviewWeeks ("
                        + scenarioDraft.reviewWeeks + ") in a careers-only scenario: timeseries.csv has one row per "
                        + "review for all variants");
            }
            CareersSpec careers = withCareers
                    ? YamlCareers.build(draft, variantCareers.isAbsent() ? careersNode : variantCareers) : null;
            if (withCareers) {
                List<String> levels = organization.careerLevelNames().stream().map(YamlCareers::seriesName).toList();
                if (firstLevels == null) {
                    firstLevels = levels;
                } else if (!levels.equals(firstLevels)) {
                    throw organizationNode.problem("has the career levels " + levels + ", the first variant "
                            + firstLevels + "; in a scenario with careers every variant needs the same levels "
                            + "(the competence of each level is recorded as competence_level_<name>)");
                }
            }
            Map<String, Double> ruleParameters = YamlCareers.ruleParameters(entry.field("ruleParameters"),
                    scenarioParameters);
            resolved.add(variant.withCareers(careers, ruleParameters));
        }
        return resolved;
    }

    /** A management layer may not take the name of the team leads' or the members' career level. */
    private static void checkLevelNames(YamlNode managementNode, OrganizationSpec organization) {
        for (int index = 0; index < organization.management().size(); index++) {
            String name = organization.management().get(index).name();
            if (name.equals(CareersSpec.LEAD_LEVEL) || name.equals(CareersSpec.MEMBER_LEVEL)) {
                throw managementNode.list("a list of management layers").get(index).field("name").problem("\"" + name + "\" is the name of a career "
                        + "level of the teams (" + CareersSpec.LEAD_LEVEL + ", " + CareersSpec.MEMBER_LEVEL
                        + "); give the management layer another name");
            }
        }
    }
}
