package nl.personacanvas.check;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * A weighted-evidence model per attitude ({@code attitude-evidence.txt}): each attitude has families of
 * words and short phrases, each family with a weight. A statement's evidence for an attitude is the sum of
 * the weights of the families that occur in it (each family once), so one strong word ("veerkracht") or
 * two weaker ones together ("durft" + "nieuw") name the attitude, in any order and however far apart,
 * while a single weak word does not. A family word right after a negation ("niet", "geen", "nooit") does
 * not count. Everything is matched on the analysed stems, so inflections, compounds and small typos count.
 */
final class AttitudeEvidence {
    /** The evidence at which an attitude counts as named. */
    static final int NAMED = 2;

    /**
     * @param attitude index into the recogniser's names
     * @param family index over all families
     * @param alone  counts only when nothing else in the statement names an attitude
     * @param beside counts only as a second attitude, in a clause without the first ({@link #strongIn})
     */
    private record Cue(int attitude, int family, int weight, String adjective, boolean alone, boolean beside) {
    }

    private static final String ALONE = "alone";
    private static final String BESIDE = "beside";

    private final PhraseIndex<Cue> cues = new PhraseIndex<>();
    private final AttributiveUse attributive;
    private int families;
    private final int attitudes;
    /**
     * By stem number, whether a weight-2 family's phrase has it as its longest stem, and whether a weight-1
     * one starts with it: computed once at load, so most statements are passed over with a few array reads.
     */
    private boolean[] strongStart = new boolean[0];
    private boolean[] weakStart = new boolean[0];

    /**
     * @param sections per attitude name its lines, {@code weight: word, phrase, ...}
     * @param indexOf  the recogniser's index of an attitude name
     */
    AttitudeEvidence(Map<String, List<String>> sections, Map<String, Integer> indexOf, AttributiveUse attributive,
                     TextAnalyzer analyzer) {
        this.attributive = attributive;
        this.attitudes = indexOf.size();
        sections.forEach((name, lines) -> {
            if (name.isEmpty()) {
                return;
            }
            Integer attitude = indexOf.get(name);
            if (attitude == null) {
                throw new IllegalStateException("Unknown attitude in attitude-evidence.txt: " + name);
            }
            for (String line : lines) {
                int family = families++;
                String head = line.substring(0, line.indexOf(':'));
                boolean alone = head.contains(ALONE);
                boolean beside = head.contains(BESIDE);
                int weight = Integer.parseInt(head.replace(ALONE, "").replace(BESIDE, "").strip());
                for (String member : members(line)) {
                    Cue cue = new Cue(attitude, family, weight, AdjectiveForm.required(member), alone, beside);
                    // "past zich aan" is also written "Ik pas me aan" (FirstPersonVoice)
                    for (String voiced : FirstPersonVoice.voices(member, analyzer)) {
                        Phrase phrase = analyzer.phrase(voiced);
                        cues.add(phrase, cue);
                        markStart(phrase, weight >= NAMED);
                    }
                }
            }
        });
    }

    private void markStart(Phrase phrase, boolean strong) {
        if (phrase.ids().length == 0) {
            return;
        }
        // A weight-1 phrase must start at the opening, so its first stem is the test; a weight-2 phrase
        // needs all its stems, so its longest (rarest) one will do ("gesprek", not the "met" of "met elkaar
        // in gesprek").
        int key = 0;
        for (int i = 1; strong && i < phrase.stems().size(); i++) {
            key = phrase.stems().get(i).length() >= phrase.stems().get(key).length() ? i : key;
        }
        int id = phrase.ids()[key];
        if (id >= strongStart.length) {
            strongStart = Arrays.copyOf(strongStart, Math.max(id + 1, strongStart.length * 2));
            weakStart = Arrays.copyOf(weakStart, strongStart.length);
        }
        (strong ? strongStart : weakStart)[id] = true;
    }

    static List<String> texts(Map<String, List<String>> sections) {
        return sections.values().stream().flatMap(List::stream).flatMap(l -> members(l).stream()).toList();
    }

