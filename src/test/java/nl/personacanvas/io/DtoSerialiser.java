package nl.personacanvas.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.Optional;
import java.util.List;
import nl.personacanvas.io.dto.CanvasDto;
import nl.personacanvas.io.dto.CoreActivityDto;
import nl.personacanvas.io.dto.EntryDto;
import nl.personacanvas.io.dto.PersonaDto;
import nl.personacanvas.io.dto.PortraitDto;
import nl.personacanvas.io.dto.PrincipleThemeDto;
import nl.personacanvas.io.dto.WorkbookDto;
import nl.personacanvas.io.dto.WorkbookFileDto;
import nl.personacanvas.model.Canvas;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.model.Workbook;

/**
 * How the codec wrote files before saving was streamed: the model mapped to the DTOs reading binds to,
 * then serialised by Jackson's data binding with indentation. The reference the streaming writer is
 * held to, byte for byte.
 */
final class DtoSerialiser {
    private final ObjectMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    byte[] write(Workbook workbook, String savedBy) throws IOException {
        WorkbookFileDto file = new WorkbookFileDto(WorkbookCodec.FORMAT, WorkbookCodec.SCHEMA_VERSION,
                workbook.matrixVersion(), savedBy, toDto(workbook));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        mapper.writeValue(out, file);
        out.write('\n');
        return out.toByteArray();
    }

    private static WorkbookDto toDto(Workbook wb) {
        return new WorkbookDto(wb.school(), wb.region(), wb.team(), wb.definition(),
                wb.principles().stream().map(p -> new PrincipleThemeDto(p.theme(), p.statements())).toList(),
                wb.activities().stream().map(a -> new CoreActivityDto(a.id(), a.matrixId(), a.name(), a.group().key()))
                        .toList(),
                wb.personas().stream().map(DtoSerialiser::toDto).toList());
    }

    private static PersonaDto toDto(Persona p) {
        PortraitDto portrait = Optional.ofNullable(p.portrait())
                .map(img -> new PortraitDto(img.mediaType(), Base64.getEncoder().encodeToString(img.data())))
                .orElse(null);
        Canvas c = p.canvas();
        return new PersonaDto(p.id(), p.name(), p.role(), p.activityId(), p.authors(), portrait, p.notes(),
                p.created().toString(), p.modified().toString(),
                new CanvasDto(entries(c, Quadrant.DESIGN), entries(c, Quadrant.DELIVER),
                        entries(c, Quadrant.ORGANISE), entries(c, Quadrant.ATTITUDE)));
    }

    private static List<EntryDto> entries(Canvas canvas, Quadrant q) {
        return canvas.entries(q).stream().map(e -> new EntryDto(e.id(), e.text(), e.links(), e.note())).toList();
    }
}
