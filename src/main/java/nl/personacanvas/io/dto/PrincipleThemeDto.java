package nl.personacanvas.io.dto;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

@JsonPropertyOrder({"theme", "statements"})
public record PrincipleThemeDto(String theme, List<String> statements) {
}
