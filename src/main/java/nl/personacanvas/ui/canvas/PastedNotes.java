package nl.personacanvas.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import nl.personacanvas.io.Limits;
import nl.personacanvas.model.Graphemes;

/**
 * What a quadrant keeps of a paste of several lines, one note a line: as many notes as the quadrant still has room
 * for and each within a note's length, the bounds the reader holds a workbook to ({@link Limits}). That paste goes
 * past the text field's own limit (it makes notes, it does not type), so a 1 MB text of 20,000 lines used to make
 * 20,000 notes: the window froze for minutes building them, and the workbook could no longer be saved. Pure, so it
 * is tested without a window.
 *
 * @param kept the lines to make notes of, in order, each cut at a whole character where it was too long
 * @param linesLeftOut lines past the quadrant's room, left out
 * @param charactersLeftOut code points cut off the kept lines
 */
record PastedNotes(List<String> kept, int linesLeftOut, int charactersLeftOut) {

    /** What of {@code lines} fits in a quadrant with room for {@code room} more notes. */
    static PastedNotes fit(List<String> lines, int room) {
        int count = Math.max(0, Math.min(room, lines.size()));
        List<String> kept = new ArrayList<>(count);
        int cut = 0;
        for (String line : lines.subList(0, count)) {
            int length = line.codePointCount(0, line.length());
            if (length <= Limits.MAX_TEXT_LENGTH) {
                kept.add(line);
            } else {
                String start = Graphemes.start(line, Limits.MAX_TEXT_LENGTH);
                kept.add(start);
                cut += length - start.codePointCount(0, start.length());
            }
        }
        return new PastedNotes(List.copyOf(kept), lines.size() - count, cut);
    }

    /** How many notes a quadrant holding {@code notes} still has room for. */
    static int roomBeside(int notes) {
        return Math.max(0, Limits.MAX_ENTRIES_PER_QUADRANT - notes);
    }

    boolean whole() {
        return linesLeftOut == 0 && charactersLeftOut == 0;
    }
}
