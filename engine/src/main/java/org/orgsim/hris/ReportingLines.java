package org.orgsim.hris;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.orgsim.contract.InputException;

/**
 * Turns reporting lines and the team column into teams, leads and management levels. The rules,
 * also in {@code docs/scenarios.md}:
 *
 * <ol>
 *   <li>A <b>manager</b> is somebody with a leader among their direct reports: a report who has
 *       reports of their own, or whose role is lead. Managers belong to no team; their level is
 *       their depth among managers (0 at the top), their span what the data gives them.</li>
 *   <li>Everybody else belongs to the team named in their team column.</li>
 *   <li>Somebody who is not a manager but has direct reports <b>leads</b> the team most of those
 *       reports are in ("whose reports form a team"). Without such a person, a team is led by its
 *       member whose role is lead (a team lead the reporting lines do not show, as when everybody
 *       formally reports to the department manager).</li>
 *   <li>When several people lead teams with the same name, the name stands for several teams, one
 *       per lead, named {@code name/1}, {@code name/2}, ... in the order of the file; each member
 *       joins the team of the lead they report to (or, reporting to none of them, the largest).</li>
 *   <li>A team reports to its lead's manager; a team without a lead to the manager most of its
 *       members report to (the nearest manager above, if that person leads another team).</li>
 * </ol>
 */
final class ReportingLines {
    /** Name of the lowest hierarchy level in the model, which management levels must not take. */
    private static final String LEAD_LEVEL = "team lead";

    /**
     * A team before names, survey and styles are applied.
     *
     * @param cell    index of the team column's value in {@link PeopleFile#teamNames}
     * @param part    0 for an unsplit team; 1, 2, ... for the teams one value was split into
     * @param lead    row of the lead, or -1
     * @param members rows of the other people, in file order
     * @param parent  row of the manager above, or -1
     */
    record TeamDraft(int cell, int part, int lead, int[] members, int parent) {
        int headcount() {
            return members.length + (lead >= 0 ? 1 : 0);
        }
    }

    final List<TeamDraft> teams = new ArrayList<>();
    /** Rows of the managers, in file order. */
    final List<Integer> managers = new ArrayList<>();
    /** Management level of each row (meaningful for managers only). */
    final int[] level;
    final List<String> levelNames = new ArrayList<>();
    /** Leads by role who are members because somebody else leads their team. */
    int roleLeadsAsMembers;
    /** People who report to neither their team's lead nor the manager above their team. */
    int reportingElsewhere;

    private final PeopleFile people;
    private final int[] manager;
    private final int[] reportStart;
    private final int[] reports;
    private final boolean[] isManager;

    private ReportingLines(PeopleFile people) {
        this.people = people;
        int n = people.size;
        manager = new int[n];
        for (int row = 0; row < n; row++) {
            manager[row] = people.manager(row);
        }
        checkForCycles();
        // Direct reports of each row, in file order (compressed: start offsets into one array).
        reportStart = new int[n + 1];
        for (int row = 0; row < n; row++) {
            if (manager[row] >= 0) {
                reportStart[manager[row] + 1]++;
            }
        }
        for (int row = 0; row < n; row++) {
            reportStart[row + 1] += reportStart[row];
        }
        reports = new int[reportStart[n]];
        int[] next = reportStart.clone();
        for (int row = 0; row < n; row++) {
            if (manager[row] >= 0) {
                reports[next[manager[row]]++] = row;
            }
        }
        isManager = new boolean[n];
        for (int row = 0; row < n; row++) {
            if (manager[row] >= 0 && (reportCount(row) > 0 || people.roleLead[row])) {
                isManager[manager[row]] = true;
            }
        }
        level = new int[n];
    }

    static ReportingLines derive(PeopleFile people) {
        ReportingLines lines = new ReportingLines(people);
        lines.formTeams();
        lines.formLevels();
        return lines;
    }

    private int reportCount(int row) {
        return reportStart[row + 1] - reportStart[row];
    }

