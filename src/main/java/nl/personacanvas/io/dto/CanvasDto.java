package nl.personacanvas.io.dto;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** The four quadrants under their stable keys (see {@code Quadrant.key()}). */
@JsonPropertyOrder({"design", "deliver", "organise", "attitude"})
public record CanvasDto(List<EntryDto> design, List<EntryDto> deliver, List<EntryDto> organise,
                        List<EntryDto> attitude) {
}
