package nl.personacanvas.merge;

/**
 * One point where two workbooks differ and a person may choose mine, theirs or both. Every difference has
 * a key that is stable within one {@link MergePlan}, so decisions can be recorded by key.
 */
public sealed interface Difference permits FieldDifference, EntryDifference, PersonaAddition {

    String key();

    /** The choice a non-interactive merge takes; never one that loses text. */
    Choice defaultChoice();

    /**
     * Whether keeping both needs a marker because both sides hold a different value in the same place
     * (a real conflict), rather than one side simply adding to or filling in the other.
     */
    boolean conflicting();
}
