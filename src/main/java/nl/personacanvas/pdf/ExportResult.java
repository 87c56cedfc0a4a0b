package nl.personacanvas.pdf;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What an export produced.
 *
 * @param pages    pages written, over all files
 * @param posters  personas exported
 * @param warnings everything that needed a fallback font, a replacement mark or extra pages
 * @param files    the files written, empty when the caller received a document or bytes
 */
public record ExportResult(int pages, int posters, List<ExportWarning> warnings, List<Path> files) {

    public ExportResult {
        warnings = List.copyOf(Objects.requireNonNullElse(warnings, List.of()));
        files = List.copyOf(Objects.requireNonNullElse(files, List.of()));
    }

    public boolean hasWarnings() {
        return !warnings.isEmpty();
    }
}
