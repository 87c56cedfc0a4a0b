package nl.personacanvas.model;

import java.util.List;
import java.util.Objects;

/** One theme of a school's principles (uitgangspunten) with its statements. */
public record PrincipleTheme(String theme, List<String> statements) {

    public PrincipleTheme {
        theme = Objects.requireNonNullElse(theme, "");
        statements = List.copyOf(Objects.requireNonNullElse(statements, List.of()));
    }
}
