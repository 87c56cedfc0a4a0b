package nl.personacanvas.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Recognises what makes a statement specific to internationalisation (international, intercultural,
 * diversity), from {@code international-cues.txt}. Some cues count only for some matrix activities:
 * "reis" is international for a persona who travels abroad with students, not in general.
 */
final class InternationalCues {
    private static final String ALL = "all";

    /** @param weak counts only together with another weak cue ({@code ~} lines) */
    private record Cue(Phrase phrase, Set<String> activities, boolean weak) {
    }

    private static final String AS_WRITTEN = "=";
    private static final String ANY_ENDING = "*";
    private static final String WEAK = "~";
    /** The section of compounds whose parts are no cue ({@link CompoundPartCues}), not an activity scope. */
    private static final String NO_CUE_AS_PART = "no cue as a part";
    /** The section of phrases in which their first word, a one-word cue, has another sense; no activity scope. */
    private static final String NO_CUE_IN = "no cue in";
    /** Weak cues needed together: "gerechten en feestdagen" is about cultures, "feestdagen" alone is not. */
    private static final int WEAK_TOGETHER = 2;

    private final PhraseIndex<Cue> cues = new PhraseIndex<>();
    private final WrittenCues written = new WrittenCues();
    private final PlaceByForm places;
    private final ForeignSpelling spelling = new ForeignSpelling();
    private final GoodsOrigin goodsOrigin = new GoodsOrigin(ResourceText.lines(GoodsOrigin.RESOURCE));
    private final CustomsInACompound customs =
            new CustomsInACompound(ResourceText.lines(CustomsInACompound.RESOURCE));
    private final CueNounInACompound cueNouns =
            new CueNounInACompound(ResourceText.lines(CueNounInACompound.RESOURCE));
    private final LanguagePairs languagePairs = new LanguagePairs();
    private final OriginByForm origins = new OriginByForm();
    private final CompoundPartCues partCues;
    /** Per stem of a one-word cue, the phrases it starts in which it is no cue ({@link #NO_CUE_IN}). */
    private final Map<Integer, List<Phrase>> noCueIn = new HashMap<>();
    private static final Set<String> EVERYWHERE = Set.of(ALL);

    /**
     * @param foreignNames names of countries, languages, peoples and places abroad ({@link ForeignNames}),
     *                     matched as written for every activity
     * @param capitalised  words of those names and their peoples that are also Dutch words (Luik, Polen,
     *                     Hamburgers): they count only when the statement writes them with a capital
     *                     ({@link ForeignNames#capitalised})
     * @param compoundEnds last parts of a compound whose first part is such a name (Naivasha|meer, parma|ham)
     *                     ({@link ForeignNames#compoundEnds})
     * @param dutchNames   the Dutch proper names, which no place found by its form is ({@link PlaceByForm})
     */
    InternationalCues(Map<String, List<String>> sections, List<String> foreignNames, List<String> capitalised,
                      List<String> compoundEnds, DutchNames dutchNames, TextAnalyzer analyzer) {
        Set<String> everywhere = EVERYWHERE;
        this.places = new PlaceByForm(analyzer, dutchNames);
        this.partCues = new CompoundPartCues(ResourceText.lines(TextAnalyzer.COMPOUND_PARTS),
                sections.getOrDefault(NO_CUE_AS_PART, List.of()), analyzer);
        for (String line : sections.getOrDefault(NO_CUE_IN, List.of())) {
            Phrase phrase = analyzer.phrase(line);
            noCueIn.computeIfAbsent(phrase.ids()[0], k -> new ArrayList<>(1)).add(phrase);
        }
        sections.forEach((scope, lines) -> {
            if (scope.equals(NO_CUE_AS_PART) || scope.equals(NO_CUE_IN)) {
                return;
            }
            Set<String> activities = scope.equals(ALL) ? everywhere : Set.copyOf(Arrays.asList(scope.split("\\s+")));
            for (String line : lines) {
                if (line.startsWith(AS_WRITTEN) && line.endsWith(ANY_ENDING)) {
                    written.addPrefix(plain(line), activities);
                } else if (line.startsWith(AS_WRITTEN)) {
                    written.add(surfaces(plain(line), analyzer), activities);
                } else {
                    boolean weak = line.startsWith(WEAK);
                    if (!weak && line.chars().allMatch(Character::isLetter)) {
                        written.addPeopleOf(WordAnalysis.fold(line.toCharArray(), line.length()), activities);
                    }
                    Phrase phrase = analyzer.phrase(weak ? line.substring(WEAK.length()) : line);
                    cues.add(phrase, new Cue(phrase, activities, weak));
                }
            }
        });
        foreignNames.forEach(name -> written.add(surfaces(name, analyzer), everywhere));
        capitalised.forEach(word -> written.requireCapital(WordAnalysis.fold(word.toCharArray(), word.length())));
        compoundEnds.forEach(end -> written.addCompoundEnd(WordAnalysis.fold(end.toCharArray(), end.length())));
    }

