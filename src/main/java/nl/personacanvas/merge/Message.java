package nl.personacanvas.merge;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A sentence to be said later in the reader's language: a key of {@code merge/messages} and its
 * arguments, which may be messages themselves (a field or quadrant name inside a report line).
 */
public record Message(String key, List<Object> args) {

    public Message {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    public static Message of(String key, Object... args) {
        return new Message(key, Arrays.asList(args));
    }
}
