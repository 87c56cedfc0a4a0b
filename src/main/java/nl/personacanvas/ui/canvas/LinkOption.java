package nl.personacanvas.ui.canvas;

/**
 * A matrix element or attitude an entry can be linked to by hand.
 *
 * @param id      the matrix id stored in the entry's links (e.g. {@code A4.design.2}, {@code P.3})
 * @param label   the matrix's short label
 * @param excerpt the verbatim words of the study it stands for (empty for attitudes)
 */
public record LinkOption(String id, String label, String excerpt) {
}
