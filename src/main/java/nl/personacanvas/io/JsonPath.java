package nl.personacanvas.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A place in a JSON document as a list of property names and array indexes; printed the way people
 * read it, {@code workbook.personas[3].canvas.design[2].text}.
 */
final class JsonPath {
    static final JsonPath ROOT = new JsonPath(List.of());

    private final List<Object> segments;

    private JsonPath(List<Object> segments) {
        this.segments = Collections.unmodifiableList(segments);
    }

    static JsonPath of(List<Object> segments) {
        return new JsonPath(new ArrayList<>(segments));
    }

    JsonPath field(String name) {
        return append(name);
    }

    JsonPath index(int i) {
        return append(i);
    }

    private JsonPath append(Object segment) {
        List<Object> copy = new ArrayList<>(segments);
        copy.add(segment);
        return new JsonPath(copy);
    }

    List<Object> segments() {
        return segments;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JsonPath other && segments.equals(other.segments);
    }

    @Override
    public int hashCode() {
        return segments.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (Object s : segments) {
            if (s instanceof Integer i) {
                sb.append('[').append(i).append(']');
            } else {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(s);
            }
        }
        return sb.toString();
    }
}
