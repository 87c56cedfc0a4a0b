package nl.personacanvas.ui.canvas;

import java.util.Optional;
import nl.personacanvas.model.Quadrant;

/** Where each quadrant sits in the canvas's 2x2 grid, as the study's appendix draws it. */
public final class QuadrantGrid {

    public enum Direction { UP, DOWN, LEFT, RIGHT }

    private QuadrantGrid() {
    }

    public static int column(Quadrant q) {
        return q.ordinal() % 2;
    }

    public static int row(Quadrant q) {
        return q.ordinal() / 2;
    }

    public static Optional<Quadrant> neighbour(Quadrant from, Direction direction) {
        int col = column(from);
        int row = row(from);
        switch (direction) {
            case UP -> row--;
            case DOWN -> row++;
            case LEFT -> col--;
            case RIGHT -> col++;
        }
        if (col < 0 || col > 1 || row < 0 || row > 1) {
            return Optional.empty();
        }
        return Optional.of(Quadrant.values()[row * 2 + col]);
    }
}