    /**
     * Follows every chain of managers upwards once (each person has one manager, so a chain either
     * ends at the top or runs into a cycle); the first cycle found is the error, told by line
     * numbers and pseudonyms, never by the ids themselves.
     */
    private void checkForCycles() {
        int n = people.size;
        byte[] state = new byte[n]; // 0 unseen, 1 on the current chain, 2 done
        List<Integer> chain = new ArrayList<>();
        for (int start = 0; start < n; start++) {
            if (state[start] != 0) {
                continue;
            }
            chain.clear();
            int row = start;
            while (row >= 0 && state[row] == 0) {
                state[row] = 1;
                chain.add(row);
                row = manager[row];
            }
            if (row >= 0 && state[row] == 1) {
                List<Integer> cycle = chain.subList(chain.indexOf(row), chain.size());
                int first = cycle.stream().min(Integer::compare).orElseThrow();
                if (cycle.size() == 1) {
                    throw new InputException(people.file + ":" + people.line[row] + ": reporting cycle: "
                            + people.describe(row) + " is their own manager");
                }
                // Told from the person who comes first in the file, so the message is the same
                // whichever row the search happened to start from.
                StringBuilder told = new StringBuilder();
                int current = first;
                do {
                    told.append(people.describe(current)).append(" -> ");
                    current = manager[current];
                } while (current != first);
                told.append(people.describe(first));
                throw new InputException(people.file + ":" + people.line[first] + ": reporting cycle: " + told
                        + " (each reports to the next); somebody in it must report to somebody outside it, or to nobody");
            }
            for (int member : chain) {
                state[member] = 2;
            }
        }
    }

    private void formTeams() {
        int n = people.size;
        int cells = people.teamNames.size();
        List<List<Integer>> structuralLeads = emptyLists(cells);
        List<List<Integer>> roleLeads = emptyLists(cells);
        List<List<Integer>> others = emptyLists(cells);
        for (int row = 0; row < n; row++) {
            if (isManager[row]) {
                continue;
            }
            if (reportCount(row) > 0) {
                structuralLeads.get(teamOfReports(row)).add(row);
            } else {
                if (people.team[row] < 0) {
                    throw new InputException(people.file + ":" + people.line[row] + ": the team is empty (everybody "
                            + "but leads and managers needs a team)");
                }
                others.get(people.team[row]).add(row);
                if (people.roleLead[row]) {
                    roleLeads.get(people.team[row]).add(row);
                }
            }
        }
        for (int cell = 0; cell < cells; cell++) {
            List<Integer> leads = structuralLeads.get(cell);
            List<Integer> members = others.get(cell);
            if (leads.size() > 1) {
                split(cell, leads, members);
                roleLeadsAsMembers += roleLeads.get(cell).size();
            } else if (leads.size() == 1) {
                addTeam(cell, 0, leads.get(0), members);
                roleLeadsAsMembers += roleLeads.get(cell).size();
            } else if (!members.isEmpty()) {
                List<Integer> byRole = roleLeads.get(cell);
                int lead = byRole.isEmpty() ? -1 : byRole.get(0);
                roleLeadsAsMembers += Math.max(0, byRole.size() - 1);
                List<Integer> rest = new ArrayList<>(members);
                rest.remove(Integer.valueOf(lead));
                addTeam(cell, 0, lead, rest);
            }
        }
    }

    /** The team most of a lead's reports are in; ties go to the lead's own team, then to file order. */
    private int teamOfReports(int lead) {
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        for (int index = reportStart[lead]; index < reportStart[lead + 1]; index++) {
            int cell = people.team[reports[index]];
            if (cell >= 0) {
                counts.merge(cell, 1, Integer::sum);
            }
        }
        if (counts.isEmpty()) {
            // Every report's team cell is empty: the first of them is reported (formTeams).
            int first = reports[reportStart[lead]];
            throw new InputException(people.file + ":" + people.line[first] + ": the team is empty (everybody "
                    + "but leads and managers needs a team)");
        }
        int most = counts.values().stream().max(Integer::compare).orElseThrow();
        Integer own = counts.get(people.team[lead]);
        if (own != null && own == most) {
            return people.team[lead];
        }
        return counts.entrySet().stream().filter(entry -> entry.getValue() == most).findFirst().orElseThrow().getKey();
    }

