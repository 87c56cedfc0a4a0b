package nl.personacanvas.check;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The teacher changing their own form of address after a cultural cue, or learning to say a name right: "ben ik
 * overgestapt op 'Frau Becker'", "Ik weet dat een Duitse Ausbilder ... 'Hoi Klaus' niet waardeert, dus ik schrijf daar
 * formeler". No attitude word, and the classifier reads the mail or the talk as a task; the readable sets label both
 * cultureel sensitief, as the lexicon's "Kiest zijn aanspreekvorm met zorg". A lesson on forms of address, or learners
 * made to practise each other's names, is a task, so a statement with a lesson's word is not read ({@code
 * warm-scenes.txt}, session 25, att25).
 */
final class AddressChanged {
    static final List<String> ATTITUDES = List.of("cultureel sensitief");

    private final SurfacePatterns changed;
    private final Set<String> lesson;

    AddressChanged(Map<String, List<String>> sections, CueBits cues) {
        this.changed = new SurfacePatterns(sections.get("address changed"), cues);
        this.lesson = Set.copyOf(sections.get("lesson"));
    }

    /**
     * Whether the teacher changes their own form of address or learns to say a name right, outside a lesson (the
     * statement's cue bits {@code present}).
     */
    boolean read(AnalyzedText text, long present) {
        List<Word> words = text.words();
        return changed.in(words, present) && words.stream().noneMatch(w -> lesson.contains(w.surface()));
    }
}
