package nl.personacanvas.check;

import java.util.List;
import java.util.Set;

/**
 * Whether the word after an actor phrase is that actor's finite verb ("International office regelt ...",
 * "Ouders betalen ..."), as against an infinitive the teacher does to them ("Ouders informeren over de reis",
 * "Studenten bewust maken van ..."). Used by {@link ActorDetector}.
 */
final class ActorVerbs {
    private static final Set<String> SINGULAR_AUXILIARIES = Set.of("is", "heeft", "kan", "wil", "moet", "zal", "mag");
    private static final Set<String> PLURAL_AUXILIARIES =
            Set.of("zijn", "hebben", "kunnen", "willen", "moeten", "zullen", "mogen");
    private static final String PASSIVE = "wordt";
    /**
     * Infinitives after an adjective in -t: "Studenten bewust maken van ...", "Collega's enthousiast maken"
     * is the teacher making them so, not a verb of theirs.
     */
    private static final Set<String> MAKING = Set.of("maken", "houden", "krijgen");
    /** Prepositions of a short phrase after the actor, and how far its verb may stand from the actor. */
    private static final Set<String> PLACE = Set.of("in", "uit", "van", "op", "bij");
    private static final int PLACE_REACH = 4;

    /** Stems of the infinitives in -en that the teacher does to the people named first (the "done to them" list). */
    private final Set<String> doneToThem;

    ActorVerbs(Set<String> doneToThem) {
        this.doneToThem = doneToThem;
    }

    /** A singular auxiliary or "wordt": a verb "they" cannot take, so a "ze" after it is the teacher. */
    static boolean isSingularAuxiliary(String surface) {
        return SINGULAR_AUXILIARIES.contains(surface) || surface.equals(PASSIVE);
    }

    boolean isFinite(List<Word> words, int at) {
        Word word = words.get(at);
        String s = word.surface();
        if (SINGULAR_AUXILIARIES.contains(s) || PLURAL_AUXILIARIES.contains(s) || s.equals(PASSIVE)
                || s.equals("worden")) {
            return true;
        }
        if (word.stop() || s.length() < 3) {
            return false;
        }
        if (s.endsWith("en")) {
            return !doneToThem.contains(word.stem());
        }
        return s.endsWith("t") && !(at + 1 < words.size() && MAKING.contains(words.get(at + 1).surface()));
    }

    /**
     * A finite verb only a singular subject takes ("haalt", "is", "wordt"): after a company named by its trade, an
     * infinitive in -en is as often a note of the teacher's own task ("Touringcarbedrijf boeken voor de reis").
     */
    static boolean isSingularFinite(List<Word> words, int at) {
        String s = words.get(at).surface();
        return isSingularAuxiliary(s) || !words.get(at).stop() && s.length() >= 3 && s.endsWith("t")
                && !(at + 1 < words.size() && MAKING.contains(words.get(at + 1).surface()));
    }

    /**
     * Whether the actor ending at {@code end} is followed by its name and then a singular verb ("Het team
     * onderwijslogistiek roostert", "De afdeling ICT regelt"): a department named by a noun in apposition.
     */
    boolean namedBy(List<Word> words, int end) {
        if (end + 1 >= words.size() || words.get(end).stop() || words.get(end).surface().endsWith("e")) {
            return false;
        }
        Word verb = words.get(end + 1);
        String s = verb.surface();
        return isSingularAuxiliary(s)
                || !verb.stop() && s.length() >= 3 && s.endsWith("t") && isFinite(words, end + 1);
    }

    /**
     * "Een reisbureau in Sevilla regelt ...", "Stagiairs in het buitenland kunnen ...": the index of the verb
     * after a short phrase of place or belonging that follows the actor, or -1. Only a singular verb (-t), an
     * auxiliary or a verb of knowing ("Stagiairs in Spanje weten: ..."), so an infinitive the teacher does
     * ("Studenten uit drie landen samenbrengen") is not taken for the actor's.
     */
    static int afterPlace(List<Word> words, int end) {
        if (end >= words.size() || !PLACE.contains(words.get(end).surface())) {
            return -1;
        }
        for (int i = end + 2; i <= end + PLACE_REACH && i < words.size(); i++) {
            Word w = words.get(i);
            String s = w.surface();
            if (!w.stop() && s.length() >= 3 && s.endsWith("t") || SINGULAR_AUXILIARIES.contains(s)
                    || PLURAL_AUXILIARIES.contains(s) || KnownOfTheTeacher.isKnowing(s)) {
                return i;
            }
        }
        return -1;
    }
}
