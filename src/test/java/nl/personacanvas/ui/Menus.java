package nl.personacanvas.ui;

import javafx.scene.control.Labeled;
import org.testfx.api.FxRobot;

/**
 * Menus and buttons as the tests reach them now that their texts carry mnemonics ("_Bestand"): menu items by
 * fx:id (the menu bar's buttons and an open menu's rows carry the ids of their {@code Menu} and {@code MenuItem}),
 * texts as they are drawn, without the underscore.
 */
public final class Menus {
    private Menus() {
    }

    /** Clicks through the menu bar as a user does: {@code choose(robot, "menu-file", "menu-file-open")}. */
    public static void choose(FxRobot robot, String... ids) {
        for (String id : ids) {
            robot.clickOn("#" + id);
        }
    }

    /** The title the menu bar shows for a menu, e.g. "Bestand" for {@code menu-file}. */
    public static String title(FxRobot robot, String menuId) {
        return shown(robot.lookup("#" + menuId).queryAs(Labeled.class).getText());
    }

    /** A text as JavaFX draws it with mnemonic parsing on: the first single underscore marks the letter. */
    public static String shown(String text) {
        int marker = text.indexOf('_');
        return marker < 0 || marker == text.length() - 1 ? text : text.substring(0, marker) + text.substring(marker + 1);
    }
}
