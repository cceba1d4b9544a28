package org.orgsim.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The hot per-person state of one run's people in parallel primitive arrays ("structure of
 * arrays"), indexed by a person's slot. The phases that walk everybody every week (absence,
 * turnover, wellbeing, the organization's metrics) read and write these arrays instead of chasing a
 * ~200-byte object and three generator objects per person: at 100,000 people those objects no
 * longer fit in any cache, and each weekly pass paid a cache miss per person and object
 * (docs/performance.md).
 *
 * <p><b>Slots follow the staff order.</b> The occupied slots, in increasing order, are the people of
 * {@link Organization#staff} in its order, so a pass over the slots visits people in the order
 * every sum in the model was always taken in: results are byte-identical to summing over the staff
 * list. A person gets a slot at the end when created (newcomers join the end of the staff list);
 * a leaver leaves a hole ({@code people[slot] == null}, which passes skip) until holes are a
 * quarter of the slots and {@link #compact} closes them. Only then does a leaver lose their slot
 * (-1), so reading a long-gone leaver's state fails loudly instead of reading somebody else's.
 * Rebuilding the staff list this way touches no person object: at 100,000 people that pass over
 * the objects cost as much as a phase.
 *
 * <p><b>Generators in the arrays.</b> Each person's wellbeing, sickness and attrition streams are
 * XoRoShiRo128++ generators whose two state words live here; {@link #nextDouble} steps them exactly
 * as Commons RNG's {@code XoRoShiRo128PlusPlus.nextDouble()} does (same seeds, same numbers:
 * {@code StaffStateTest} compares them draw by draw).
 */
final class StaffState {
    private static final int INITIAL_CAPACITY = 64;

    /** Slots in use, holes included: passes run over {@code 0..size-1} and skip null people. */
    int size;
    /** Who holds each slot; null: a hole left by somebody who left. */
    Person[] people;
    /** Leavers whose hole is not closed yet (they keep their slot, and their state, until then). */
    private final List<Person> leavers = new ArrayList<>();

    double[] stress;
    double[] exhaustion;
    double[] engagement;
    double[] safety;
    /** Workdays absent in the current week, 0..5 (sickness or leave). */
    double[] absentDays;
    /** Of those, the days absent through sickness (not granted recovery leave). */
    double[] sickDays;
    double[] stressTrait;
    double[] engagementTrait;
    double[] safetyTrait;
    /** Leadership skill from coaching, 0..1. */
    double[] leadershipSkill;
    /** Identification with the current team, 0-1, and the identity a reorganization took ({@link Identity}). */
    double[] identification;
    double[] identityLoss;
    int[] identityLossWeek;
    int[] sickDaysLeft;
    int[] burnoutLeaveWeeksLeft;
    /** Weeks of granted recovery leave left (not sickness: not counted as sick leave). */
    int[] recoveryLeaveWeeksLeft;
    /** Absolute week of hiring (negative for people employed before the run). */
    int[] hiredWeek;
    /** The two state words of each person's wellbeing, sickness and attrition generators. */
    long[] wellbeingRandom0;
    long[] wellbeingRandom1;
    long[] sicknessRandom0;
    long[] sicknessRandom1;
    long[] attritionRandom0;
    long[] attritionRandom1;

    StaffState() {
        allocate(INITIAL_CAPACITY);
    }

    private void allocate(int capacity) {
        people = new Person[capacity];
        stress = new double[capacity];
        exhaustion = new double[capacity];
        engagement = new double[capacity];
        safety = new double[capacity];
        absentDays = new double[capacity];
        sickDays = new double[capacity];
        stressTrait = new double[capacity];
        engagementTrait = new double[capacity];
        safetyTrait = new double[capacity];
        leadershipSkill = new double[capacity];
        identification = new double[capacity];
        identityLoss = new double[capacity];
        identityLossWeek = new int[capacity];
        sickDaysLeft = new int[capacity];
        burnoutLeaveWeeksLeft = new int[capacity];
        recoveryLeaveWeeksLeft = new int[capacity];
        hiredWeek = new int[capacity];
        wellbeingRandom0 = new long[capacity];
        wellbeingRandom1 = new long[capacity];
        sicknessRandom0 = new long[capacity];
        sicknessRandom1 = new long[capacity];
        attritionRandom0 = new long[capacity];
        attritionRandom1 = new long[capacity];
    }

    /** A slot at the end for a person just created (zeroed state, generators seeded from their streams). */
    int add(Person person, RandomStreams streams, long entityKey) {
        if (size == people.length) {
            grow(size + (size >> 1) + 1);
        }
        int slot = size++;
        clear(slot); // a leaver's values may still be here: a new person starts from zero, as a new object did
        people[slot] = person;
        long[] words = streams.seedWords(StreamPurpose.WELLBEING, entityKey);
        wellbeingRandom0[slot] = words[0];
        wellbeingRandom1[slot] = words[1];
        words = streams.seedWords(StreamPurpose.SICKNESS, entityKey);
        sicknessRandom0[slot] = words[0];
        sicknessRandom1[slot] = words[1];
        words = streams.seedWords(StreamPurpose.ATTRITION, entityKey);
        attritionRandom0[slot] = words[0];
        attritionRandom1[slot] = words[1];
        return slot;
    }

    private void clear(int slot) {
        for (double[] column : doubleColumns()) {
            column[slot] = 0;
        }
        for (int[] column : intColumns()) {
            column[slot] = 0;
        }
    }

    private void grow(int capacity) {
        Object[] oldColumns = allColumns();
        allocate(capacity);
        Object[] newColumns = allColumns();
        for (int column = 0; column < oldColumns.length; column++) {
            System.arraycopy(oldColumns[column], 0, newColumns[column], 0, size);
        }
    }

    /** Somebody left: their slot becomes a hole (their state stays readable until it is closed). */
    void leave(Person person) {
        if (person.slot < 0 || people[person.slot] != person) {
            throw new IllegalStateException("person " + person.id + " left twice");
        }
        people[person.slot] = null;
        leavers.add(person);
    }

    /**
     * The staff list after leavers left and {@code newcomers} (created last, in this order) joined:
     * the occupied slots in order, read from the slot array alone. Closes the holes when they are a
     * quarter of the slots. Returns null if {@code newcomers} are not the last slots in their order
     * (nothing in the model does that; the caller then orders everybody itself, {@link #arrange}).
     */
    List<Person> staffAfterChanges(List<Person> newcomers) {
        int first = size - newcomers.size();
        for (int index = 0; index < newcomers.size(); index++) {
            if (newcomers.get(index).slot != first + index) {
                return null;
            }
        }
        if (leavers.size() * 4 > size) {
            compact();
        }
        List<Person> staff = new ArrayList<>(size);
        for (int slot = 0; slot < size; slot++) {
            if (people[slot] != null) {
                staff.add(people[slot]);
            }
        }
        return staff;
    }

    /** Closes the holes: everybody after one moves down, keeping their order; leavers lose their slot. */
    private void compact() {
        int count = 0;
        int[] source = new int[size];
        for (int slot = 0; slot < size; slot++) {
            if (people[slot] != null) {
                source[count++] = slot;
            }
        }
        int first = 0;
        while (first < count && source[first] == first) {
            first++;
        }
        for (Object column : allColumns()) {
            gather(column, column, source, first, count); // in place: nobody moves up
        }
        Arrays.fill(people, count, size, null);
        size = count;
        for (int slot = first; slot < count; slot++) {
            people[slot].slot = slot;
        }
        for (Person leaver : leavers) {
            leaver.slot = -1;
        }
        leavers.clear();
    }

    /**
     * Puts everybody in {@code staff} in the slot of their place in it, in any order (the initial
     * staff: managers first, then each team); everybody else loses their slot.
     */
    void arrange(List<Person> staff) {
        int count = staff.size();
        int[] source = new int[count];
        for (int index = 0; index < count; index++) {
            source[index] = staff.get(index).slot;
        }
        for (int slot = 0; slot < size; slot++) {
            if (people[slot] != null) {
                people[slot].slot = -1;
            }
        }
        for (Person leaver : leavers) {
            leaver.slot = -1;
        }
        leavers.clear();
        Object[] oldColumns = allColumns();
        allocate(Math.max(INITIAL_CAPACITY, count + (count >> 1)));
        Object[] newColumns = allColumns();
        for (int column = 0; column < oldColumns.length; column++) {
            gather(oldColumns[column], newColumns[column], source, 0, count);
        }
        size = count;
        for (int slot = 0; slot < count; slot++) {
            people[slot].slot = slot;
        }
    }

    /** {@code to[index] = from[source[index]]} for index {@code first..count-1}, in one column of any type. */
    private static void gather(Object from, Object to, int[] source, int first, int count) {
        if (from instanceof double[] values) {
            double[] into = (double[]) to;
            for (int index = first; index < count; index++) {
                into[index] = values[source[index]];
            }
        } else if (from instanceof int[] values) {
            int[] into = (int[]) to;
            for (int index = first; index < count; index++) {
                into[index] = values[source[index]];
            }
        } else if (from instanceof long[] values) {
            long[] into = (long[]) to;
            for (int index = first; index < count; index++) {
                into[index] = values[source[index]];
            }
        } else {
            Object[] values = (Object[]) from;
            Object[] into = (Object[]) to;
            for (int index = first; index < count; index++) {
                into[index] = values[source[index]];
            }
        }
    }

    private double[][] doubleColumns() {
        return new double[][] {stress, exhaustion, engagement, safety, absentDays, sickDays, stressTrait, engagementTrait,
                safetyTrait, leadershipSkill, identification, identityLoss};
    }

    private int[][] intColumns() {
        return new int[][] {identityLossWeek, sickDaysLeft, burnoutLeaveWeeksLeft, recoveryLeaveWeeksLeft, hiredWeek};
    }

    private long[][] longColumns() {
        return new long[][] {wellbeingRandom0, wellbeingRandom1, sicknessRandom0, sicknessRandom1, attritionRandom0,
                attritionRandom1};
    }

    /** Every column, people included; the order only has to be the same on every call. */
    private Object[] allColumns() {
        double[][] doubles = doubleColumns();
        int[][] ints = intColumns();
        long[][] longs = longColumns();
        Object[] all = new Object[1 + doubles.length + ints.length + longs.length];
        all[0] = people;
        System.arraycopy(doubles, 0, all, 1, doubles.length);
        System.arraycopy(ints, 0, all, 1 + doubles.length, ints.length);
        System.arraycopy(longs, 0, all, 1 + doubles.length + ints.length, longs.length);
        return all;
    }

    /**
     * The next number of the XoRoShiRo128++ generator whose state words are {@code first[slot]} and
     * {@code second[slot]}, as a double in [0, 1): the algorithm of Blackman and Vigna (2019) and
     * the conversion of Commons RNG (the top 53 bits of the 64-bit output).
     */
    static double nextDouble(long[] first, long[] second, int slot) {
        long s0 = first[slot];
        long s1 = second[slot];
        long result = Long.rotateLeft(s0 + s1, 17) + s0;
        s1 ^= s0;
        first[slot] = Long.rotateLeft(s0, 49) ^ s1 ^ (s1 << 21);
        second[slot] = Long.rotateLeft(s1, 28);
        return (result >>> 11) * 0x1.0p-53;
    }
}
