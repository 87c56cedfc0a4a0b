package nl.personacanvas.io.dto;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** {@code data} is the image file's bytes in Base64 (PNG or JPEG). */
@JsonPropertyOrder({"mediaType", "data"})
public record PortraitDto(String mediaType, String data) {
}
