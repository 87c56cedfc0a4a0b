package nl.personacanvas.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cues matched on words as written (lower case, accents folded), not on stems: names of countries, languages,
 * peoples and places (Tenerife, Shanghai, Marokkaanse), and cue words whose stem is an everyday word (duits,
 * pools). A name of several words (Verenigde Staten, Gran Canaria) matches as a sequence. What the cues make
 * of a word (one or two hash probes, and the few cues matched by their start, {@code =taal*}, tried one by
 * one) is worked out once per distinct word and kept, so a statement costs an array read per word.
 */
final class WrittenCues {
    /** The words after the first of a cue, and the activities it counts for. */
    private record Sequence(String[] rest, Set<String> activities) {
    }

    private record Prefix(String start, Set<String> activities) {
    }

    private static final String ADJECTIVE_ENDING = "e";
    /**
     * Endings that make a people or its adjective of a place's name (Kenianen, Australiërs, IJslanders, Vietnamese,
     * Indiase), tried with the name as the word's start or with the name's final -e or -a put back. These words are
     * real Dutch, so the typo step no longer brings them near the name (session 11, typo11).
     */
    private static final List<String> PEOPLE_ENDINGS =
            List.of("enaars", "enaar", "aars", "aar", "ers", "er", "anen", "aanse", "aans", "aan", "ezen", "ese", "ees",
                    "ische", "isch", "se");
    /**
     * What the name ends in beyond the word's start: "" (Kenia-nen), a final -e or -a put back, or a region's
     * ending the adjective drops (session 18, gen18b): -ië (Andalusische of Andalusië), -en (Beierse of Beieren),
     * -ane (Toscaanse of Toscane).
     */
    private static final List<String> NAME_ENDINGS = List.of("", "e", "a", "ie", "en", "ane");
    /** {@link #NAME_ENDINGS} from this index on are a region's, which only its adjective drops. */
    private static final int FIRST_REGION_ENDING = 3;
    /**
     * The {@link #PEOPLE_ENDINGS} of an adjective, the only ones a region's dropped ending takes: Servische is of
     * Servië, but "servers" are computers, not Serviërs (those keep the -i: Servi-ërs).
     */
    private static final Set<String> ADJECTIVE_PEOPLE_ENDINGS = Set.of("aanse", "aans", "ische", "isch", "se");
    /** The endings of a Dutch agent noun or comparative as well as of a people (Servi-ërs, but mekk-er). */
    private static final Set<String> AGENT_ENDINGS = Set.of("er", "ers");
    /** A shorter start is too often a name by chance: "romanen" are novels, not people of Roma. */
    private static final int MIN_NAME = 4;
    /** A compound's first part as a name: shorter names hide in Dutch words (Oman, Peru, Mali). */
    private static final int MIN_COMPOUND_NAME = 5;

    private final Map<String, List<Sequence>> byFirstWord = new HashMap<>();
    /**
     * The cues matched by their start, by the start's first character, each list in the order the cues were added:
     * a word is tried only against the starts that begin as it does (70 starts since session 18; session 19, perf19).
     */
    private final Map<Character, List<Prefix>> prefixes = new HashMap<>();
    /** One-word names whose people a word may name (Kenianen), with the activities they count for. */
    private final Map<String, List<Sequence>> peoples = new HashMap<>();
    /**
     * Per start a people's word may have (the name without one of {@link #NAME_ENDINGS}), the name found first in the
     * order of those endings: what {@link #people} would find by trying each ending on the start, worked out when
     * the names are added (six endings since session 18 made that a string and a probe each, for nearly every new
     * word of a cold check; session 19, perf19).
     */
    private final Map<String, Start> starts = new HashMap<>();

    /** The names a start leads to, and the index of the ending that led there. */
    private record Start(int ending, List<Sequence> names) {
    }

