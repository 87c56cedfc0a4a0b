package nl.personacanvas.ui;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.RadioButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Enter in a dialog presses its default button, also while a check box or radio button has the keyboard. JavaFX's
 * button behaviour fires a focused check box on Enter: "tick two personas to compare, press Enter" unticked the
 * second one and left the dialog open. Space still ticks; a dialog without a default button keeps JavaFX's way.
 */
public final class EnterConfirms {
    private EnterConfirms() {
    }

    /** @param root the dialog's pane or its scene's root, holding both the boxes and the default button */
    public static void install(Node root) {
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean onABox = e.getTarget() instanceof CheckBox || e.getTarget() instanceof RadioButton;
            if (e.getCode() != KeyCode.ENTER || !onABox || e.isShiftDown() || e.isAltDown() || e.isShortcutDown()) {
                return;
            }
            root.lookupAll(".button").stream()
                    .filter(n -> n instanceof Button b && b.isDefaultButton() && !b.isDisabled() && b.isVisible())
                    .findFirst()
                    .ifPresent(button -> {
                        e.consume();
                        ((Button) button).fire();
                    });
        });
    }
}
