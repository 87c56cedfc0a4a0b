package nl.personacanvas.merge;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The choices a person made for the differences of one {@link MergePlan}. Immutable; a difference without
 * a recorded choice gets its {@link Difference#defaultChoice() default}, so {@link #defaults()} is the
 * non-interactive merge that keeps everything.
 */
public final class MergeDecisions {
    private static final MergeDecisions DEFAULTS = new MergeDecisions(Map.of());

    private final Map<String, Choice> choices;

    private MergeDecisions(Map<String, Choice> choices) {
        this.choices = Map.copyOf(choices);
    }

    public static MergeDecisions defaults() {
        return DEFAULTS;
    }

    public MergeDecisions with(Difference difference, Choice choice) {
        Map<String, Choice> copy = new HashMap<>(choices);
        copy.put(difference.key(), Objects.requireNonNull(choice, "choice"));
        return new MergeDecisions(copy);
    }

    public Choice choiceFor(Difference difference) {
        return choices.getOrDefault(difference.key(), difference.defaultChoice());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MergeDecisions other && choices.equals(other.choices);
    }

    @Override
    public int hashCode() {
        return choices.hashCode();
    }
}
