package nl.personacanvas.ui.controls;

import java.util.List;
import java.util.function.Predicate;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Skin;
import javafx.scene.control.TextArea;
import javafx.scene.control.skin.TextAreaSkin;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * A text area that is as tall as its wrapped text, like a sticky note, instead of scrolling inside
 * itself; and that lets its owner take a multi-line paste (several entries at once).
 */
public final class GrowingTextArea extends TextArea {
    /** Room below the last line for rounding, beyond the paddings the theme gives the text. */
    private static final double SLACK = 4;
    private final Text measure = new Text();
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

    private GrowingTextArea(boolean deferred) {
        this.deferred = deferred;
        setWrapText(true);
        setPrefRowCount(1);
        setMinHeight(USE_PREF_SIZE);
        textProperty().addListener((obs, old, now) -> requestLayout());
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

    @Override
    protected double computePrefHeight(double width) {
        // The theme pads both the area and its inner content region; both count.
        Insets outer = getInsets();
        Insets inner = lookup(".content") instanceof Region content ? content.getInsets() : Insets.EMPTY;
        double horizontal = outer.getLeft() + outer.getRight() + inner.getLeft() + inner.getRight();
        double vertical = outer.getTop() + outer.getBottom() + inner.getTop() + inner.getBottom() + SLACK;
        double available = Math.max(20, (width > 0 ? width : getWidth()) - horizontal);
        String content = getText() == null ? "" : getText();
        if (!content.equals(measuredText) || available != measuredWidth || getFont() != measuredFont) {
            measure.setFont(getFont());
            measure.setWrappingWidth(available);
            // A trailing newline has no height of its own in Text; a space gives the empty last line one.
            measure.setText(content.isEmpty() ? " " : content + (content.endsWith("\n") ? " " : ""));
            measuredHeight = Math.ceil(measure.getLayoutBounds().getHeight());
            measuredText = content;
            measuredWidth = available;
            measuredFont = getFont();
        }
        return measuredHeight + vertical;
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
