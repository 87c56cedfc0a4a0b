package nl.personacanvas.ui.controls;

import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.TextInputControl;
import javafx.util.StringConverter;

/**
 * A one-line field for a name, laid out left to right as the name's other lines in the window are (the persona list,
 * the headline, the comparison's heads) and as the PDFs print it: "فاطمة El Amrani" with her Arabic given name at the
 * left, its letters read from the right, then "El Amrani". JavaFX 21 lays out a field's text by its first strong
 * character whatever the field's orientation (the text layout forgets its left-to-right direction at every change of
 * text), so the field showed "El Amrani فاطمة".
 *
 * <p>A name that starts right to left is therefore shown after a left-to-right mark (U+200E). The mark is the field's,
 * never the user's: the bound property gets the text without it, nothing can be typed in front of it, no selection
 * takes it (so a copy leaves it behind), and it goes once the name no longer starts right to left.
 *
 * <p>Every one-line field that holds a name the user typed is bound this way (the persona's name; the workbook's
 * school, region and team; a core activity's name; the persona list's filter), so each reads as the list, the
 * headline and the PDFs do. A length limit on such a field counts the user's text: see {@link #userEdit}.
 */
public final class LeftToRightField {
    static final char MARK = '\u200E';
    private static final String BOUND = LeftToRightField.class.getName();

    private LeftToRightField() {
    }

    /** Binds {@code field} to {@code text} both ways, showing the text left to right. */
    public static void bind(TextField field, StringProperty text) {
        field.getProperties().put(BOUND, Boolean.TRUE);
        field.setTextFormatter(new TextFormatter<String>(LeftToRightField::keepMark));
        Bindings.bindBidirectional(field.textProperty(), text, new StringConverter<String>() {
            @Override
            public String toString(String typed) {
                return shown(typed);
            }

            @Override
            public String fromString(String shown) {
                return typed(shown);
            }
        });
    }

    /** Whether {@code field} was bound by {@link #bind}, so that its text may hold the field's mark. */
    public static boolean isBound(TextInputControl field) {
        return field.getProperties().containsKey(BOUND);
    }

    /**
     * A change of a bound field's text as it was asked for (before this field's own filter puts the mark in or takes
     * it out), said in the user's text: what stands before and after its range, and what it adds, all without the
     * field's mark. The mark may come with the addition too: the binding sets the field to the shown text, mark and
     * all, when the persona changes. A limit counts this, not the shown text: counted with the mark, an Arabic-first
     * name held one character fewer than any other, and a name of 300 characters shown in the field lost its last
     * one (session 26).
     */
    public static UserEdit userEdit(TextFormatter.Change change) {
        String control = change.getControlText();
        String user = typed(control);
        int from = control.length() - user.length();
        int start = Math.max(0, change.getRangeStart() - from);
        int end = Math.max(start, change.getRangeEnd() - from);
        String after = user.substring(end);
        String added = change.getText();
        if (start == 0 && marked(added + after)) {
            added = added.substring(1);
        }
        return new UserEdit(user.substring(0, start), added, after);
    }

    /** A change of the user's text: {@code added} put between {@code before} and {@code after}. */
    public record UserEdit(String before, String added, String after) {
    }

    /** What the field shows for the user's text. */
    static String shown(String typed) {
        return typed != null && TextDirection.isRightToLeft(typed) ? MARK + typed : typed;
    }

    /** The user's text in what the field shows. */
    static String typed(String shown) {
        return marked(shown) ? shown.substring(1) : shown;
    }

    private static boolean marked(String shown) {
        return shown != null && !shown.isEmpty() && shown.charAt(0) == MARK
                && TextDirection.isRightToLeft(shown.substring(1));
    }

    /**
     * Every change of the field's text or selection: the change made to the user's text, the mark put in or taken
     * out as the new text needs, and caret and anchor kept after it.
     */
    static TextFormatter.Change keepMark(TextFormatter.Change change) {
        String control = change.getControlText();
        boolean ours = marked(control);
        int from = ours ? 1 : 0;
        if (!change.isContentChange()) {
            change.selectRange(Math.max(from, change.getAnchor()), Math.max(from, change.getCaretPosition()));
            return change;
        }
        String user = control.substring(from);
        int start = Math.max(0, change.getRangeStart() - from);
        int end = Math.max(0, change.getRangeEnd() - from);
        String typed = user.substring(0, start) + change.getText() + user.substring(end);
        // Where the mark stands in the text as the change leaves it, if it is still there.
        int markAt = !ours ? -1 : change.getRangeStart() >= 1 ? 0 : change.getRangeEnd() == 0 ? change.getText().length() : -1;
        String want = shown(typed);
        int now = want.length() - typed.length();
        int anchor = userPosition(change.getAnchor(), markAt) + now;
        int caret = userPosition(change.getCaretPosition(), markAt) + now;
        if (!want.equals(change.getControlNewText())) {
            // The first letter decides anew (typed or deleted at the start), or a key went in front of the mark.
            change.setRange(0, control.length());
            change.setText(want);
        }
        change.selectRange(Math.min(anchor, want.length()), Math.min(caret, want.length()));
        return change;
    }

    private static int userPosition(int position, int markAt) {
        return markAt >= 0 && position > markAt ? position - 1 : position;
    }
}
