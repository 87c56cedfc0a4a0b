package nl.personacanvas.ui.canvas;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;

/** Where one letter of a laid-out text is drawn, for tests that check no letter is cut off or covered. */
final class LetterBounds {

    private LetterBounds() {
    }

    /** The scene bounds of the letter at {@code index}, shrunk by a pixel so that boxes that only touch do not overlap. */
    static Bounds of(Text text, int index) {
        PathElement[] shape = text.rangeShape(index, index + 1);
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (PathElement e : shape) {
            double x = e instanceof MoveTo m ? m.getX() : ((LineTo) e).getX();
            double y = e instanceof MoveTo m ? m.getY() : ((LineTo) e).getY();
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
        }
        return text.localToScene(new BoundingBox(minX + 1, minY + 1, maxX - minX - 2, maxY - minY - 2));
    }
}
