package nl.personacanvas.ui.controls;

import java.util.List;
import java.util.function.Predicate;
import javafx.geometry.Insets;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Skin;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.skin.TextAreaSkin;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextBoundsType;

/**
 * A text area that is as tall as its wrapped text (or its prompt, while empty), like a sticky note, instead of
 * scrolling inside itself; and that lets its owner take a multi-line paste (several entries at once). One that
 * {@linkplain #setShrinksLongWords shrinks long words} takes a smaller font, down to a floor, when a word
 * is wider than a line: a text area breaks such a word between two letters, which makes a Dutch compound
 * ("uitwisselingsprogramma") hard to read. Below the smallest size (0.8 of the stylesheet's) the word breaks after all.
 */
public final class GrowingTextArea extends TextArea {
    /** Room below the last line for rounding, beyond the paddings the theme gives the text. */
    private static final double SLACK = 4;
    /** Font sizes a long word may get, relative to the font the stylesheet gives; the last one is the floor. */
    private static final double[] SHRINK = {1, 0.9, 0.8};
    private final Text measure = measuringText();
    private final Text word = new Text();
    private boolean shrinksLongWords;
    private int shrink;
    /** Layout asks for the height many times per pass; measuring text is the expensive part. */
    private String measuredText;
    private double measuredWidth = -1;
    private Object measuredFont;
    private double measuredHeight;
    private Predicate<List<String>> multiLinePaste = lines -> false;
    private final boolean deferred;

    public GrowingTextArea() {
        this(false);
    }

    /**
     * Measures lines as they are drawn: both themes' stylesheets give every {@code .text} the bounds type
     * {@code logical_vertical_center}, 18 px a line at 14 px where a plain {@code Text} (no stylesheet, being in no
     * scene) takes 16.4. Measured the plain way, a note of five lines was 8 px shorter than its text, beyond the
     * slack, and the editing skin scrolled it to the caret: the first line was cut at the top (session 23).
     */
    private static Text measuringText() {
        Text text = new Text();
        text.setBoundsType(TextBoundsType.LOGICAL_VERTICAL_CENTER);
        return text;
    }

