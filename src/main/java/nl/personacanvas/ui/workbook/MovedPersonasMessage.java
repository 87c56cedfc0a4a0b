package nl.personacanvas.ui.workbook;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.personacanvas.model.CoreActivity;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Workbook;
import nl.personacanvas.ui.Messages;

/**
 * What the user is told when a removed core activity leaves personas without one: how many, who, where they now
 * stand and how to take it back. Read in a notification of a few seconds, so names are cut short and only the first
 * few are named; the rest are counted. The save's announcement names personas written without their removed activity
 * the same way.
 */
public final class MovedPersonasMessage {
    /** Named personas at most; with more, the first ones are named and the others counted. */
    static final int MOST_NAMED = 3;
    /** Characters of a name at most, the ellipsis included. */
    static final int MOST_NAME_LENGTH = 20;
    private static final String ELLIPSIS = "\u2026";
    private final Messages messages;
    private final String undoKey;

    /** {@code undoKey}: the undo's key as the system writes it ("Ctrl+Z", "⌘Z" on a Mac), named at the end. */
    public MovedPersonasMessage(Messages messages, String undoKey) {
        this.messages = messages;
        this.undoKey = undoKey;
    }

    /**
     * The personas of {@code after} that stood under an activity of {@code before} that {@code after} lacks, and now
     * stand under none: their activity id still names the removed one (the window keeps it, so undo gives it back),
     * or is empty when a save in between wrote them without it and the window took that up.
     */
    static List<Persona> moved(Workbook before, Workbook after) {
        Set<String> kept = after.activities().stream().map(CoreActivity::id).collect(Collectors.toSet());
        Set<String> removed = before.activities().stream().map(CoreActivity::id).filter(id -> !kept.contains(id))
                .collect(Collectors.toSet());
        if (removed.isEmpty()) {
            return List.of();
        }
        Set<String> wereUnderRemoved = before.personas().stream().filter(p -> removed.contains(p.activityId()))
                .map(Persona::id).collect(Collectors.toSet());
        return after.personas().stream()
                .filter(p -> wereUnderRemoved.contains(p.id()) && after.activityOf(p).isEmpty()).toList();
    }

    /** The message for {@code moved}, the personas now without an activity; not asked for when there are none. */
    String text(List<Persona> moved) {
        String noActivity = messages.get("personas.noActivity");
        String names = names(moved);
        return moved.size() == 1
                ? messages.get("workbook.activities.removed.one", names, noActivity, undoKey)
                : messages.get("workbook.activities.removed.many", moved.size(), names, noActivity, undoKey);
    }

    /** The personas named as the message names them: the first few, names cut short, the rest counted. */
    public String names(List<Persona> moved) {
        List<String> named = moved.stream().limit(MOST_NAMED).map(this::shortName).toList();
        String list = String.join(", ", named);
        int others = moved.size() - named.size();
        return others == 0 ? list : messages.get("workbook.activities.removed.others", list, others);
    }

    private String shortName(Persona persona) {
        String name = persona.name().strip().replaceAll("\\s+", " ");
        if (name.isEmpty()) {
            return messages.get("personas.unnamed");
        }
        if (name.codePointCount(0, name.length()) <= MOST_NAME_LENGTH) {
            return name;
        }
        // Cut at a code point, never inside an emoji's surrogate pair.
        return name.substring(0, name.offsetByCodePoints(0, MOST_NAME_LENGTH - 1)).strip() + ELLIPSIS;
    }
}
