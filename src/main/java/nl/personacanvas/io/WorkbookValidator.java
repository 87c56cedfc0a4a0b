package nl.personacanvas.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.personacanvas.io.dto.CanvasDto;
import nl.personacanvas.io.dto.CoreActivityDto;
import nl.personacanvas.io.dto.EntryDto;
import nl.personacanvas.io.dto.PersonaDto;
import nl.personacanvas.io.dto.WorkbookFileDto;
import nl.personacanvas.model.ActivityGroup;

/** The rules a workbook file must meet beyond being JSON of the right shape. */
final class WorkbookValidator {

    private WorkbookValidator() {
    }

    /** Format and version first, so a future file is refused before its unknown fields confuse the reader. */
    static void checkHeader(JsonNode tree) throws WorkbookFormatException {
        if (!tree.isObject() || !WorkbookCodec.FORMAT.equals(tree.path("format").asText(null))) {
            throw new WorkbookFormatException("error.notWorkbook");
        }
        JsonNode version = tree.get("schemaVersion");
        if (version == null || !version.isInt()) {
            throw new WorkbookFormatException("error.missingVersion");
        }
        if (version.intValue() > WorkbookCodec.SCHEMA_VERSION) {
            throw new WorkbookFormatException("error.futureVersion", version.intValue(), WorkbookCodec.SCHEMA_VERSION);
        }
        if (version.intValue() < 1) {
            throw new WorkbookFormatException("error.missingVersion");
        }
    }

    static void check(WorkbookFileDto file) throws WorkbookFormatException {
        if (file.workbook() == null) {
            throw new WorkbookFormatException("error.missingField", "workbook");
        }
        Set<String> activityIds = new HashSet<>();
        for (CoreActivityDto a : nonNull(file.workbook().activities())) {
            require(a.id(), "activities[].id");
            if (!activityIds.add(a.id())) {
                throw new WorkbookFormatException("error.duplicateId", a.id());
            }
            if (a.group() == null || ActivityGroup.fromKey(a.group()).isEmpty()) {
                throw new WorkbookFormatException("error.badValue", "group", String.valueOf(a.group()));
            }
        }
        Set<String> ids = new HashSet<>();
        for (PersonaDto p : nonNull(file.workbook().personas())) {
            require(p.id(), "personas[].id");
            if (!ids.add(p.id())) {
                throw new WorkbookFormatException("error.duplicateId", p.id());
            }
            if (p.activity() != null && !p.activity().isEmpty() && !activityIds.contains(p.activity())) {
                throw new WorkbookFormatException("error.unknownActivity", p.name(), p.activity());
            }
            instant(p.created(), "created");
            instant(p.modified(), "modified");
            if (p.portrait() != null) {
                require(p.portrait().mediaType(), "portrait.mediaType");
                require(p.portrait().data(), "portrait.data");
                try {
                    Base64.getDecoder().decode(p.portrait().data());
                } catch (IllegalArgumentException e) {
                    throw new WorkbookFormatException("error.badValue", "portrait.data", "base64");
                }
            }
            CanvasDto c = p.canvas();
            if (c != null) {
                for (List<EntryDto> quadrant : List.of(nonNull(c.design()), nonNull(c.deliver()),
                        nonNull(c.organise()), nonNull(c.attitude()))) {
                    for (EntryDto e : quadrant) {
                        require(e.id(), "entry.id");
                        if (!ids.add(e.id())) {
                            throw new WorkbookFormatException("error.duplicateId", e.id());
                        }
                    }
                }
            }
        }
    }

    private static void instant(String value, String field) throws WorkbookFormatException {
        require(value, field);
        try {
            Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new WorkbookFormatException("error.badValue", field, value);
        }
    }

    private static void require(String value, String field) throws WorkbookFormatException {
        if (value == null || value.isEmpty()) {
            throw new WorkbookFormatException("error.missingField", field);
        }
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
