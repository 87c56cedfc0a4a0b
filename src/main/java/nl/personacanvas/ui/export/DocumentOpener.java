package nl.personacanvas.ui.export;

import java.nio.file.Path;

/** Opens a file or folder in the desktop's own program (file manager, PDF viewer). */
@FunctionalInterface
public interface DocumentOpener {

    void open(Path path);
}
