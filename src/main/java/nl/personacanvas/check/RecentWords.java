package nl.personacanvas.check;

import java.util.Arrays;

/**
 * One thread's recently met words, by the token as the tokeniser cut it (before lower-casing and folding), read
 * straight from the token buffer so a hit makes no String. Open addressing with each key's hash kept beside it:
 * a probe compares ints and reads a key's characters only when the hashes agree. Lucene's {@code CharArrayMap},
 * used before, read the characters of every key it probed, each array elsewhere on the heap: 4.5 % of a cold
 * check's samples, nearly all in its probe loop (session 27, speed27). Bounded: when full it starts over. Not
 * thread-safe: one per thread.
 */
final class RecentWords {
    private final int limit;
    private final int mask;
    private final char[][] keys;
    private final int[] hashes;
    private final Word[] words;
    private int size;

    /** @param limit how many tokens it keeps before it starts over; the table has at least twice as many slots */
    RecentWords(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit " + limit);
        }
        this.limit = limit;
        int capacity = Integer.highestOneBit(2 * limit - 1) << 1;
        this.mask = capacity - 1;
        this.keys = new char[capacity][];
        this.hashes = new int[capacity];
        this.words = new Word[capacity];
    }

    /** The word kept for the token {@code buffer[0..length)}, or null. */
    Word get(char[] buffer, int length) {
        int hash = hash(buffer, length);
        for (int at = hash & mask; keys[at] != null; at = at + 1 & mask) {
            if (hashes[at] == hash && Arrays.equals(keys[at], 0, keys[at].length, buffer, 0, length)) {
                return words[at];
            }
        }
        return null;
    }

    /** Keeps {@code word} for the token {@code buffer[0..length)} (a copy of it); when full, forgets all first. */
    void put(char[] buffer, int length, Word word) {
        if (size >= limit) {
            clear();
        }
        int hash = hash(buffer, length);
        int at = hash & mask;
        for (; keys[at] != null; at = at + 1 & mask) {
            if (hashes[at] == hash && Arrays.equals(keys[at], 0, keys[at].length, buffer, 0, length)) {
                words[at] = word;
                return;
            }
        }
        keys[at] = Arrays.copyOf(buffer, length);
        hashes[at] = hash;
        words[at] = word;
        size++;
    }

    int size() {
        return size;
    }

    private void clear() {
        Arrays.fill(keys, null);
        Arrays.fill(words, null);
        size = 0;
    }

    /** The characters' polynomial hash, its bits mixed so that the low ones, which pick the slot, depend on all. */
    private static int hash(char[] buffer, int length) {
        int h = 0;
        for (int i = 0; i < length; i++) {
            h = 31 * h + buffer[i];
        }
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        return h ^ h >>> 13;
    }
}
