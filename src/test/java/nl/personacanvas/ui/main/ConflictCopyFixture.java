package nl.personacanvas.ui.main;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import nl.personacanvas.io.WorkbookFormatException;
import nl.personacanvas.model.Persona;
import nl.personacanvas.ui.UiFixture;

/** The workbook twente.pcanvas with a sync client's conflict copy beside it, for the conflict-copy window tests. */
final class ConflictCopyFixture {
    static final String COPY = "twente (Ans's conflicted copy 2026-12-01).pcanvas";

    private ConflictCopyFixture() {
    }

    /**
     * Copies twente.pcanvas into {@code folder} and writes Ans's version beside it as {@link #COPY}: she added Fatima,
     * and the sync client put her version aside as the conflict copy.
     *
     * @return the workbook's path
     */
    static Path workbookWithCopy(UiFixture ui, Path folder) throws IOException {
        Path twente = ui.copyFixture("twente.pcanvas");
        try {
            ui.store.save(ui.store.load(twente).addPersona(Persona.create("Fatima", "ontvangt buitenlandse gastdocenten",
                    "", Instant.parse("2026-12-01T09:00:00Z"))), folder.resolve(COPY));
        } catch (WorkbookFormatException e) {
            throw new IOException(e);
        }
        return twente;
    }
}
