package nl.personacanvas.ui.canvas;

import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * Widens the persona's name field with a long name, so the name shows whole as it does in the headline above;
 * the field kept twelve columns and cut "Maria-Josefina Alexandr". Past {@link #MAX_WIDTH} it scrolls as before;
 * where space is short it may shrink back to its twelve columns, never less.
 */
final class NameFieldWidth {
    /** A long name on one line of its own still leaves the label beside it in a 1280 px window with the panel open. */
    static final double MAX_WIDTH = 400;
    /** Room for the caret after the last letter. */
    private static final double CARET = 4;

    private final TextField field;
    private final Text probe = new Text();

    private NameFieldWidth(TextField field) {
        this.field = field;
    }

    static void install(TextField field) {
        NameFieldWidth fit = new NameFieldWidth(field);
        field.textProperty().addListener(obs -> fit.fit());
        field.fontProperty().addListener(obs -> fit.fit());
        field.insetsProperty().addListener(obs -> fit.fit());
        // Its twelve columns are measured by the skin: a field given its name before it had one (the view rebuilt in
        // the other language) was as narrow as the name.
        field.skinProperty().addListener(obs -> fit.fit());
        fit.fit();
    }

    private void fit() {
        field.setPrefWidth(Region.USE_COMPUTED_SIZE);
        double base = field.prefWidth(-1);
        probe.setFont(field.getFont());
        probe.setText(field.getText() == null ? "" : field.getText());
        double needed = Math.ceil(probe.getLayoutBounds().getWidth()) + field.getInsets().getLeft()
                + field.getInsets().getRight() + CARET;
        field.setMinWidth(base);
        field.setPrefWidth(needed <= base ? Region.USE_COMPUTED_SIZE : Math.min(needed, MAX_WIDTH));
    }
}
