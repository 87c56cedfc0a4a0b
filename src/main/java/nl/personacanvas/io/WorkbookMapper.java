package nl.personacanvas.io;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.personacanvas.io.dto.CanvasDto;
import nl.personacanvas.io.dto.CoreActivityDto;
import nl.personacanvas.io.dto.EntryDto;
import nl.personacanvas.io.dto.PersonaDto;
import nl.personacanvas.io.dto.WorkbookDto;
import nl.personacanvas.model.ActivityGroup;
import nl.personacanvas.model.Canvas;
import nl.personacanvas.model.CoreActivity;
import nl.personacanvas.model.Entry;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Portrait;
import nl.personacanvas.model.PrincipleTheme;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.model.Workbook;

/**
 * Turns the file DTOs a file was bound to into the domain model. Assumes DTOs that passed validation;
 * checking what a file says is {@link WorkbookValidator}'s job. Writing needs no DTOs:
 * {@link WorkbookWriter} streams the model directly.
 */
final class WorkbookMapper {

    private WorkbookMapper() {
    }

    static Workbook fromDto(WorkbookDto dto, String matrixVersion) {
        return new Workbook(dto.school(), dto.region(), dto.team(), dto.definition(),
                nullToEmpty(dto.principles()).stream().map(p -> new PrincipleTheme(p.theme(), p.statements())).toList(),
                nullToEmpty(dto.activities()).stream().map(WorkbookMapper::fromDto).toList(),
                nullToEmpty(dto.personas()).stream().map(WorkbookMapper::fromDto).toList(),
                matrixVersion);
    }

    private static CoreActivity fromDto(CoreActivityDto a) {
        return new CoreActivity(a.id(), a.matrix(), a.name(), ActivityGroup.fromKey(a.group()).orElseThrow());
    }

    private static Persona fromDto(PersonaDto p) {
        Portrait portrait = p.portrait() == null ? null
                : new Portrait(p.portrait().mediaType(), Base64.getDecoder().decode(p.portrait().data()));
        Map<Quadrant, List<Entry>> quadrants = new EnumMap<>(Quadrant.class);
        CanvasDto c = p.canvas();
        if (c != null) {
            quadrants.put(Quadrant.DESIGN, fromDto(c.design()));
            quadrants.put(Quadrant.DELIVER, fromDto(c.deliver()));
            quadrants.put(Quadrant.ORGANISE, fromDto(c.organise()));
            quadrants.put(Quadrant.ATTITUDE, fromDto(c.attitude()));
        }
        return new Persona(p.id(), p.name(), p.role(), p.activity(), p.authors(), portrait, p.notes(),
                Instant.parse(p.created()), Instant.parse(p.modified()), Canvas.of(quadrants));
    }

    private static List<Entry> fromDto(List<EntryDto> entries) {
        List<Entry> result = new ArrayList<>();
        for (EntryDto e : nullToEmpty(entries)) {
            result.add(new Entry(e.id(), e.text(), e.links(), e.note()));
        }
        return result;
    }

    private static <T> List<T> nullToEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
