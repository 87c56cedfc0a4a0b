package nl.personacanvas.merge;

import java.util.Objects;

/**
 * One entry of a persona that differs between the two sides.
 *
 * @param personaId the persona the entry belongs to
 * @param mine      the entry as I have it, null for {@link Kind#ONLY_THEIRS}
 * @param theirs    the entry as they have it, null for {@link Kind#ONLY_MINE}
 * @param moved     whether an entry both sides have sits in another quadrant, or out of order with the
 *                  entries around it, on their side
 */
public record EntryDifference(String personaId, Kind kind, Placement mine, Placement theirs, boolean moved)
        implements Difference {

    /** How the entry differs. */
    public enum Kind {
        /** In both, but text, links or note differ (it may also have moved). */
        CHANGED,
        /** In both with the same content, but in another quadrant or out of order. */
        MOVED,
        /** Only I have it: I added it or they deleted it. */
        ONLY_MINE,
        /** Only they have it: they added it or I deleted it. */
        ONLY_THEIRS
    }

    public EntryDifference {
        Objects.requireNonNull(personaId, "personaId");
        Objects.requireNonNull(kind, "kind");
        if (kind != Kind.ONLY_THEIRS) {
            Objects.requireNonNull(mine, "mine");
        }
        if (kind != Kind.ONLY_MINE) {
            Objects.requireNonNull(theirs, "theirs");
        }
        if (kind == Kind.MOVED && !moved) {
            throw new IllegalArgumentException("A moved entry must be marked as moved");
        }
    }

    public String entryId() {
        return (mine != null ? mine : theirs).entry().id();
    }

    @Override
    public String key() {
        return "persona:" + personaId + ":entry:" + entryId();
    }

    public boolean textChanged() {
        return kind == Kind.CHANGED && !mine.entry().text().equals(theirs.entry().text());
    }

    public boolean quadrantChanged() {
        return mine != null && theirs != null && mine.quadrant() != theirs.quadrant();
    }

    /**
     * Keep both for everything except an entry that only changed its place inside the same quadrant:
     * there nothing can be lost, and a copy would only repeat the same text.
     */
    @Override
    public Choice defaultChoice() {
        return kind == Kind.MOVED && !quadrantChanged() ? Choice.MINE : Choice.BOTH;
    }

    /** Two different texts or notes, or one entry in two quadrants: keeping both shows a marked copy. */
    @Override
    public boolean conflicting() {
        return switch (kind) {
            case CHANGED -> textChanged() || !mine.entry().note().equals(theirs.entry().note())
                    && !mine.entry().note().isEmpty() && !theirs.entry().note().isEmpty();
            case MOVED -> quadrantChanged();
            case ONLY_MINE, ONLY_THEIRS -> false;
        };
    }
}
