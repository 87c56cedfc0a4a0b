package nl.personacanvas.ui.main;

import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import nl.personacanvas.ui.Messages;

/**
 * Shows what the user should not miss (saved, exported, restored) as a ControlsFX notification in the
 * window's lower right corner, gone by itself after a few seconds; the status bar keeps the message.
 * The theme's icon set instead of ControlsFX's glossy one; its colours come from persona-canvas.css.
 */
final class Announcements implements Consumer<String> {
    private static final Duration SHOWN = Duration.seconds(4);
    private final Window owner;
    private final Messages messages;

    Announcements(Window owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    @Override
    public void accept(String message) {
        if (!owner.isShowing()) {
            return;
        }
        Notifications.create()
                .owner(owner)
                .title(messages.get("notification.title"))
                .text(message)
                .position(Pos.BOTTOM_RIGHT)
                .hideAfter(SHOWN)
                .graphic(new FontIcon(Material2AL.CHECK_CIRCLE_OUTLINE))
                .show();
    }
}
