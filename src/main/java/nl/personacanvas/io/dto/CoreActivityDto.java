package nl.personacanvas.io.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** {@code matrix} is "A1".."A5" for one of the matrix's activities and absent for a school's own. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "matrix", "name", "group"})
public record CoreActivityDto(String id, String matrix, String name, String group) {
}
