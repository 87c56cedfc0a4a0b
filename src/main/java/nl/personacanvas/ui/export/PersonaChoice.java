package nl.personacanvas.ui.export;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Workbook;
import nl.personacanvas.pdf.ExportNames;
import nl.personacanvas.pdf.PersonaSelection;

/**
 * Which personas an export's choices name, taken at one moment: the scope with what it needs (the persona open in the
 * editor, the ticked ones, the activity), why it names none, and what the export is called. Free of JavaFX, so these
 * rules are tested without a dialog; {@link ExportOptionsViewModel} takes one each time its choices change.
 *
 * @param currentPersonaId the persona open in the editor, or null when none is
 * @param chosenIds        the personas ticked for {@link ExportScope#SELECTED}
 * @param activityId       the activity chosen for {@link ExportScope#ACTIVITY}, or null
 */
record PersonaChoice(Workbook workbook, ExportScope scope, String currentPersonaId, Set<String> chosenIds,
                     String activityId) {
    PersonaChoice {
        // A copy, so a choice taken stays as it was; not Set.copyOf, which would refuse a null the dialog's set allows.
        chosenIds = Collections.unmodifiableSet(new LinkedHashSet<>(chosenIds));
    }

    /** The persona open in the editor, if it is (still) in the workbook. */
    Optional<Persona> currentPersona() {
        return Optional.ofNullable(currentPersonaId).flatMap(workbook::persona);
    }

    /** The personas the choices name, in workbook order. */
    List<Persona> personas() {
        return switch (scope) {
            case CURRENT -> currentPersona().map(List::of).orElse(List.of());
            case SELECTED -> chosenIds.isEmpty() ? List.of() : PersonaSelection.select(workbook, List.copyOf(chosenIds), null);
            case ALL, REPORT -> workbook.personas();
            case ACTIVITY -> activityId == null || workbook.activity(activityId).isEmpty() ? List.of()
                    : PersonaSelection.select(workbook, List.of(), activityId);
        };
    }

    /**
     * The key of the text ({@code problem.*} in the export texts) saying why these choices cannot be exported, or
     * empty when they can. {@code onePerPersona}: a file per persona was asked for.
     */
    Optional<String> problemKey(boolean onePerPersona) {
        if (scope == ExportScope.CURRENT && currentPersona().isEmpty()) {
            return Optional.of("problem.noCurrent");
        }
        if (scope == ExportScope.SELECTED && chosenIds.isEmpty()) {
            return Optional.of("problem.noneChosen");
        }
        if (scope == ExportScope.ACTIVITY) {
            if (activityId == null || workbook.activity(activityId).isEmpty()) {
                return Optional.of("problem.noActivity");
            }
            if (workbook.personasOf(activityId).isEmpty()) {
                return Optional.of("problem.emptyActivity");
            }
        }
        if (scope == ExportScope.ALL && workbook.personas().isEmpty()) {
            return Optional.of("problem.noPersonas");
        }
        if (scope == ExportScope.REPORT && onePerPersona) {
            return Optional.of("problem.reportIsOneFile");
        }
        return Optional.empty();
    }

    /** The export's name (the print job's too): the persona, or the school's posters or report. */
    String name(ExportNames names) {
        return switch (scope) {
            case CURRENT -> currentPersona().map(Persona::name).orElse(names.workbook(workbook));
            case REPORT -> names.report(workbook);
            default -> names.posters(workbook);
        };
    }
}
