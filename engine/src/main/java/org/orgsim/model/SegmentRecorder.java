package org.orgsim.model;

import org.orgsim.contract.Metric;
import org.orgsim.contract.SegmentRecord;
import org.orgsim.contract.Segments;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Records the segment figures of a run (issue 15), once a week after the metrics phase. At week 0
 * it fixes the cohorts: every person employed then gets their segments (week-0 team, that team's
 * age, role and tenure), kept for the whole run, so that a merge or a promotion does not move
 * anybody out of their cohort. From then on it walks the cohort, not the staff, so people hired
 * later never count and a leaver simply stops counting (and counts as attrition).
 *
 * <p>The cost is one pass over the week-0 people per week, a few additions each; definitions of
 * the metrics are in {@code docs/model.md} ("Segments").
 */
final class SegmentRecorder implements Steppable {
    private static final long serialVersionUID = 1L;
    private static final int METRICS = Segments.METRICS.size();
    private static final int THROUGHPUT = Segments.METRICS.indexOf(Metric.THROUGHPUT);
    private static final int STRESS = Segments.METRICS.indexOf(Metric.STRESS);
    private static final int BURNOUT = Segments.METRICS.indexOf(Metric.BURNOUT_RATE);
    private static final int ENGAGEMENT = Segments.METRICS.indexOf(Metric.ENGAGEMENT);
    private static final int ENGAGED = Segments.METRICS.indexOf(Metric.ENGAGED_SHARE);
    private static final int SAFETY = Segments.METRICS.indexOf(Metric.PSYCH_SAFETY);
    private static final int COHESION = Segments.METRICS.indexOf(Metric.COHESION);
    private static final int ATTRITION = Segments.METRICS.indexOf(Metric.ATTRITION);
    private static final int HEADCOUNT = Segments.METRICS.indexOf(Metric.HEADCOUNT);
    private static final int SICK_LEAVE = Segments.METRICS.indexOf(Metric.SICK_LEAVE);
    /** Workdays in a week, as absence schedules them. */
    private static final double WORKDAYS = 5;

    private final OrgModel model;
    private final double[][] weekly;
    private List<Segments.Segment> segments;
    private int[] people;
    /** The week-0 staff, in staff order, and each one's segment indexes (-1: none of that kind). */
    private Person[] cohort;
    private int[][] memberOf;
    // Sums per segment for the week being recorded; reused week after week.
    private int[] present;
    private double[][] sums;
    private int[] inTeams;

    SegmentRecorder(OrgModel model, int weeks) {
        this.model = model;
        this.weekly = new double[weeks + 1][];
    }

    @Override
    public void step(SimState state) {
        int week = model.week;
        if (week < 0) {
            return;
        }
        if (week == 0) {
            fixCohorts();
        }
        weekly[week] = row();
    }

    /** What the run recorded; null before week 0 was recorded. */
    SegmentRecord record() {
        return segments == null ? null : new SegmentRecord(segments, people.clone(), weekly);
    }

    private void fixCohorts() {
        Map<Segments.Segment, Integer> index = new LinkedHashMap<>();
        for (Team team : model.organization.teams) {
            index.putIfAbsent(new Segments.Segment("team", team.name), index.size());
        }
        for (String age : Segments.TEAM_AGES) {
            index.put(new Segments.Segment("team_age", age), index.size());
        }
        for (String role : Segments.ROLES) {
            index.put(new Segments.Segment("role", role), index.size());
        }
        for (String tenure : Segments.TENURES) {
            index.put(new Segments.Segment("tenure", tenure), index.size());
        }
        segments = new ArrayList<>(index.keySet());
        people = new int[segments.size()];
        List<Person> staff = model.organization.staff;
        cohort = staff.toArray(new Person[0]);
        memberOf = new int[cohort.length][];
        for (int i = 0; i < cohort.length; i++) {
            Person person = cohort[i];
            int team = -1;
            int age = -1;
            if (person.team != null && person.role != Role.MANAGER) {
                team = index.get(new Segments.Segment("team", person.team.name));
                int formedWeeksAgo = model.week - person.team.formedWeek;
                age = index.get(new Segments.Segment("team_age", Segments.teamAge(formedWeeksAgo)));
            }
            int role = index.get(new Segments.Segment("role", roleSegment(person.role)));
            int tenure = index.get(new Segments.Segment("tenure", Segments.tenure(person.tenureWeeks(model.week))));
            memberOf[i] = team < 0 ? new int[] {role, tenure} : new int[] {team, age, role, tenure};
            for (int segment : memberOf[i]) {
                people[segment]++;
            }
        }
        present = new int[segments.size()];
        sums = new double[segments.size()][METRICS];
        inTeams = new int[segments.size()];
    }

    private double[] row() {
        Arrays.fill(present, 0);
        Arrays.fill(inTeams, 0);
        for (double[] sum : sums) {
            Arrays.fill(sum, 0);
        }
        for (int i = 0; i < cohort.length; i++) {
            Person person = cohort[i];
            if (!person.employed) {
                continue;
            }
            Team team = person.role == Role.MANAGER ? null : person.team; // managers work in no team
            int size = team == null ? 0 : team.headcount();
            // A team's finished items are shared equally among the people in it at the end of the week.
            double throughputShare = size > 0 ? (double) team.completedThisWeek / size : 0;
            boolean inTeam = size >= 2; // as the organization's cohesion: teams of one have no ties
            // Read once from the staff arrays, added to each of the person's (up to four) segments.
            StaffState staff = person.staffState();
            int slot = person.slot;
            double stress = staff.stress[slot];
            double engagement = staff.engagement[slot];
            double safety = staff.safety[slot];
            double sickDays = staff.sickDays[slot];
            double burnout = staff.exhaustion[slot] >= Metric.BURNOUT_COMPLAINT_THRESHOLD ? 1 : 0;
            double engaged = engagement >= Metric.ENGAGED_THRESHOLD ? 1 : 0;
            for (int segment : memberOf[i]) {
                double[] sum = sums[segment];
                present[segment]++;
                sum[THROUGHPUT] += throughputShare;
                sum[STRESS] += stress;
                sum[BURNOUT] += burnout;
                sum[ENGAGEMENT] += engagement;
                sum[ENGAGED] += engaged;
                sum[SAFETY] += safety;
                sum[SICK_LEAVE] += sickDays;
                if (inTeam) {
                    sum[COHESION] += team.cohesion;
                    inTeams[segment]++;
                }
            }
        }
        double[] row = new double[segments.size() * METRICS];
        for (int segment = 0; segment < segments.size(); segment++) {
            int offset = segment * METRICS;
            double[] sum = sums[segment];
            int n = present[segment];
            double perPerson = n > 0 ? 1.0 / n : Double.NaN;
            for (int metric = 0; metric < METRICS; metric++) {
                row[offset + metric] = sum[metric] * perPerson;
            }
            row[offset + SICK_LEAVE] = sum[SICK_LEAVE] * perPerson / WORKDAYS;
            row[offset + COHESION] = inTeams[segment] > 0 ? sum[COHESION] / inTeams[segment] : Double.NaN;
            row[offset + HEADCOUNT] = n;
            row[offset + ATTRITION] = people[segment] > 0 ? (double) (people[segment] - n) / people[segment] : Double.NaN;
        }
        return row;
    }

    /** The {@code role} segment of a role at week 0. */
    private static String roleSegment(Role role) {
        return switch (role) {
            case MEMBER -> Segments.ROLES.get(0);
            case LEAD -> Segments.ROLES.get(1);
            case MANAGER -> Segments.ROLES.get(2);
        };
    }
}
