package org.orgsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;

/**
 * The structure of arrays that holds people's hot state ({@link StaffState}): its generators give
 * the numbers Commons RNG gives, and its slots keep the staff order through leavers, newcomers and
 * the closing of holes, with every person's state moving with them.
 */
class StaffStateTest {
    private final RandomStreams streams = new RandomStreams(42, 3);
    private final StaffState state = new StaffState();

    @Test
    void generatorsInTheArraysDrawWhatCommonsRngDraws() {
        for (StreamPurpose purpose : List.of(StreamPurpose.WELLBEING, StreamPurpose.SICKNESS, StreamPurpose.ATTRITION)) {
            for (long entity = 0; entity < 20; entity++) {
                UniformRandomProvider reference = streams.stream(purpose, RandomStreams.entityKey("person", entity));
                long[] words = streams.seedWords(purpose, RandomStreams.entityKey("person", entity));
                long[] first = {words[0]};
                long[] second = {words[1]};
                for (int draw = 0; draw < 1000; draw++) {
                    assertEquals(Double.doubleToRawLongBits(reference.nextDouble()),
                            Double.doubleToRawLongBits(StaffState.nextDouble(first, second, 0)), purpose + " draw " + draw);
                }
            }
        }
    }

    @Test
    void aPersonsGeneratorsAreTheirStreams() {
        Person person = person("a", 0);
        UniformRandomProvider sickness = streams.stream(StreamPurpose.SICKNESS, RandomStreams.entityKey("a"));
        UniformRandomProvider attrition = streams.stream(StreamPurpose.ATTRITION, RandomStreams.entityKey("a"));
        assertEquals(sickness.nextDouble(), StaffState.nextDouble(state.sicknessRandom0, state.sicknessRandom1, person.slot));
        assertEquals(attrition.nextDouble(), StaffState.nextDouble(state.attritionRandom0, state.attritionRandom1, person.slot));
    }

    @Test
    void slotsFollowTheStaffOrderThroughLeaversNewcomersAndCompaction() {
        List<Person> staff = new ArrayList<>();
        for (int index = 0; index < 40; index++) {
            staff.add(person("p" + index, index));
        }
        // The initial staff in another order than created (managers first): everybody moves.
        List<Person> initial = new ArrayList<>(staff.subList(30, 40));
        initial.addAll(staff.subList(0, 30));
        state.arrange(initial);
        assertOrder(initial);

        // Three leave, two join: holes stay until they are a quarter of the slots.
        List<Person> current = new ArrayList<>(initial);
        for (Person leaver : List.of(current.get(0), current.get(17), current.get(39))) {
            state.leave(leaver);
            current.remove(leaver);
        }
        List<Person> newcomers = List.of(person("n1", 100), person("n2", 101));
        current.addAll(newcomers);
        List<Person> after = state.staffAfterChanges(newcomers);
        assertEquals(current, after);
        assertEquals(42, state.size, "holes are kept while few");
        assertNull(state.people[0]);

        // Many leave: the holes close, everybody keeps their state and order, leavers lose their slot.
        List<Person> leavers = new ArrayList<>(current.subList(0, 15));
        for (Person leaver : leavers) {
            state.leave(leaver);
        }
        current.removeAll(leavers);
        assertEquals(current, state.staffAfterChanges(List.of()));
        assertEquals(current.size(), state.size, "the holes are closed");
        assertOrder(current);
        for (Person leaver : leavers) {
            assertEquals(-1, leaver.slot);
            assertThrows(ArrayIndexOutOfBoundsException.class, leaver::stress);
        }
        assertThrows(IllegalStateException.class, () -> state.leave(leavers.get(0)));
    }

    @Test
    void newcomersNotCreatedLastAreRefused() {
        Person first = person("a", 0);
        Person second = person("b", 1);
        state.arrange(List.of());
        Person late = person("c", 2);
        Person later = person("d", 3);
        assertNull(state.staffAfterChanges(List.of(later, late)), "out of their creation order");
        assertNotNull(state.staffAfterChanges(List.of(late, later)));
        assertEquals(-1, first.slot);
        assertEquals(-1, second.slot);
    }

    @Test
    void aNewPersonStartsFromZeroInAReusedSlot() {
        Person leaver = person("a", 0);
        state.arrange(List.of(leaver));
        leaver.setExhaustion(0.9);
        leaver.setLeadershipSkill(0.5);
        leaver.grantRecoveryLeave(4);
        state.leave(leaver);
        state.staffAfterChanges(List.of()); // one hole of one slot: closed
        Person newcomer = person("b", 1);
        assertEquals(0, newcomer.slot);
        assertEquals(0, newcomer.exhaustion());
        assertEquals(0, newcomer.leadershipSkill());
        assertEquals(false, newcomer.onLongLeave());
        assertEquals(1, newcomer.hiredWeek());
    }

    /** A person whose state says who they are: stress = their creation number / 1000. */
    private Person person(String name, int number) {
        Person person = new Person(name, Role.MEMBER, 1, 0.5, 0, 0, 0, number, streams, RandomStreams.entityKey(name), state);
        person.setStress(number / 1000.0);
        return person;
    }

    private void assertOrder(List<Person> staff) {
        for (int index = 0; index < staff.size(); index++) {
            Person person = staff.get(index);
            assertEquals(index, person.slot, person.id);
            assertEquals(person, state.people[index]);
            assertEquals(person.hiredWeek() / 1000.0, person.stress(), 0, person.id + "'s state moved with them");
        }
    }
}
