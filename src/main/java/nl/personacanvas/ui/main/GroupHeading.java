package nl.personacanvas.ui.main;

import java.util.Arrays;
import javafx.scene.Node;
import javafx.scene.control.TreeCell;
import javafx.scene.text.Text;
import javafx.scene.text.TextBoundsType;
import nl.personacanvas.ui.Messages;

/**
 * A group row's heading in the persona list ("A4 · Stages in het buitenland (2)") in at most {@link #LINES} lines,
 * measured as its cell draws it: beside the disclosure arrow, in the cell's font and line spacing.
 * <p>
 * Why at most two lines: whole, the matrix's long names (A4's) took five to seven at the 942 px window of a 1024 × 768
 * screen, and of the Alfa-college sample's five personas three were in sight (ux29). Cut, the code, the part of the
 * name that tells it from the other groups' and the count stay ("A4 · …en studenten begeleiden in stagetrajecten…
 * (2)"); the whole heading is the row's tooltip and what a screen reader says.
 */
final class GroupHeading {
    static final int LINES = 2;

    private final TreeCell<?> cell;
    private final Messages messages;

    GroupHeading(TreeCell<?> cell, Messages messages) {
        this.cell = cell;
        this.messages = messages;
    }

    /** "A4 · Stages in het buitenland (2)". */
    String whole(PersonaGroup group) {
        return of(group, group.title());
    }

    /**
     * The group's heading whole, or else its {@linkplain PersonaGroup#distinct distinct part}, with words left off its
     * end where that is too long as well, its count kept, within the lines at this width. Cut at the end only, the
     * matrix's activities all read "A2 · Internationale en interculturele…", "A4 · Internationale en interculturele…"
     * (ux29b).
     */
    String fitted(PersonaGroup group, double cellWidth) {
        double width = textWidth(cellWidth);
        double most = linesHeight() + 0.5;
        String whole = whole(group);
        if (height(whole, width) <= most) {
            return whole;
        }
        String[] words = group.distinct().split(" ");
        for (int shown = words.length; shown > 1; shown--) {
            String kept = String.join(" ", Arrays.copyOf(words, shown));
            String cut = of(group, shown == words.length ? kept : kept + cell.getEllipsisString());
            if (height(cut, width) <= most) {
                return cut;
            }
        }
        return of(group, words[0] + cell.getEllipsisString());
    }

    /**
     * The height of {@code shown} in the cell, at most {@link #LINES} lines. The list measures a row's height for the
     * row's full width, but the tree cell lays its text out beside the arrow: a wrapped heading got too few lines and
     * lost its end and its count ("… (al dan niet in het ..."). So measured for the width the text really gets.
     */
    double rowHeight(String shown, double cellWidth) {
        return Math.min(height(shown == null ? "" : shown, textWidth(cellWidth)), linesHeight());
    }

    private String of(PersonaGroup group, String title) {
        return messages.get("personas.group", title, group.personas().size());
    }

    /** The width a heading's text gets beside the arrow. */
    private double textWidth(double cellWidth) {
        Node arrow = cell.getDisclosureNode();
        double arrowWidth = arrow != null && arrow.isVisible() ? arrow.prefWidth(-1) : 0;
        return Math.max(1, cellWidth - cell.snappedLeftInset() - cell.snappedRightInset() - arrowWidth
                - cell.getLabelPadding().getLeft() - cell.getLabelPadding().getRight());
    }

    private double linesHeight() {
        return lines("X" + "\nX".repeat(LINES - 1)).getLayoutBounds().getHeight();
    }

    /** The height of {@code text} wrapped at {@code width}. */
    private double height(String text, double width) {
        Text measured = lines(text);
        measured.setWrappingWidth(width);
        return measured.getLayoutBounds().getHeight();
    }

    /** {@code text} as the cell draws it, to measure. */
    private Text lines(String text) {
        Text lines = new Text(text);
        lines.setFont(cell.getFont());
        lines.setLineSpacing(cell.getLineSpacing());
        // As the skin's text measures itself: with the logical bounds two lines came out 2 px lower.
        lines.setBoundsType(TextBoundsType.LOGICAL_VERTICAL_CENTER);
        return lines;
    }
}
