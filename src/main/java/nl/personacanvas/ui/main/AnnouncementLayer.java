package nl.personacanvas.ui.main;

import javafx.animation.FadeTransition;
import javafx.animation.PauseTransition;
import javafx.animation.SequentialTransition;
import javafx.beans.binding.Bindings;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import nl.personacanvas.ui.Messages;
import nl.personacanvas.ui.ScreenRoom;
import nl.personacanvas.ui.controls.DeferredTooltip;
import nl.personacanvas.ui.controls.PathIcon;

/**
 * Shows what the user should not miss (saved, exported, restored) in the lower right corner of the panels, just above
 * the status bar, gone by itself after a few seconds; the status bar keeps the message. A later message takes the
 * place of the one shown.
 *
 * <p>A part of the window, not a window of its own. Until session 26 it was a ControlsFX notification: a popup window
 * shown at the screen's corner, then moved into place and slid up frame by frame. On X11 without a compositor (a
 * virtual machine, a remote desktop, Xvfb) the moving window showed, for a frame or more, the screen's pixels it was
 * first mapped over: a strip with the status bar's text ("Geopend: … 5/12 elementen …") floating over the canvas's
 * second quadrant (session 25's walk). It also covered the status bar's right half, where the check's figures are.
 *
 * <p>The message is a text of its own that wraps at about sixty characters (session 19: on one line a long one ran
 * off the window's left edge).
 */
final class AnnouncementLayer extends StackPane {
    private static final Duration SHOWN = Duration.seconds(4);
    private static final Duration FADING = Duration.millis(500);
    /** The widest a message runs before it wraps: about sixty characters, a comfortable line to read. */
    static final double MOST_TEXT_WIDTH = 420;
    /** The layer's padding, the notice's padding, its icon, close button and gaps, about. */
    private static final double AROUND_TEXT = 2 * 12 + 2 * 12 + 24 + 28 + 2 * 10;
    private static final double MARGIN = 12;

    private final Messages messages;
    private SequentialTransition going;

    AnnouncementLayer(Messages messages) {
        this.messages = messages;
        setId("announcements");
        setAlignment(Pos.BOTTOM_RIGHT);
        setPadding(new Insets(MARGIN));
        // Clicks beside the notice reach the canvas under it.
        setPickOnBounds(false);
    }

    void announce(String message) {
        Text text = new Text(message);
        text.setId("notification-text");
        text.getStyleClass().add("notification-text");
        // A short message keeps its own width: a text with a wrapping width is as wide as that, the card then half empty.
        text.wrappingWidthProperty().bind(Bindings.createDoubleBinding(
                () -> Math.min(Math.ceil(naturalWidth(message, text.getFont())) + 1,
                        Math.max(120, Math.min(MOST_TEXT_WIDTH, getWidth() - AROUND_TEXT))),
                widthProperty(), text.fontProperty()));

        FontIcon icon = new FontIcon(Material2AL.CHECK_CIRCLE_OUTLINE);
        Button close = new Button(null, new PathIcon(PathIcon.Glyph.CLOSE));
        close.setId("notification-close");
        close.getStyleClass().add("flat");
        close.setFocusTraversable(false);
        close.setAccessibleText(messages.get("notification.close"));
        DeferredTooltip.install(close, messages.get("notification.close"));

        HBox notice = new HBox(10, icon, text, close);
        notice.setId("notification");
        notice.getStyleClass().add("announcement");
        notice.setAlignment(Pos.CENTER_LEFT);
        notice.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        close.setOnAction(e -> remove(notice));

        if (going != null) {
            going.stop();
        }
        getChildren().setAll(notice);
        keepOnScreen(notice);
        FadeTransition fade = new FadeTransition(FADING, notice);
        fade.setToValue(0);
        going = new SequentialTransition(new PauseTransition(SHOWN), fade);
        going.setOnFinished(e -> remove(notice));
        going.play();
    }

    private static double naturalWidth(String message, Font font) {
        Text measured = new Text(message);
        measured.setFont(font);
        return measured.getLayoutBounds().getWidth();
    }

    private void remove(HBox notice) {
        getChildren().remove(notice);
    }

    /**
     * With the window partly below the screen's edge (moved there, or a screen smaller than it was) the notice is
     * lifted onto the screen, as the notification was since session 20.
     */
    private void keepOnScreen(HBox notice) {
        Bounds layer = getScene() == null ? null : localToScreen(getLayoutBounds());
        double below = layer == null ? 0
                : layer.getMaxY() - ScreenRoom.visualBoundsOf(getScene().getWindow()).getMaxY();
        StackPane.setMargin(notice, new Insets(0, 0, Math.max(0, Math.ceil(below)), 0));
    }
}