    /** @param words the cue's words as the analyser writes them ({@link Word#surface()}) */
    void add(List<String> words, Set<String> activities) {
        if (words.isEmpty()) {
            return;
        }
        String[] rest = words.subList(1, words.size()).toArray(new String[0]);
        byFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>(1)).add(new Sequence(rest, activities));
        if (rest.length == 0) {
            addPeopleOf(words.get(0), activities);
        }
    }

    /**
     * A one-word place whose people a word may name (Brusselaars, Scandinaviërs), though the place itself is a cue
     * matched by its stem.
     */
    void addPeopleOf(String name, Set<String> activities) {
        List<Sequence> names = peoples.computeIfAbsent(name, k -> new ArrayList<>(1));
        names.add(new Sequence(new String[0], activities));
        for (int i = 0; i < NAME_ENDINGS.size(); i++) {
            String ending = NAME_ENDINGS.get(i);
            int length = name.length() - ending.length();
            if (length >= MIN_NAME && name.endsWith(ending)) {
                int index = i;
                starts.merge(name.substring(0, length), new Start(i, names),
                        (kept, added) -> kept.ending() <= index ? kept : added);
            }
        }
    }

    /**
     * @param end the last part of a compound whose first part, a one-word name abroad, makes the compound a place or
     *            product of there: Naivasha|meer, parma|ham, bordeaux|wijn (session 22, gen22)
     */
    void addCompoundEnd(String end) {
        compoundEnds.add(end);
    }

    /** @param surface a word (as the analyser writes it) that counts only when the statement writes it with a capital */
    void requireCapital(String surface) {
        capitalOnly.add(surface);
    }

    void addPrefix(String start, Set<String> activities) {
        if (start.isEmpty()) {
            throw new IllegalArgumentException("A cue matched by its start needs a start");
        }
        prefixes.computeIfAbsent(start.charAt(0), k -> new ArrayList<>(2)).add(new Prefix(start, activities));
    }

    /**
     * What the cues as written make of one word, wherever it stands: the cues that start with it, those that
     * start with it without an adjective's -e (or the names whose people it names), and the scopes of the cues matched by their start, in the
     * order they are tried.
     */
    private record Found(List<Sequence> direct, List<Sequence> adjective, List<Set<String>> prefixScopes,
                         boolean capitalOnly) {
    }

    private static final Found NOTHING = new Found(null, null, List.of(), false);

    /**
     * Words that name a place or people abroad only when written with a capital: "Luik" is Liège, "het luik" a
     * hatch; "Polen" the country, "twee polen" a magnet's; "Hamburgers" people of Hamburg, "hamburgers" food
     * (session 20, gen20). The analysed words drop the capital, so these are checked against the text itself.
     */
    private final Set<String> capitalOnly = new HashSet<>();
    /** {@link #addCompoundEnd} */
    private final List<String> compoundEnds = new ArrayList<>();

    /** Per distinct word, looked up once for all the statements it occurs in. */
    private final WordSlots<Found> found = new WordSlots<>(word -> find(word.surface()));

    private Found find(String surface) {
        List<Sequence> direct = byFirstWord.get(surface);
        // An adjective of a language or people takes an -e before a noun: Spaans, de Spaanse collega.
        List<Sequence> adjective = surface.length() > 4 && surface.endsWith(ADJECTIVE_ENDING)
                ? adjectiveOf(surface.substring(0, surface.length() - 1)) : null;
        if (direct == null && adjective == null) {
            adjective = people(surface);
        }
        if (direct == null && adjective == null) {
            direct = nameCompound(surface);
        }
        List<Set<String>> scopes = new ArrayList<>(0);
        List<Prefix> sameStart = surface.isEmpty() ? List.of() : prefixes.getOrDefault(surface.charAt(0), List.of());
        for (Prefix prefix : sameStart) {
            if (surface.startsWith(prefix.start())) {
                scopes.add(prefix.activities());
            }
        }
        return direct == null && adjective == null && scopes.isEmpty() ? NOTHING
                : new Found(direct, adjective, List.copyOf(scopes), capitalOnly.contains(surface));
    }

    /**
     * The one-word name a compound starts with when its last part is one of {@link #compoundEnds}, or null. The name
     * needs {@link #MIN_COMPOUND_NAME} letters and may be no word that counts only with a capital (a compound is
     * written small): "kleefmiddel" is no compound of Kleef, its end is no place's or product's part.
     */
    private List<Sequence> nameCompound(String surface) {
        for (String end : compoundEnds) {
            int length = surface.length() - end.length();
            if (length >= MIN_COMPOUND_NAME && surface.endsWith(end)) {
                String start = surface.substring(0, length);
                List<Sequence> names = capitalOnly.contains(start) ? null : oneWord(byFirstWord.get(start));
                if (names != null) {
                    return names;
                }
            }
        }
        return null;
    }

    /** Of the cues that start with a word, those of that word alone (a name, not the first word of a longer one). */
    private static List<Sequence> oneWord(List<Sequence> sequences) {
        if (sequences == null) {
            return null;
        }
        List<Sequence> alone = sequences.stream().filter(q -> q.rest().length == 0).toList();
        return alone.isEmpty() ? null : alone;
    }

    /**
     * The cues an adjective's stem (the word without its -e) starts: as written (Spaans), or with the long vowel
     * the -e made single written double again (Maltese: Maltees, Chinese: Chinees, Vietnamese: Vietnamees).
     */
    private List<Sequence> adjectiveOf(String base) {
        List<Sequence> direct = byFirstWord.get(base);
        int n = base.length();
        if (direct != null || n < 4 || vowel(base.charAt(n - 1)) || !vowel(base.charAt(n - 2))
                || vowel(base.charAt(n - 3)) || base.charAt(n - 2) == 'i') {
            return direct;
        }
        return byFirstWord.get(base.substring(0, n - 1) + base.charAt(n - 2) + base.charAt(n - 1));
    }

    private static boolean vowel(char c) {
        return "aeiouy".indexOf(c) >= 0;
    }

    /** The one-word names {@code surface} names the people of, or null: Kenianen is of Kenia. */
    private List<Sequence> people(String surface) {
        for (String ending : PEOPLE_ENDINGS) {
            if (!surface.endsWith(ending)) {
                continue;
            }
            String base = surface.substring(0, surface.length() - ending.length());
            Start start = base.length() >= MIN_NAME ? starts.get(base) : null;
            if (start != null && (start.ending() < FIRST_REGION_ENDING || ADJECTIVE_PEOPLE_ENDINGS.contains(ending))
                    && !agentNoun(base, start, ending)) {
                return start.names();
            }
        }
        return null;
    }

    /**
     * Whether {@code ending} on a start whose name dropped its final -e or -a makes a Dutch agent noun or comparative
     * rather than a people: only a name in -ië or -ne takes -er there (Servi-ërs, Athen-ers, Oekraïn-er); "mekker" is
     * no people of Mekka, "knokker" none of Knokke, "constanter" none of Constanta (session 19, gen19b: audit of the
     * OpenTaal list).
     */
    private static boolean agentNoun(String base, Start start, String ending) {
        boolean droppedVowel = NAME_ENDINGS.get(start.ending()).length() == 1;
        return droppedVowel && AGENT_ENDINGS.contains(ending) && !base.endsWith("i") && !base.endsWith("n");
    }

    /** Adds to {@code result} the activity scopes of the cues written in the statement that it lacks yet. */
    void addScopes(AnalyzedText text, List<Set<String>> result) {
        List<Word> words = text.words();
        for (int i = 0; i < words.size(); i++) {
            Found f = found.of(words.get(i));
            if (f == NOTHING || f.capitalOnly() && !WrittenText.capitalised(text.text(), words.get(i).surface())) {
                continue;
            }
            addMatches(f.direct(), words, i, result);
            addMatches(f.adjective(), words, i, result);
            for (Set<String> scope : f.prefixScopes()) {
                if (!result.contains(scope)) {
                    result.add(scope);
                }
            }
        }
    }

    private static void addMatches(List<Sequence> sequences, List<Word> words, int first,
                                   List<Set<String>> result) {
        if (sequences == null) {
            return;
        }
        for (Sequence sequence : sequences) {
            // The words first: most sequences do not follow, and asking the scopes found so far (sets, compared
            // element by element) costs more than comparing a word (session 26, speed26b); both are pure, so the
            // order changes no answer.
            if (follows(sequence.rest(), words, first + 1) && !result.contains(sequence.activities())) {
                result.add(sequence.activities());
            }
        }
    }

    private static boolean follows(String[] rest, List<Word> words, int from) {
        if (from + rest.length > words.size()) {
            return false;
        }
        for (int k = 0; k < rest.length; k++) {
            if (!words.get(from + k).surface().equals(rest[k])) {
                return false;
            }
        }
        return true;
    }
}
