package nl.personacanvas.io.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The top level of a workbook file. Kept apart from the domain model so the file format can evolve
 * (schemaVersion) without the model knowing about JSON.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"format", "schemaVersion", "matrixVersion", "savedBy", "workbook"})
public record WorkbookFileDto(String format, Integer schemaVersion, String matrixVersion, String savedBy,
                              WorkbookDto workbook) {
}
