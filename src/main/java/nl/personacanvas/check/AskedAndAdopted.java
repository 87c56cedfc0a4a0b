package nl.personacanvas.check;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The teacher asking a learner or a colleague about their way and taking it over themself: "Vraagt Ahmed hoe zijn vader
 * in Aleppo het deeg kneedde, en probeert dat thuis zelf uit", "Ik vraag collega's ... hoe het daar gaat, daar steek ik
 * zelf het meest van op", "vraagt de Spaanse kok ... om feedback ... en past die dan ook aan". The asking alone is as
 * often a lesson's ("Vraagt studenten ... hoe ... en laat de klas vergelijken": a task); what the teacher takes over
 * from the answer makes it lerende houding, in all nine readable statements of the shape. Asked of an office or a
 * school, it is a task's information ({@code warm-scenes.txt}, session 25, att25).
 */
final class AskedAndAdopted {
    static final List<String> ATTITUDES = List.of("lerende houding");
    /** "de vraag", "een vraag": the noun. */
    private static final Set<String> ARTICLES = Set.of("de", "een");

    private final Set<String> asking;
    private final SurfacePatterns adopted;
    private final LearnerWords bodies;
    /** The bit of {@link #asking}: no asking verb, nothing asked. */
    private final long askingBit;

    AskedAndAdopted(Map<String, List<String>> sections, CueBits cues) {
        this.asking = Set.copyOf(sections.get("asking"));
        this.adopted = new SurfacePatterns(sections.get("adopted"), cues);
        this.bodies = new LearnerWords(sections.get("bodies"));
        this.askingBit = cues.bit(asking);
    }

    /** Whether the teacher asks someone about their way and then takes it over (the statement's cue bits given). */
    boolean read(AnalyzedText text, long present) {
        if (!CueBits.all(askingBit, present)) {
            return false;
        }
        List<Word> words = text.words();
        for (int i = 0; i < words.size(); i++) {
            if (asking.contains(words.get(i).surface()) && (i == 0
                    || !ARTICLES.contains(words.get(i - 1).surface()))) {
                return adopted.in(words, i + 1, present) && !bodies.in(words);
            }
        }
        return false;
    }
}
