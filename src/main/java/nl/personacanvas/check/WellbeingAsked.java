package nl.personacanvas.check;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The teacher asking a learner how it is with them: "heb ik na de les rustig gevraagd hoe het voor haar was", "De
 * docent ging naast hem op de bank zitten en vroeg hoe het ging", "vraagt na de les aan een stille Afghaanse jongen hoe
 * het thuis gaat". The lexicon holds "vraagt hoe het met ... gaat", where the statement opens; in the past, after a
 * scene or after a colleague's name the classifier reads a task. Every readable labelled statement of the shape is
 * empathisch (A3, H61, H83, H87, H91, S36, T17, T18). Not a check-in at fixed times ("Belt elke maandag ... en vraagt
 * hoe het gaat met de opdracht"), not "ook" asked beside a task's talk, not how it goes "daar" (practice elsewhere):
 * only a person, home or "echt" may stand between "hoe het" and its verb ({@code warm-scenes.txt}, session 25, att25).
 */
final class WellbeingAsked {
    static final List<String> ATTITUDES = List.of("empathisch");
    private static final String HOW = "hoe";
    private static final Set<String> IT = Set.of("het", "dat");
    /** "de vraag hoe ...", "een vraag": the noun, a task's question ("begint elk bezoek met de vraag hoe ..."). */
    private static final Set<String> ARTICLES = Set.of("de", "een");
    private static final String ALSO = "ook";
    private static final String WITH = "met";
    private static final Set<String> PERSONS = Set.of("hem", "haar", "hen", "jou", "je");
    /** "vraagt na de praktijkles aan een Syrische leerling die al dagen zwijgt hoe ...": the one asked between. */
    private static final int HOW_REACH = 14;
    private static final int BETWEEN_REACH = 4;

    private final Set<String> asking;
    private final Set<String> between;
    private final Set<String> being;
    private final Set<String> routine;
    private final LearnerWords asked;
    /** The bits of the asking verb, "hoe", "het / dat" and the verb of being: a statement lacking one is not read. */
    private final long needed;

    WellbeingAsked(Map<String, List<String>> sections, CueBits cues) {
        this.asking = Set.copyOf(sections.get("asking"));
        this.between = Set.copyOf(sections.get("between"));
        this.being = Set.copyOf(sections.get("being"));
        this.routine = Set.copyOf(sections.get("routine"));
        this.asked = new LearnerWords(sections.get("asked"));
        this.needed = cues.bit(asking) | cues.bit(Set.of(HOW)) | cues.bit(IT) | cues.bit(being);
    }

    /** Whether the teacher asks a learner how it is with them, outside a routine check-in (cue bits given). */
    boolean read(AnalyzedText text, long present) {
        if (!CueBits.all(needed, present)) {
            return false;
        }
        List<Word> words = text.words();
        for (int i = 0; i < words.size(); i++) {
            if (asking.contains(words.get(i).surface()) && (i == 0
                    || !ARTICLES.contains(words.get(i - 1).surface())) && howItIs(words, i)) {
                return noRoutine(words) && asked.in(words);
            }
        }
        return false;
    }

    private boolean howItIs(List<Word> words, int verb) {
        for (int h = verb + 1; h + 2 < words.size() && h <= verb + HOW_REACH; h++) {
            String s = words.get(h).surface();
            if (ALSO.equals(s)) {
                return false;
            }
            if (HOW.equals(s)) {
                return IT.contains(words.get(h + 1).surface()) && verbAfter(words, h + 2);
            }
        }
        return false;
    }

    /** Only the person, home or "echt" up to the verb, and after it no "met" + a thing ("gaat met de opdracht"). */
    private boolean verbAfter(List<Word> words, int from) {
        for (int j = from; j < words.size() && j <= from + BETWEEN_REACH; j++) {
            String s = words.get(j).surface();
            if (being.contains(s)) {
                return j + 2 >= words.size() || !WITH.equals(words.get(j + 1).surface())
                        || PERSONS.contains(words.get(j + 2).surface());
            }
            if (!between.contains(s)) {
                return false;
            }
        }
        return false;
    }

    private boolean noRoutine(List<Word> words) {
        return words.stream().noneMatch(w -> routine.contains(w.surface()));
    }
}
