package nl.personacanvas.check;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The teacher sitting down with a person where they are, or joining the learners for a coffee: "ben ik eerst gewoon
 * naast haar gaan zitten en heb ik geluisterd", "ben ik eerst zelf bij de vader aan de keukentafel gaan zitten",
 * "drinkt bij het stagebezoek ... gewoon koffie mee in de kantine, met de stagiairs". A task's verbs (gaan, drinken,
 * uitleggen) and no attitude word, yet each of the six readable statements of the shape is an attitude (A3, H83, H87,
 * R20A, H91). A table booked or a meal organised is a task ("Regelt in Parijs een tafel ..."), so a statement with an
 * organising verb is not read; a coffee counts only with a learner in the statement ({@code warm-scenes.txt}, session
 * 25, att25).
 */
final class SatWith {
    private static final List<String> BESIDE = List.of("empathisch");
    private static final List<String> AT_THEIR_TABLE = List.of("verbindend");
    private static final List<String> COFFEE = List.of("benaderbaar", "verbindend");

    private final SurfacePatterns beside;
    private final SurfacePatterns table;
    private final SurfacePatterns coffee;
    private final Set<String> organising;
    private final LearnerWords learners;

    SatWith(Map<String, List<String>> sections, LearnerWords learners, CueBits cues) {
        this.beside = new SurfacePatterns(sections.get("sat beside"), cues);
        this.table = new SurfacePatterns(sections.get("sat at their table"), cues);
        this.coffee = new SurfacePatterns(sections.get("coffee shared"), cues);
        this.organising = Set.copyOf(sections.get("organising"));
        this.learners = learners;
    }

    /** The attitudes of the teacher's sitting down with someone (the statement's cue bits given), or empty. */
    List<String> read(AnalyzedText text, long present) {
        // Where no pattern can occur the answer is empty, organising verb or not: most statements stop here.
        if (!beside.mayOccur(present) && !table.mayOccur(present) && !coffee.mayOccur(present)) {
            return List.of();
        }
        List<Word> words = text.words();
        if (words.stream().anyMatch(w -> organising.contains(w.surface()))) {
            return List.of();
        }
        return beside.in(words, present) ? BESIDE : table.in(words, present) ? AT_THEIR_TABLE
                : coffee.in(words, present) && learners.in(words) ? COFFEE : List.of();
    }
}
