package nl.personacanvas.io.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "name", "role", "activity", "authors", "portrait", "notes", "created", "modified", "canvas"})
public record PersonaDto(String id, String name, String role, String activity, List<String> authors,
                         PortraitDto portrait, String notes, String created, String modified, CanvasDto canvas) {
}
