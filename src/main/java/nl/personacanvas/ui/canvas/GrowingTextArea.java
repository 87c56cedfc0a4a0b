package nl.personacanvas.ui.canvas;

import java.util.List;
import java.util.function.Predicate;
import javafx.geometry.Insets;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.text.Text;

/**
 * A text area that is as tall as its wrapped text, like a sticky note, instead of scrolling inside
 * itself; and that lets its owner take a multi-line paste (several entries at once).
 */
final class GrowingTextArea extends TextArea {
    private static final double CHROME = 14;
    private final Text measure = new Text();
    private Predicate<List<String>> multiLinePaste = lines -> false;

    GrowingTextArea() {
        setWrapText(true);
        setPrefRowCount(1);
        setMinHeight(USE_PREF_SIZE);
        textProperty().addListener((obs, old, now) -> requestLayout());
        widthProperty().addListener((obs, old, now) -> requestLayout());
        fontProperty().addListener((obs, old, now) -> requestLayout());
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets padding = getInsets();
        double available = (width > 0 ? width : getWidth()) - padding.getLeft() - padding.getRight() - CHROME;
        measure.setFont(getFont());
        measure.setWrappingWidth(Math.max(20, available));
        // A trailing newline has no height of its own in Text; a space gives the empty last line one.
        measure.setText(getText() == null || getText().isEmpty() ? " " : getText() + (getText().endsWith("\n") ? " " : ""));
        return Math.ceil(measure.getLayoutBounds().getHeight()) + padding.getTop() + padding.getBottom() + CHROME;
    }

    /** {@code handler} gets the lines of a paste with several non-blank lines; true means it took them. */
    void setOnMultiLinePaste(Predicate<List<String>> handler) {
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
