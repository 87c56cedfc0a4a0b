package nl.personacanvas.ui.check;

import nl.personacanvas.check.CheckReport;
import nl.personacanvas.model.CoreActivity;
import nl.personacanvas.model.Persona;

/** What the check panel asks of the checker: one persona's report, off the FX thread. */
@FunctionalInterface
public interface PersonaChecker {
    /** @param activity the persona's core activity, or null when the workbook names none */
    CheckReport check(Persona persona, CoreActivity activity);
}