    private static List<String> members(String line) {
        if (line.indexOf(':') < 0) {
            throw new IllegalStateException("Bad line in attitude-evidence.txt (weight: words): " + line);
        }
        return Arrays.stream(line.substring(line.indexOf(':') + 1).split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * Adds to {@code firstWord} (per attitude index, -1 where none yet) every attitude this evidence names,
     * with the first word of that evidence: first the attitudes whose weight-2 families reach {@link #NAMED};
     * if none, those whose "alone" families do; if none either, those whose weight-1 families reach it
     * together, but only when one of them is the statement's opening word ({@code opening}: "Respecteert
     * lokale gewoontes"), because weak words further on describe the action rather than the teacher ("Plant
     * ruimte voor gesprekken over gevoelige onderwerpen"). Words before {@code teacher} (the "hem"/"haar" of
     * "Studenten durven haar te appen") say what others do and do not count, nor does a word that describes a
     * thing ({@link AttributiveUse}: "Flexibele planning van ..."). Returns whether it added any.
     */
    boolean addNamed(AnalyzedText text, int teacher, int opening, int[] firstWord) {
        if (!canName(text, opening)) {
            return false;
        }
        Tally tally = tally(text, teacher, word -> true, false);
        return tally != null && tally.name(opening, firstWord);
    }

    /**
     * Per attitude the first word of the weight-2 families (not the "alone" ones) that reach {@link #NAMED} among
     * the words {@code counted} lets through, or -1: a clause's own strong evidence, which may name a second
     * attitude beside one the lexicon named elsewhere in the statement.
     */
    int[] strongIn(AnalyzedText text, int teacher, IntPredicate counted) {
        int[] firstWord = new int[attitudes];
        Arrays.fill(firstWord, -1);
        if (canName(text, -1)) {
            Tally tally = tally(text, teacher, counted, true);
            if (tally != null) {
                add(tally.strong, tally.strongFirst, firstWord);
            }
        }
        return firstWord;
    }

    /**
     * Whether any family of the attitude (weight 1 or 2, the "beside" ones too) occurs in the statement after
     * {@code teacher}: a second, independent reading that agrees with the trained model's less certain name
     * ({@link AttitudeModel#beside}).
     */
    boolean supports(AnalyzedText text, int teacher, int attitude) {
        Tally tally = tally(text, teacher, word -> true, true);
        return tally != null && tally.all[attitude] > 0;
    }

    /**
     * The evidence of the spans that start at a word {@code counted} lets through, or null if there is none; the
     * "beside" families count only for a {@code second} attitude.
     */
    private Tally tally(AnalyzedText text, int teacher, IntPredicate counted, boolean second) {
        Tally tally = null;
        for (int stem : text.allIds()) {
            for (PhraseIndex.Item<Cue> item : cues.startingWith(stem)) {
                if (!item.mayOccurIn(text)) {
                    continue;
                }
                Cue cue = item.value();
                if (cue.beside() && !second) {
                    continue;
                }
                List<int[]> spans = text.spans(item.phrase());
                for (int k = 0; k < spans.size(); k++) {
                    int[] span = spans.get(k);
                    if (span[0] >= teacher && counted.test(span[0]) && !Negation.before(text, span[0])
                            && AdjectiveForm.shows(cue.adjective(), text.words().get(span[0]))
                            && !(span[0] == span[1] && attributive.describesThing(text, span[0]))
                            && !(cue.weight() < NAMED && inCompound(text, span, item.phrase()))) {
                        tally = tally != null ? tally : new Tally(attitudes, families);
                        tally.count(cue, span[0]);
                    }
                }
            }
        }
        return tally;
    }

    /**
     * Whether the statement could name an attitude: a weight-2 family starts in it, or a weight-1 family at or
     * before the opening word. Most statements contain some common weight-1 word ("nieuwe", "snel") further
     * on; this spares them collecting candidates and finding every span.
     */
    private boolean canName(AnalyzedText text, int opening) {
        for (int id : text.allIds()) {
            if (id < strongStart.length && strongStart[id]) {
                return true;
            }
        }
        for (int i = 0; i <= opening && i < text.words().size(); i++) {
            Word w = text.words().get(i);
            if (opensWeak(w.id())) {
                return true;
            }
            for (int part : w.partIds()) {
                if (opensWeak(part)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean opensWeak(int id) {
        return id < weakStart.length && weakStart[id];
    }

    /** Per attitude the evidence found in one statement; made only when a statement has any. */
    private static final class Tally {
        private final int[] strong;
        private final int[] all;
        private final int[] alone;
        private final int[] strongFirst;
        private final int[] aloneFirst;
        private final int[] weakFirst;
        private final boolean[] seen;

        Tally(int attitudes, int families) {
            strong = new int[attitudes];
            all = new int[attitudes];
            alone = new int[attitudes];
            strongFirst = filled(attitudes);
            aloneFirst = filled(attitudes);
            weakFirst = filled(attitudes);
            seen = new boolean[families];
        }

        private static int[] filled(int size) {
            int[] a = new int[size];
            Arrays.fill(a, -1);
            return a;
        }

        void count(Cue cue, int word) {
            int a = cue.attitude();
            boolean strongCue = cue.weight() >= NAMED;
            if (!seen[cue.family()]) {
                seen[cue.family()] = true;
                all[a] += cue.weight();
                if (strongCue) {
                    (cue.alone() ? alone : strong)[a] += cue.weight();
                }
            }
            int[] at = !strongCue ? weakFirst : cue.alone() ? aloneFirst : strongFirst;
            at[a] = at[a] < 0 ? word : Math.min(at[a], word);
        }

        boolean name(int opening, int[] firstWord) {
            if (add(strong, strongFirst, firstWord) || add(alone, aloneFirst, firstWord)) {
                return true;
            }
            boolean added = false;
            for (int a = 0; a < all.length; a++) {
                if (all[a] >= NAMED && weakFirst[a] >= 0 && weakFirst[a] <= opening) {
                    firstWord[a] = weakFirst[a];
                    added = true;
                }
            }
            return added;
        }
    }

    private static boolean add(int[] score, int[] first, int[] firstWord) {
        boolean added = false;
        for (int a = 0; a < score.length; a++) {
            if (score[a] >= NAMED && (firstWord[a] < 0 || first[a] < firstWord[a])) {
                firstWord[a] = first[a];
                added = true;
            }
        }
        return added;
    }

    /**
     * Whether a one-word weak cue matched only a compound part of the word: the part "leer" of "leerdoel",
     * "leeruitkomst" or even "formuleert" is not the teacher who "leert", the "groep" of "groepsopdracht" no
     * group brought together. A weak word counts as itself; strong words ("groepsgevoel") are listed whole.
     */
    private static boolean inCompound(AnalyzedText text, int[] span, Phrase phrase) {
        return span[0] == span[1] && phrase.ids().length == 1 && text.words().get(span[0]).id() != phrase.ids()[0];
    }
}
