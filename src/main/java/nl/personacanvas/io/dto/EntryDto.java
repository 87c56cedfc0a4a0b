package nl.personacanvas.io.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** {@code links} are matrix element ids a person set; {@code note} is omitted when empty. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"id", "text", "links", "note"})
public record EntryDto(String id, String text, List<String> links, String note) {
}
