package nl.personacanvas.ui;

import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;

/**
 * Words JavaFX's stock dialog buttons in the app's language. JavaFX labels {@link ButtonType#OK} and its
 * kin from the JVM's locale and has no Dutch texts at all, so a Dutch window would otherwise ask
 * "OK / Cancel". The stock button types stay, so callers and tests keep comparing against them.
 */
public final class DialogButtons {
    private static final Map<ButtonType, String> KEYS = Map.of(
            ButtonType.OK, "dialog.ok",
            ButtonType.CANCEL, "dialog.cancel",
            ButtonType.CLOSE, "dialog.close",
            ButtonType.YES, "dialog.yes",
            ButtonType.NO, "dialog.no");

    private DialogButtons() {
    }

    /**
     * Names a stock button by what it does ("Vergelijken" rather than "OK"); the type stays, so Enter and Escape and
     * the callers comparing against it work as before. An underscore in {@code text} marks its Alt letter.
     */
    public static void name(DialogPane pane, ButtonType type, String text) {
        if (pane.lookupButton(type) instanceof Button b) {
            b.setText(text);
        }
    }

    public static void localise(DialogPane pane, Messages messages) {
        for (ButtonType type : pane.getButtonTypes()) {
            String key = KEYS.get(type);
            Node button = pane.lookupButton(type);
            if (key != null && button instanceof Button b) {
                b.setText(messages.get(key));
            }
        }
    }
}