    private static List<String> surfaces(String text, TextAnalyzer analyzer) {
        return analyzer.analyze(text).words().stream().map(Word::surface).toList();
    }

    /** The cues' words, for the vocabulary: a cue matched as written is still a word the lexicons know. */
    static List<String> texts(Map<String, List<String>> sections) {
        return sections.entrySet().stream()
                .filter(e -> !e.getKey().equals(NO_CUE_AS_PART) && !e.getKey().equals(NO_CUE_IN))
                .flatMap(e -> e.getValue().stream()).map(InternationalCues::plain).toList();
    }

    private static String plain(String line) {
        String word = line.startsWith(AS_WRITTEN) || line.startsWith(WEAK) ? line.substring(1) : line;
        return word.endsWith(ANY_ENDING) ? word.substring(0, word.length() - ANY_ENDING.length()) : word;
    }

    /**
     * Scopes of the cues a statement contains, found once per text; {@link #appliesTo} then answers for
     * each activity without looking at the text again.
     */
    List<Set<String>> scopesIn(AnalyzedText text) {
        List<Set<String>> result = new ArrayList<>(2);
        List<Cue> weak = null;
        for (int stem : text.allIds()) {
            for (PhraseIndex.Item<Cue> item : cues.startingWith(stem)) {
                if (!item.mayOccurIn(text)) {
                    continue;
                }
                Cue cue = item.value();
                Set<String> scope = cue.activities();
                if (result.contains(scope) || !text.contains(item.phrase()) || onlyAsOtherParts(text, item.phrase())
                        || onlyInOtherSense(text, item.phrase())) {
                    continue;
                }
                if (!cue.weak()) {
                    result.add(scope);
                } else {
                    weak = weak == null ? new ArrayList<>(2) : weak;
                    if (isNew(weak, cue)) {
                        weak.add(cue);
                    }
                    if (weakTogether(weak, scope)) {
                        result.add(scope);
                    }
                }
            }
        }
        written.addScopes(text, result);
        cueNouns.addScopes(text, result);
        if (!result.contains(EVERYWHERE)
                && (spelling.foundIn(text.text()) || places.foundIn(text) || goodsOrigin.foundIn(text)
                        || customs.foundIn(text) || languagePairs.foundIn(text.text())
                        || origins.foundIn(text.text()))) {
            result.add(EVERYWHERE);
        }
        return List.copyOf(result);
    }

    /**
     * A one-word cue the statement holds only inside compounds, across the seam of two parts (sta|gebed|rijf) or in
     * another sense (dierenasiel, achtergrondkleur).
     */
    private boolean onlyAsOtherParts(AnalyzedText text, Phrase phrase) {
        return phrase.ids().length == 1 && partCues.onlyAsOtherParts(text, phrase.ids()[0]);
    }

    /**
     * A one-word cue the statement holds once, inside a phrase of another sense: "grensoverschrijdend gedrag" is
     * behaviour that crosses a person's limits, not work across a border (session 22, gen22).
     */
    private boolean onlyInOtherSense(AnalyzedText text, Phrase phrase) {
        if (phrase.ids().length != 1) {
            return false;
        }
        List<Phrase> others = noCueIn.get(phrase.ids()[0]);
        if (others == null) {
            return false;
        }
        int occurrences = 0;
        for (Word word : text.words()) {
            occurrences += word.id() == phrase.ids()[0] ? 1 : 0;
        }
        if (occurrences != 1) {
            return false;
        }
        for (Phrase other : others) {
            if (text.contains(other)) {
                return true;
            }
        }
        return false;
    }

    /** Two lines of the same stems (feestdag, feestdagen) are one cue. */
    private static boolean isNew(List<Cue> found, Cue cue) {
        for (Cue other : found) {
            if (Arrays.equals(other.phrase().ids(), cue.phrase().ids())) {
                return false;
            }
        }
        return true;
    }

    private static boolean weakTogether(List<Cue> found, Set<String> scope) {
        int count = 0;
        for (Cue cue : found) {
            count += cue.activities().equals(scope) ? 1 : 0;
        }
        return count >= WEAK_TOGETHER;
    }

    /** Whether {@link #appliesTo} answers the same for every activity (and for a school's own). */
    static boolean sameForEveryActivity(List<Set<String>> scopes) {
        for (Set<String> scope : scopes) {
            if (scope.contains(ALL)) {
                return true;
            }
        }
        return scopes.isEmpty();
    }

    static boolean appliesTo(List<Set<String>> scopes, String matrixActivityId) {
        for (Set<String> scope : scopes) {
            if (scope.contains(ALL) || matrixActivityId != null && scope.contains(matrixActivityId)) {
                return true;
            }
        }
        return false;
    }
}