    private void split(int cell, List<Integer> leads, List<Integer> members) {
        List<List<Integer>> parts = emptyLists(leads.size());
        Map<Integer, Integer> partOfLead = new HashMap<>();
        int largest = 0;
        int largestReports = -1;
        for (int part = 0; part < leads.size(); part++) {
            int lead = leads.get(part);
            partOfLead.put(lead, part);
            int inTeam = 0;
            for (int index = reportStart[lead]; index < reportStart[lead + 1]; index++) {
                if (people.team[reports[index]] == cell) {
                    inTeam++;
                }
            }
            if (inTeam > largestReports) {
                largest = part;
                largestReports = inTeam;
            }
        }
        for (int member : members) {
            Integer part = manager[member] < 0 ? null : partOfLead.get(manager[member]);
            parts.get(part == null ? largest : part).add(member);
        }
        for (int part = 0; part < leads.size(); part++) {
            addTeam(cell, part + 1, leads.get(part), parts.get(part));
        }
    }

    private void addTeam(int cell, int part, int lead, List<Integer> members) {
        if (lead >= 0 && members.isEmpty()) {
            // A lead alone: a team of one, with nobody to lead.
            members = List.of(lead);
            lead = -1;
        }
        int parent;
        if (lead >= 0) {
            parent = manager[lead];
        } else {
            parent = mostCommonManager(members);
            while (parent >= 0 && !isManager[parent]) {
                parent = manager[parent];
            }
        }
        for (int member : members) {
            int boss = manager[member];
            if (boss >= 0 && boss != lead && boss != parent) {
                reportingElsewhere++;
            }
        }
        teams.add(new TeamDraft(cell, part, lead, members.stream().mapToInt(Integer::intValue).toArray(), parent));
    }

    /** The manager most of these people report to; ties go to the one of the earliest row. */
    private int mostCommonManager(List<Integer> rows) {
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        for (int row : rows) {
            if (manager[row] >= 0) {
                counts.merge(manager[row], 1, Integer::sum);
            }
        }
        int best = -1;
        int bestCount = 0;
        for (Map.Entry<Integer, Integer> entry : counts.entrySet()) {
            if (entry.getValue() > bestCount) {
                best = entry.getKey();
                bestCount = entry.getValue();
            }
        }
        return best;
    }

    /**
     * Managers' levels: depth among managers (everybody above a manager is a manager, since they
     * have a leader among their reports). A level is named after the most common value of the level
     * column among its managers, else "management level k" (k = 1 at the top).
     */
    private void formLevels() {
        int n = people.size;
        int[] depth = new int[n];
        java.util.Arrays.fill(depth, -1);
        int levels = 0;
        for (int row = 0; row < n; row++) {
            if (!isManager[row]) {
                continue;
            }
            managers.add(row);
            levels = Math.max(levels, depthOf(row, depth) + 1);
        }
        List<Map<Integer, Integer>> namesByLevel = new ArrayList<>();
        for (int index = 0; index < levels; index++) {
            namesByLevel.add(new LinkedHashMap<>());
        }
        for (int row : managers) {
            level[row] = depth[row];
            if (people.level[row] >= 0) {
                namesByLevel.get(depth[row]).merge(people.level[row], 1, Integer::sum);
            }
        }
        for (int index = 0; index < levels; index++) {
            String name = "management level " + (index + 1);
            Map<Integer, Integer> counts = namesByLevel.get(index);
            if (!counts.isEmpty()) {
                int most = counts.values().stream().max(Integer::compare).orElseThrow();
                int cell = counts.entrySet().stream().filter(entry -> entry.getValue() == most).findFirst()
                        .orElseThrow().getKey();
                name = people.levelNames.get(cell);
            }
            String unique = name;
            if (levelNames.contains(unique) || unique.toLowerCase(Locale.ROOT).equals(LEAD_LEVEL)) {
                unique = name + " (" + (index + 1) + ")";
            }
            levelNames.add(unique);
        }
    }

    private int depthOf(int row, int[] depth) {
        if (depth[row] >= 0) {
            return depth[row];
        }
        // Walk up to a known depth or the top, then fill in on the way down (no recursion: chains
        // of managers may be long in a large file).
        List<Integer> chain = new ArrayList<>();
        int current = row;
        while (current >= 0 && depth[current] < 0) {
            chain.add(current);
            current = manager[current];
        }
        int known = current < 0 ? -1 : depth[current];
        for (int index = chain.size() - 1; index >= 0; index--) {
            known++;
            depth[chain.get(index)] = known;
        }
        return depth[row];
    }

    private static List<List<Integer>> emptyLists(int count) {
        List<List<Integer>> lists = new ArrayList<>(count);
        for (int index = 0; index < count; index++) {
            lists.add(new ArrayList<>());
        }
        return lists;
    }
}
