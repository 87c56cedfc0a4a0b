package nl.personacanvas.ui.controls;

import javafx.scene.layout.Region;
import javafx.scene.shape.SVGPath;
import javafx.scene.transform.Scale;

/**
 * A Material icon of the window's first frame (and of the side panel that follows it) drawn as a path instead of a glyph of Ikonli's icon font: the first
 * icon from the font costs its look-up and loading on the FX thread, and every glyph icon a text layout, before
 * the window can show (docs/startup.md). It looks like the font's icon: the same outline (read from the font by
 * {@code packaging/icon-paths/IconPaths.java}), the same 18 px box as the theme's {@code -fx-icon-size}, and the
 * theme's icon colours, as the path carries the font icon's style class and the theme sets {@code -fx-fill} with
 * the icon colour for every state (hover, focus, pressed).
 */
public final class PathIcon extends Region {
    private static final double SIZE = 18;
    private static final double GRID = 24;

    /**
     * The outlines, on Material's 24 px grid, of Google's Material Icons (Apache License 2.0, as bundled in
     * Ikonli's Material 2 pack, see THIRD-PARTY-NOTICES.md).
     */
    public enum Glyph {
        CLOSE("M18.984 6.422L13.406 12L18.984 17.578L17.578 18.984L12 13.406L6.422 18.984L5.016 17.578L10.594 12"
                + "L5.016 6.422L6.422 5.016L12 10.594L17.578 5.016L18.984 6.422Z"),
        ADD("M18.984 12.984L12.984 12.984L12.984 18.984L11.016 18.984L11.016 12.984L5.016 12.984L5.016 11.016"
                + "L11.016 11.016L11.016 5.016L12.984 5.016L12.984 11.016L18.984 11.016L18.984 12.984Z"),
        CONTENT_COPY("M15.984 0.984L15.984 3L3.984 3L3.984 17.016L2.016 17.016L2.016 3Q2.016 2.156 2.594 1.578"
                + "Q3.188 0.984 3.984 0.984L15.984 0.984ZM18.984 5.016Q19.828 5.016 20.406 5.609Q21 6.188 21 6.984"
                + "L21 21Q21 21.844 20.406 22.438Q19.828 23.016 18.984 23.016L8.016 23.016Q7.172 23.016 6.578 22.438"
                + "Q6 21.844 6 21L6 6.984Q6 6.188 6.578 5.609Q7.172 5.016 8.016 5.016L18.984 5.016ZM18.984 21"
                + "L18.984 6.984L8.016 6.984L8.016 21L18.984 21Z"),
        DELETE_OUTLINE("M6 18.984L6 6.984L18 6.984L18 18.984Q18 19.828 17.406 20.422Q16.828 21 15.984 21L8.016 21"
                + "Q7.172 21 6.578 20.422Q6 19.828 6 18.984ZM8.016 9L8.016 18.984L15.984 18.984L15.984 9L8.016 9Z"
                + "M15.516 3.984L18.984 3.984L18.984 6L5.016 6L5.016 3.984L8.484 3.984L9.516 3L14.484 3"
                + "L15.516 3.984Z"),
        LIST_ALT("M18.984 5.016L5.016 5.016L5.016 18.984L18.984 18.984L18.984 5.016ZM20.109 3Q20.438 3 20.719 3.281"
                + "Q21 3.563 21 3.891L21 20.109Q21 20.391 20.688 20.703Q20.391 21 20.109 21L3.891 21Q3.563 21 3.281 20.719"
                + "Q3 20.438 3 20.109L3 3.891Q3 3.516 3.25 3.266Q3.516 3 3.891 3L20.109 3ZM11.016 6.984L17.016 6.984"
                + "L17.016 9L11.016 9L11.016 6.984ZM11.016 11.016L17.016 11.016L17.016 12.984L11.016 12.984"
                + "L11.016 11.016ZM11.016 15L17.016 15L17.016 17.016L11.016 17.016L11.016 15ZM6.984 6.984L9 6.984L9 9"
                + "L6.984 9L6.984 6.984ZM6.984 11.016L9 11.016L9 12.984L6.984 12.984L6.984 11.016ZM6.984 15L9 15"
                + "L9 17.016L6.984 17.016L6.984 15Z"),
        PERSON_ADD("M15 12Q13.359 12 12.188 10.828Q11.016 9.656 11.016 8Q11.016 6.328 12.188 5.156Q13.359 3.984 15 3.984"
                + "Q16.641 3.984 17.813 5.156Q18.984 6.328 18.984 8Q18.984 9.656 17.813 10.828Q16.641 12 15 12Z"
                + "M6 9.984L9 9.984L9 12L6 12L6 15L3.984 15L3.984 12L0.984 12L0.984 9.984L3.984 9.984L3.984 6.984"
                + "L6 6.984L6 9.984ZM15 14.016Q16.5 14.016 18.281 14.438Q20.297 14.953 21.516 15.797Q23.016 16.781 23.016 18"
                + "L23.016 20.016L6.984 20.016L6.984 18Q6.984 16.781 8.484 15.797Q9.703 14.953 11.719 14.438"
                + "Q13.5 14.016 15 14.016Z");

        private final String path;

        Glyph(String path) {
            this.path = path;
        }
    }

    public PathIcon(Glyph glyph) {
        SVGPath shape = new SVGPath();
        shape.setContent(glyph.path);
        // The theme colours icons through this class (-fx-fill beside -fx-icon-color), in every button state.
        shape.getStyleClass().add("ikonli-font-icon");
        shape.getTransforms().add(new Scale(SIZE / GRID, SIZE / GRID, 0, 0));
        shape.setManaged(false);
        getStyleClass().add("path-icon");
        getChildren().add(shape);
        setMinSize(SIZE, SIZE);
        setPrefSize(SIZE, SIZE);
        setMaxSize(SIZE, SIZE);
    }
}
