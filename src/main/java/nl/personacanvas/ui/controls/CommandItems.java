package nl.personacanvas.ui.controls;

import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;

/** Menu items for commands, made the same way wherever a menu gets its items (fx:id, text, shortcut, action). */
public final class CommandItems {
    private CommandItems() {
    }

    /**
     * A command's menu item; the text may carry a mnemonic ("_Openen…"), the accelerator is in {@link
     * KeyCombination}'s notation ("Shortcut+O") or null for none.
     */
    public static MenuItem item(String id, String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