    private GrowingTextArea(boolean deferred) {
        this.deferred = deferred;
        setWrapText(true);
        setPrefRowCount(1);
        setMinHeight(USE_PREF_SIZE);
        textProperty().addListener((obs, old, now) -> requestLayout());
        promptTextProperty().addListener((obs, old, now) -> requestLayout());
        widthProperty().addListener((obs, old, now) -> requestLayout());
        fontProperty().addListener((obs, old, now) -> requestLayout());
        // Tab moves on, as in every other field, so the canvas stays keyboard reachable; the text area
        // itself traverses on Ctrl+Tab, so the key is passed on as that.
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown() && !e.isAltDown() && !e.isMetaDown()) {
                e.consume();
                fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, e.isShiftDown(), true, false, false));
            }
        });
    }

    /**
     * A text area that creates its editing skin (a scroll pane with scroll bars, caret, context menu) only
     * when it is first pressed or focused; until then a light skin paints its text (see {@link ReadSkin}).
     */
    public static GrowingTextArea deferred() {
        return new GrowingTextArea(true);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return deferred ? ReadSkin.of(this, area -> editingSkin(), true) : editingSkin();
    }

    private Skin<?> editingSkin() {
        TextAreaSkin skin = new TextAreaSkin(this);
        // As tall as its text, it needs no scroll bar; one shown in a first layout pass narrowed the text, and
        // the area kept it, wrapped one word earlier than it measured (the workbook page's definition).
        for (Node child : getChildrenUnmodifiable()) {
            if (child instanceof ScrollPane pane) {
                pane.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
            }
        }
        return skin;
    }

    /**
     * Its height depends on its width (the text wraps): a layout pane (a grid, a row) asks for the height at the
     * width it gives, not at the width the area had before, so a row that makes it narrower also makes it taller.
     */
    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefHeight(double width) {
        // The theme pads both the area and its inner content region; both count.
        Insets outer = getInsets();
        Insets inner = lookup(".content") instanceof Region content ? content.getInsets() : Insets.EMPTY;
        double horizontal = outer.getLeft() + outer.getRight() + inner.getLeft() + inner.getRight();
        double vertical = outer.getTop() + outer.getBottom() + inner.getTop() + inner.getBottom() + SLACK;
        double known = width > 0 ? width : getWidth();
        // Asked before it has a width (a new area, in a pass that asks at width -1): measured at the 20 px floor the
        // text came out a word a line, the header's role sentence once about 350 px tall for seconds under load.
        // Unwrapped lines (wrapping width 0) instead: the area grows to its wrapped height when its width is known.
        double available = known > 0 ? Math.max(20, known - horizontal) : 0;
        measure(available);
        return measuredHeight + vertical;
    }

    private void measure(double available) {
        String shown = shownText();
        if (!shown.equals(measuredText) || available != measuredWidth || getFont() != measuredFont) {
            measure.setFont(getFont());
            measure.setWrappingWidth(available);
            // A trailing newline has no height of its own in Text; a space gives the empty last line one.
            measure.setText(shown.isEmpty() ? " " : shown + (shown.endsWith("\n") ? " " : ""));
            measuredHeight = Math.ceil(measure.getLayoutBounds().getHeight());
            measuredText = shown;
            measuredWidth = available;
            measuredFont = getFont();
            if (shrinksLongWords && available > 0) {
                fitLongestWord(shown, available);
            }
        }
    }

    /** The text, or while there is none the prompt, which the skin shows in its place. */
    private String shownText() {
        String content = getText() == null ? "" : getText();
        return content.isEmpty() && getPromptText() != null ? getPromptText() : content;
    }

    /**
     * Picks the largest font size at which the text's widest word fits on a line, measured in the font the
     * stylesheet gives (the current one undone by the current shrink), so the choice does not feed on itself.
     */
    private void fitLongestWord(String shown, double available) {
        Font font = getFont();
        Font natural = shrink == 0 ? font : new Font(font.getName(), font.getSize() / SHRINK[shrink]);
        word.setFont(natural);
        double widest = 0;
        for (String w : shown.split("\\s+")) {
            if (w.length() > 8) {
                word.setText(w);
                widest = Math.max(widest, word.getLayoutBounds().getWidth());
            }
        }
        int level = 0;
        while (level < SHRINK.length - 1 && widest * SHRINK[level] > available) {
            level++;
        }
        if (level != shrink) {
            shrink = level;
            // In em, relative to the inherited font: scaling the window's font (100-200 %) keeps working.
            setStyle(level == 0 ? "" : "-fx-font-size: " + SHRINK[level] + "em;");
        }
    }

    /** Whether a word wider than a line makes the text smaller instead of breaking between two letters. */
    public void setShrinksLongWords(boolean shrinks) {
        this.shrinksLongWords = shrinks;
        requestLayout();
    }

    /**
     * Where the last line of the text (or prompt) ends, from the area's left edge, when the area is {@code width}
     * wide: a caller may put something beside that line without covering a letter.
     */
    public double lastLineEnd(double width) {
        Insets outer = getInsets();
        Insets inner = lookup(".content") instanceof Region content ? content.getInsets() : Insets.EMPTY;
        double left = outer.getLeft() + inner.getLeft();
        double available = Math.max(20, width - left - outer.getRight() - inner.getRight());
        if (isRightToLeft()) {
            // Its lines are aligned right: the last one reaches the right edge, whatever its length.
            return left + available;
        }
        measure(available);
        double bottom = Double.NEGATIVE_INFINITY;
        double end = 0;
        // The selection shape of the whole text: a rectangle per line (per direction run); the last line's are lowest.
        for (PathElement element : measure.rangeShape(0, measure.getText().length())) {
            double x;
            double y;
            if (element instanceof MoveTo move) {
                x = move.getX();
                y = move.getY();
            } else if (element instanceof LineTo line) {
                x = line.getX();
                y = line.getY();
            } else {
                continue;
            }
            if (y > bottom + 0.5) {
                bottom = y;
                end = x;
            } else if (y > bottom - 0.5) {
                end = Math.max(end, x);
            }
        }
        return left + end;
    }

    /**
     * Keeps the text one paragraph, as the one-line field such an area replaces (a note, the role sentence):
     * Enter does nothing, and a line break typed or pasted becomes a space. The text still wraps.
     */
    public void keepOneParagraph() {
        setTextFormatter(new TextFormatter<String>(change -> {
            change.setText(change.getText().replaceAll("\\R", " "));
            return change;
        }));
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
            }
        });
    }

    /**
     * Sets the area's direction from its text, as a browser's {@code dir="auto"} does: a text whose first letter
     * is Arabic or Hebrew reads from the right and is aligned right, every line of it (an emoji or a number alone
     * on the last line included); a Dutch text with an Arabic word in it stays left to right. JavaFX would take
     * the whole area's direction from the window, so a wrapped Arabic note had its lines aligned left.
     */
    public void followTextDirection() {
        textProperty().addListener((obs, old, now) -> showDirection());
        promptTextProperty().addListener((obs, old, now) -> showDirection());
        showDirection();
    }

    private void showDirection() {
        NodeOrientation wanted = TextDirection.isRightToLeft(shownText())
                ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT;
        if (getNodeOrientation() != wanted) {
            setNodeOrientation(wanted);
        }
    }

    /** Whether the text reads from the right (see {@link #followTextDirection()}). */
    public boolean isRightToLeft() {
        return getEffectiveNodeOrientation() == NodeOrientation.RIGHT_TO_LEFT;
    }

    /** {@code handler} gets the lines of a paste with several non-blank lines; true means it took them. */
    public void setOnMultiLinePaste(Predicate<List<String>> handler) {
        this.multiLinePaste = handler;
    }

    @Override
    public void paste() {
        String content = Clipboard.getSystemClipboard().getString();
        if (content != null) {
            List<String> lines = content.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
            if (lines.size() > 1 && multiLinePaste.test(lines)) {
                return;
            }
        }
        super.paste();
    }
}
