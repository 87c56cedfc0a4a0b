package nl.personacanvas.pdf;

/** A rectangle in PDF user space (origin bottom left, in points). */
record Box(float x, float y, float width, float height) {

    float right() {
        return x + width;
    }

    float top() {
        return y + height;
    }

    /** This box shrunk by {@code d} on every side. */
    Box inset(float d) {
        return new Box(x + d, y + d, Math.max(0, width - 2 * d), Math.max(0, height - 2 * d));
    }
}
