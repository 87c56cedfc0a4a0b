package nl.personacanvas.ui.main;

import java.util.List;

/**
 * One branch of the persona list: a core activity and its personas. {@code activityId} is empty for
 * the personas whose activity the workbook does not have (any more).
 *
 * @param title    the activity as it is named everywhere, "A4 · Internationale en interculturele dimensies …"
 * @param distinct the same with the words its name shares at its start with another group's left off, "A4 ·
 *                 …en studenten begeleiden in stagetrajecten …" ({@link DistinctStarts}): what a heading too long
 *                 for its row shows, so the groups can still be told apart; the title itself when it shares none
 */
public record PersonaGroup(String activityId, String title, String distinct, List<PersonaItem> personas) {

    /** What the list shows of one persona; equal items mean the list needs no update. */
    public record PersonaItem(String id, String name, String role) {
    }
}
