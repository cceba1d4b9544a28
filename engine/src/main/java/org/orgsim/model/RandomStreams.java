package org.orgsim.model;

import java.nio.charset.StandardCharsets;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.source64.XoRoShiRo128PlusPlus;

/**
 * Factory of the independent random streams of one replication.
 *
 * <p>Seeding scheme (documented in {@code docs/model.md}): the stream for (seed, replication,
 * purpose, entity) is a XO_RO_SHI_RO_128_PP ({@link XoRoShiRo128PlusPlus}) generator whose full native seed
 * (two 64-bit words) is derived by chaining the SplitMix64 finaliser over the four keys. Entity keys
 * come from stable names (a team's name, "team/member/3", "team/hire/2"), never from creation order,
 * so adding a team or a variant that hires more people does not move anybody else's draws. The
 * same replication index in two variants therefore sees the same streams: common random numbers.
 */
public final class RandomStreams {
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private final long seed;
    private final int replication;

    public RandomStreams(long seed, int replication) {
        this.seed = seed;
        this.replication = replication;
    }

    UniformRandomProvider stream(StreamPurpose purpose, long entityKey) {
        return generator(streamState(purpose, entityKey));
    }

    /**
     * The two native seed words of the stream {@link #stream} returns, for generators whose state
     * lives in arrays ({@link StaffState}): the same words, so the same numbers.
     */
    long[] seedWords(StreamPurpose purpose, long entityKey) {
        return seedWords(streamState(purpose, entityKey));
    }

    private long streamState(StreamPurpose purpose, long entityKey) {
        long state = mix(seed ^ GOLDEN_GAMMA);
        state = mix(state + replication * GOLDEN_GAMMA + 1);
        state = mix(state ^ (purpose.ordinal() + 1L) * 0xBF58476D1CE4E5B9L);
        return mix(state + entityKey);
    }

    /**
     * A generator whose full native seed (two words) is derived from one mixed 64-bit state.
     * Shared by every stream derivation in orgsim, so all streams are seeded the same way.
     */
    public static UniformRandomProvider generator(long state) {
        long[] words = seedWords(state);
        // The constructor directly: RandomSource.create converts and checks the seed on every call,
        // which cost more than the draws of a short-lived stream (a career review makes thousands).
        // The same generator, seeded the same: the same numbers.
        return new XoRoShiRo128PlusPlus(words[0], words[1]);
    }

    private static long[] seedWords(long state) {
        long first = mix(state + GOLDEN_GAMMA);
        long second = mix(state + 2 * GOLDEN_GAMMA);
        if ((first | second) == 0) {
            second = GOLDEN_GAMMA; // xoroshiro must not start from the all-zero state
        }
        return new long[] {first, second};
    }

    /** A stable 64-bit key for an entity name (FNV-1a over UTF-8, then mixed). */
    static long entityKey(String name) {
        // An ASCII name's UTF-8 bytes are its characters: hash them without encoding the string
        // (a career review makes thousands of streams; the encoding was 3% of a careers run).
        long hash = 0xCBF29CE484222325L;
        for (int index = 0; index < name.length(); index++) {
            char character = name.charAt(index);
            if (character >= 0x80) {
                return mix(fnv1a(name.getBytes(StandardCharsets.UTF_8)));
            }
            hash ^= character;
            hash *= 0x100000001B3L;
        }
        return mix(hash);
    }

    private static long fnv1a(byte[] bytes) {
        long hash = 0xCBF29CE484222325L;
        for (byte b : bytes) {
            hash ^= (b & 0xFF);
            hash *= 0x100000001B3L;
        }
        return hash;
    }

    static long entityKey(String name, long index) {
        return mix(entityKey(name) + (index + 1) * GOLDEN_GAMMA);
    }

    /** SplitMix64's finaliser: a bijective avalanche mix of 64 bits. */
    public static long mix(long value) {
        long z = value;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
