package nl.personacanvas.ui.main;

import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.layout.HBox;
import javafx.scene.text.Text;
import javafx.stage.PopupWindow;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import nl.personacanvas.ui.Messages;
import nl.personacanvas.ui.ScreenRoom;

/**
 * Shows what the user should not miss (saved, exported, restored) as a ControlsFX notification in the
 * window's lower right corner, gone by itself after a few seconds; the status bar keeps the message.
 * The theme's icon set instead of ControlsFX's glossy one; its colours come from persona-canvas.css.
 *
 * <p>The message is a text of its own that wraps (session 19): given as the notification's text, ControlsFX showed
 * it on one line as wide as it is, so a long one (a refused save naming its folder, a text cut while pasting) ran off
 * the window's left edge, its beginning out of sight.
 */
final class Announcements implements Consumer<String> {
    private static final Duration SHOWN = Duration.seconds(4);
    /** The widest a message runs before it wraps: about sixty characters, a comfortable line to read. */
    static final double MOST_TEXT_WIDTH = 420;
    /** The notification's distance from the window's edge (ControlsFX's) and its own padding and icon, about. */
    private static final double AROUND_TEXT = 2 * 15 + 2 * 7 + 24 + 10;
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
        Text text = new Text(message);
        text.setId("notification-text");
        text.getStyleClass().add("notification-text");
        // Within the window it belongs to (ControlsFX places it inside the owner's bounds), so within the screen.
        text.setWrappingWidth(Math.max(120, Math.min(MOST_TEXT_WIDTH, owner.getWidth() - AROUND_TEXT)));
        HBox content = new HBox(10, new FontIcon(Material2AL.CHECK_CIRCLE_OUTLINE), text);
        content.setAlignment(Pos.TOP_LEFT);
        Notifications.create()
                .owner(owner)
                .title(messages.get("notification.title"))
                .graphic(content)
                .position(Pos.BOTTOM_RIGHT)
                .hideAfter(SHOWN)
                .show();
        keepOnScreen(text);
    }

    /**
     * ControlsFX places the notification inside its owner's bounds and turns JavaFX's keeping of a popup on the screen
     * off ({@code Popup.setAutoFix(false)}, 11.2.2): with the window partly below the screen's edge the notification
     * was partly or wholly below it, and in CI its bottom ended a few pixels below the screen (session 19). Whenever
     * its place or height changes, a popup whose bottom is below the screen's visual bounds is moved up onto it. The
     * text joins the popup's scene once the notification's skin is made, after {@code show()} returns.
     */
    private void keepOnScreen(Text text) {
        double maxY = ScreenRoom.visualBoundsOf(owner).getMaxY();
        ChangeListener<Window> onWindow = (obs, old, window) -> {
            if (window instanceof PopupWindow popup) {
                InvalidationListener fix = new BottomOnScreen(popup, maxY);
                popup.yProperty().addListener(fix);
                popup.heightProperty().addListener(fix);
                fix.invalidated(null);
            }
        };
        text.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.windowProperty().addListener(onWindow);
                onWindow.changed(null, null, scene.getWindow());
            }
        });
        if (text.getScene() != null) {
            text.getScene().windowProperty().addListener(onWindow);
            onWindow.changed(null, null, text.getScene().getWindow());
        }
    }

    /**
     * Moves a popup up by whole pixels until its bottom is on the screen. Moving it changes its place, which calls this
     * again: the guard keeps that from recursing (the window's place is rounded to pixels, so a fractional move alone
     * could leave it a fraction below and call itself without end).
     */
    private static final class BottomOnScreen implements InvalidationListener {
        private final PopupWindow popup;
        private final double maxY;
        private boolean moving;

        BottomOnScreen(PopupWindow popup, double maxY) {
            this.popup = popup;
            this.maxY = maxY;
        }

        @Override
        public void invalidated(Observable observable) {
            double below = popup.getY() + popup.getHeight() - maxY;
            if (moving || below <= 0) {
                return;
            }
            moving = true;
            try {
                popup.setAnchorY(popup.getAnchorY() - Math.ceil(below));
            } finally {
                moving = false;
            }
        }
    }
}
