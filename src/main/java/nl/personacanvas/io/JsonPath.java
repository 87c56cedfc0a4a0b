package nl.personacanvas.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A place in a JSON document as a list of property names and array indexes; printed the way people
 * read it, {@code workbook.personas[3].canvas.design[2].text}.
 */
final class JsonPath {
    static final JsonPath ROOT = new JsonPath(null, null);

    /**
     * Each path shares its parent's segments instead of copying them: validating a large workbook makes
     * a path for every value, and copying made that a good part of the time it takes.
     */
    private final JsonPath parent;
    private final Object segment;
    private final int hash;

    private JsonPath(JsonPath parent, Object segment) {
        this.parent = parent;
        this.segment = segment;
        this.hash = parent == null ? 1 : 31 * parent.hash + segment.hashCode();
    }

    static JsonPath of(List<Object> segments) {
        JsonPath path = ROOT;
        for (Object s : segments) {
            path = new JsonPath(path, s);
        }
        return path;
    }

    JsonPath field(String name) {
        return new JsonPath(this, name);
    }

    JsonPath index(int i) {
        return new JsonPath(this, i);
    }

    List<Object> segments() {
        List<Object> list = new ArrayList<>();
        for (JsonPath p = this; p.parent != null; p = p.parent) {
            list.add(p.segment);
        }
        Collections.reverse(list);
        return Collections.unmodifiableList(list);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof JsonPath other) || hash != other.hash) {
            return false;
        }
        return parent == null ? other.parent == null
                : other.parent != null && segment.equals(other.segment) && parent.equals(other.parent);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (Object s : segments()) {
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
