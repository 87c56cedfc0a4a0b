package nl.personacanvas.ui.main;

import java.util.List;

/**
 * One branch of the persona list: a core activity and its personas. {@code activityId} is empty for
 * the personas whose activity the workbook does not have (any more).
 */
public record PersonaGroup(String activityId, String title, List<PersonaItem> personas) {

    /** What the list shows of one persona; equal items mean the list needs no update. */
    public record PersonaItem(String id, String name, String role) {
    }
}
