package nl.personacanvas.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** A statement as the checker sees it: its words in order. Immutable. */
final class AnalyzedText {
    private final String text;
    private final List<Word> words;
    /** Index of the main clause's first word: 0, or past a leading subordinate clause ({@link Clauses#mainClause}). */
    private final int mainClause;
    private final Word[] all;
    /** The content words (not function words), in order. */
    private final Word[] content;
    /** Index into {@link #all} of each content word. */
    private final int[] contentIndex;
    private final int[] stemIds;
    private final int[] allIds;
    /**
     * {@link #allIds} as an open-addressed hash set (each id stored plus one, 0 an empty slot; a power of two at
     * least twice as long): {@link #hasStem} is asked for tens of thousands of phrase stems per workbook, and a
     * probe or two settles what scanning {@code allIds} took a dozen compares for (session 29).
     */
    private final int[] idTable;
    /**
     * A 128-bit signature of {@link #allIds}: bit {@code id & 127} set for each. Most stems asked about are not
     * the statement's (the later stems of its candidate phrases), and a clear bit settles that without scanning.
     */
    private final long lowSignature;
    private final long highSignature;

    AnalyzedText(String text, List<Word> words) {
        this(text, words, 0);
    }

    AnalyzedText(String text, List<Word> words, int mainClause) {
        this.text = text;
        this.mainClause = mainClause;
        // One copy: the array is never handed out, the list only as a read-only view of it.
        this.all = words.toArray(new Word[0]);
        this.words = Collections.unmodifiableList(Arrays.asList(all));
        int n = 0;
        for (Word w : all) {
            n += w.stop() ? 0 : 1;
        }
        this.content = new Word[n];
        this.contentIndex = new int[n];
        int capacity = 0;
        for (Word w : all) {
            capacity += 1 + w.partIds().length;
        }
        this.idTable = new int[Math.max(8, Integer.highestOneBit(capacity) << 2)];
        this.allIds = allIds(all, idTable, capacity);
        // The content words' stems are among allIds, so each has its slot in the table; a mark per slot drops the
        // duplicates in one pass, in the words' order.
        boolean[] taken = new boolean[idTable.length];
        int[] ids = new int[capacity];
        int distinct = 0;
        int c = 0;
        for (int i = 0; i < all.length; i++) {
            Word w = all[i];
            if (w.stop()) {
                continue;
            }
            content[c] = w;
            contentIndex[c++] = i;
            int[] parts = w.partIds();
            for (int p = -1; p < parts.length; p++) {
                int id = p < 0 ? w.id() : parts[p];
                int slot = slotOf(idTable, id);
                if (!taken[slot]) {
                    taken[slot] = true;
                    ids[distinct++] = id;
                }
            }
        }
        this.stemIds = Arrays.copyOf(ids, distinct);
        long low = 0;
        long high = 0;
        for (int id : allIds) {
            if ((id & 64) == 0) {
                low |= 1L << id;
            } else {
                high |= 1L << id;
            }
        }
        this.lowSignature = low;
        this.highSignature = high;
    }

    /** Every word's stem and parts in order without duplicates, each put into {@code table} as it is first met. */
    private static int[] allIds(Word[] words, int[] table, int capacity) {
        int[] ids = new int[capacity];
        int distinct = 0;
        for (Word w : words) {
            int[] parts = w.partIds();
            for (int p = -1; p < parts.length; p++) {
                int id = p < 0 ? w.id() : parts[p];
                int slot = slotOf(table, id);
                if (table[slot] == 0) {
                    table[slot] = id + 1;
                    ids[distinct++] = id;
                }
            }
        }
        return Arrays.copyOf(ids, distinct);
    }

    /**
     * The slot of {@code id} in the table: where it is, or the empty slot where it would go. Stem numbers are
     * dense, so a multiplicative hash spreads them; the table is never more than half full, so a free slot ends
     * every probe.
     */
    private static int slotOf(int[] table, int id) {
        int mask = table.length - 1;
        int slot = (id * 0x9E3779B9) >>> 16 & mask;
        while (table[slot] != 0 && table[slot] != id + 1) {
            slot = slot + 1 & mask;
        }
        return slot;
    }

    String text() {
        return text;
    }

    List<Word> words() {
        return words;
    }

