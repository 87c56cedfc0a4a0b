package nl.personacanvas.check;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A reading of one data file's sections (session 28, att28: the shape {@link HeldStance} and {@link ShownConduct} had
 * each written out): a statement none of whose words is in the file's {@code gate} section costs one array read per
 * word ({@link WordSlots}) and is read as nothing; the others reach the readers' pattern sections, tried in the order
 * each reader gives, over the reader's own {@link CueBits} (a pattern one of whose words the statement lacks is not
 * matched; the warm scenes' bits are nearly full).
 *
 * @param <K> what the reader finds
 */
abstract class GatedReading<K> {
    private final Map<String, List<String>> sections;
    private final Set<String> gate;
    private final WordSlots<Boolean> gated = new WordSlots<>(this::gates);
    private final CueBits cues = new CueBits();

    GatedReading(Map<String, List<String>> sections) {
        this.sections = sections;
        this.gate = Set.copyOf(sections.get("gate"));
    }

    /** The patterns of a section, their words given bits in this reader's {@link CueBits}. */
    final SurfacePatterns patterns(String section) {
        return new SurfacePatterns(sections.get(section), cues);
    }

    /** The words of a section, matched by surface. */
    final Set<String> words(String section) {
        return Set.copyOf(sections.get(section));
    }

    /** What the statement shows, or null. */
    final K read(AnalyzedText text) {
        return read(text, cues.of(text.words()));
    }

    /** What the statement shows read with cue bits {@code present}: {@link CueBits#ALL} turns no pattern away. */
    final K read(AnalyzedText text, long present) {
        List<Word> words = text.words();
        return anyGate(words) ? kind(words, present) : null;
    }

    /**
     * What a gated statement shows, or null.
     *
     * @param present the statement's {@link CueBits}, for {@link SurfacePatterns#in(List, long)}
     */
    abstract K kind(List<Word> words, long present);

    private Boolean gates(Word word) {
        return gate.contains(word.surface());
    }

    private boolean anyGate(List<Word> words) {
        for (Word w : words) {
            if (gated.of(w)) {
                return true;
            }
        }
        return false;
    }
}
