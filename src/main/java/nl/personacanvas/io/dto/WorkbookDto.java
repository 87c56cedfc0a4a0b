package nl.personacanvas.io.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"school", "region", "team", "definition", "principles", "activities", "personas"})
public record WorkbookDto(String school, String region, String team, String definition,
                          List<PrincipleThemeDto> principles, List<CoreActivityDto> activities,
                          List<PersonaDto> personas) {
}