    /**
     * Index of the first word of the main clause: 0, or for a statement that opens with a subordinate clause ("Als
     * de student naar Suriname gaat, past zij ...") the word after it ("past").
     */
    int mainClause() {
        return mainClause;
    }

    /**
     * Stems of content words and of their compound parts, without duplicates, in order. Built on request:
     * only the matrix excerpts need them as strings, a checked text only {@link #stemIds()}.
     */
    List<String> stems() {
        List<String> result = new ArrayList<>(stemIds.length);
        boolean[] taken = new boolean[idTable.length];
        for (Word w : content) {
            for (int p = -1; p < w.partIds().length; p++) {
                int slot = slotOf(idTable, p < 0 ? w.id() : w.partIds()[p]);
                if (!taken[slot]) {
                    taken[slot] = true;
                    result.add(p < 0 ? w.stem() : w.parts().get(p));
                }
            }
        }
        return List.copyOf(result);
    }

    /** The analyser's numbers of {@link #stems()}, in the same order. */
    int[] stemIds() {
        return stemIds;
    }

    /** Numbers of every word's stem and compound parts, function words included, without duplicates, in order. */
    int[] allIds() {
        return allIds;
    }

    /** Whether some word's stem or compound part is stem number {@code id} (one of {@link #allIds()}). */
    boolean hasStem(int id) {
        return maySignal(id) && idTable[slotOf(idTable, id)] != 0;
    }

    /** False when stem number {@code id} is surely not among {@link #allIds()}: its signature bit is clear. */
    private boolean maySignal(int id) {
        long signature = (id & 64) == 0 ? lowSignature : highSignature;
        return (signature & 1L << id) != 0;
    }

    boolean isEmpty() {
        return content.length == 0;
    }

    boolean contains(Phrase phrase) {
        return find(phrase, false) != null;
    }

    /**
     * Every place the phrase's stems occur in this order, each within a few words of the previous one, so
     * "staat open voor" also matches "staat echt open voor" and "stemt ... af" its separated particle.
     * Spans are {first, last} indexes into {@link #words()}. A one-word phrase also matches a compound
     * part (cultuur in bedrijfscultuur).
     */
    List<int[]> spans(Phrase phrase) {
        List<int[]> result = find(phrase, true);
        return result == null ? List.of() : result;
    }

    /**
     * The spans (a list made only when there is one), or with {@code every} false a non-null result as soon as
     * the first is found; null when there is none.
     */
    private List<int[]> find(Phrase phrase, boolean every) {
        int[] want = phrase.ids();
        // A one-word phrase whose stem's signature bit is clear is absent too: a word that has the stem (or has it
        // as a compound part) puts it among allIds. Only the bit, no scan of allIds: the phrases of an index start
        // with a stem of the statement anyway, and the scan of the words below settles the rest (session 27).
        if (want.length == 0 || (want.length == 1 ? !maySignal(want[0]) : !allPresent(want))) {
            return null;
        }
        Word[] among = phrase.keepsStopwords() ? all : content;
        int size = among.length;
        int maxGap = phrase.maxGap();
        List<int[]> found = null;
        for (int start = 0; start < size; start++) {
            Word first = among[start];
            if (want.length == 1 ? !first.has(want[0]) : first.id() != want[0]) {
                continue;
            }
            int at = start;
            int matched = 1;
            for (int next = start + 1; next < size && matched < want.length && next - at <= maxGap; next++) {
                if (among[next].id() == want[matched]) {
                    matched++;
                    at = next;
                }
            }
            if (matched == want.length) {
                if (!every) {
                    return List.of();
                }
                found = found != null ? found : new ArrayList<>(1);
                found.add(new int[] {index(phrase, start), index(phrase, at)});
            }
        }
        return found;
    }

    /**
     * Whether every stem of a phrase is among {@link #allIds()}: most phrases a statement is tested against
     * share only their first stem with it, and this settles them on the few ints at hand, without visiting
     * its words.
     */
    private boolean allPresent(int[] want) {
        for (int id : want) {
            if (!hasStem(id)) {
                return false;
            }
        }
        return true;
    }

    private int index(Phrase phrase, int i) {
        return phrase.keepsStopwords() ? i : contentIndex[i];
    }
}
