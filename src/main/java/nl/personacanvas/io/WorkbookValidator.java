package nl.personacanvas.io;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.personacanvas.io.dto.CanvasDto;
import nl.personacanvas.io.dto.CoreActivityDto;
import nl.personacanvas.io.dto.EntryDto;
import nl.personacanvas.io.dto.PersonaDto;
import nl.personacanvas.io.dto.PortraitDto;
import nl.personacanvas.io.dto.PrincipleThemeDto;
import nl.personacanvas.io.dto.WorkbookDto;
import nl.personacanvas.io.dto.WorkbookFileDto;
import nl.personacanvas.model.ActivityGroup;

/**
 * The rules a workbook file must meet beyond being JSON of the right shape: required fields, lengths,
 * counts, unique ids, references, timestamps and enumerated values. Collects every problem (up to a
 * cap) with its JSON path, so one run of {@code validate} shows all that needs fixing.
 */
final class WorkbookValidator {
    /** A problem and where it is (null: nowhere in particular), before that becomes a line and column. */
    record Found(JsonPath path, String key, Object[] args) {
    }

    private final List<Found> problems = new ArrayList<>();
    private int omitted;

    private WorkbookValidator() {
    }

    /** Every problem of the bound file, in document order; empty when the file is valid. */
    static List<Found> check(WorkbookFileDto file) {
        WorkbookValidator v = new WorkbookValidator();
        v.file(file);
        if (v.omitted > 0) {
            v.problems.add(new Found(null, "error.moreProblems", new Object[] {v.omitted}));
        }
        return v.problems;
    }

    private void report(JsonPath path, String key, Object... args) {
        if (problems.size() < Limits.MAX_REPORTED_PROBLEMS) {
            problems.add(new Found(path, key, args));
        } else {
            omitted++;
        }
    }

    private void file(WorkbookFileDto file) {
        text(JsonPath.ROOT.field("matrixVersion"), file.matrixVersion(), Limits.MAX_NAME_LENGTH);
        text(JsonPath.ROOT.field("savedBy"), file.savedBy(), Limits.MAX_NAME_LENGTH);
        JsonPath path = JsonPath.ROOT.field("workbook");
        WorkbookDto wb = file.workbook();
        if (wb == null) {
            report(JsonPath.ROOT, "error.missingField", "workbook");
            return;
        }
        text(path.field("school"), wb.school(), Limits.MAX_NAME_LENGTH);
        text(path.field("region"), wb.region(), Limits.MAX_NAME_LENGTH);
        text(path.field("team"), wb.team(), Limits.MAX_NAME_LENGTH);
        text(path.field("definition"), wb.definition(), Limits.MAX_TEXT_LENGTH);
        List<PrincipleThemeDto> principles = list(wb.principles());
        for (int i = 0; i < principles.size(); i++) {
            principle(path.field("principles").index(i), principles.get(i));
        }
        Set<String> activityIds = new HashSet<>();
        List<CoreActivityDto> activities = list(wb.activities());
        for (int i = 0; i < activities.size(); i++) {
            activity(path.field("activities").index(i), activities.get(i), activityIds);
        }
        Set<String> personaIds = new HashSet<>();
        Set<String> entryIds = new HashSet<>();
        List<PersonaDto> personas = list(wb.personas());
        for (int i = 0; i < personas.size(); i++) {
            persona(path.field("personas").index(i), personas.get(i), activityIds, personaIds, entryIds);
        }
    }

    private void principle(JsonPath path, PrincipleThemeDto p) {
        text(path.field("theme"), p.theme(), Limits.MAX_SENTENCE_LENGTH);
        List<String> statements = list(p.statements());
        for (int i = 0; i < statements.size(); i++) {
            text(path.field("statements").index(i), statements.get(i), Limits.MAX_TEXT_LENGTH);
        }
    }

    private void activity(JsonPath path, CoreActivityDto a, Set<String> ids) {
        id(path, "id", a.id(), ids);
        if (a.matrix() != null && !ValueRules.MATRIX_ACTIVITY.matcher(a.matrix()).matches()) {
            report(path.field("matrix"), "error.badMatrixActivity", shorten(a.matrix()));
        }
        text(path.field("name"), a.name(), Limits.MAX_SENTENCE_LENGTH);
        if (a.group() == null) {
            report(path, "error.missingField", "group");
        } else if (ActivityGroup.fromKey(a.group()).isEmpty()) {
            report(path.field("group"), "error.badEnum", shorten(a.group()), "at-home, mobility");
        }
    }

    private void persona(JsonPath path, PersonaDto p, Set<String> activityIds, Set<String> personaIds,
                         Set<String> entryIds) {
        id(path, "id", p.id(), personaIds);
        text(path.field("name"), p.name(), Limits.MAX_NAME_LENGTH);
        text(path.field("role"), p.role(), Limits.MAX_SENTENCE_LENGTH);
        if (p.activity() != null && !p.activity().isEmpty() && !activityIds.contains(p.activity())) {
            report(path.field("activity"), "error.unknownActivity", shorten(p.activity()));
        }
        List<String> authors = list(p.authors());
        for (int i = 0; i < authors.size(); i++) {
            text(path.field("authors").index(i), authors.get(i), Limits.MAX_NAME_LENGTH);
        }
        if (p.portrait() != null) {
            portrait(path.field("portrait"), p.portrait());
        }
        text(path.field("notes"), p.notes(), Limits.MAX_TEXT_LENGTH);
        instant(path, "created", p.created());
        instant(path, "modified", p.modified());
        CanvasDto c = p.canvas();
        if (c != null) {
            JsonPath canvas = path.field("canvas");
            quadrant(canvas.field("design"), c.design(), entryIds);
            quadrant(canvas.field("deliver"), c.deliver(), entryIds);
            quadrant(canvas.field("organise"), c.organise(), entryIds);
            quadrant(canvas.field("attitude"), c.attitude(), entryIds);
        }
    }

    private void portrait(JsonPath path, PortraitDto portrait) {
        if (portrait.mediaType() == null) {
            report(path, "error.missingField", "mediaType");
        } else if (!ValueRules.MEDIA_TYPES.contains(portrait.mediaType())) {
            report(path.field("mediaType"), "error.badEnum", shorten(portrait.mediaType()), "image/png, image/jpeg");
        }
        if (portrait.data() == null) {
            report(path, "error.missingField", "data");
        } else if (portrait.data().length() > ValueRules.MAX_PORTRAIT_BASE64) {
            report(path.field("data"), "error.portraitTooLarge", Limits.MAX_PORTRAIT_BYTES / (1024 * 1024));
        } else {
            try {
                dimensions(path.field("data"), Base64.getDecoder().decode(portrait.data()));
            } catch (IllegalArgumentException e) {
                report(path.field("data"), "error.badBase64");
            }
        }
    }

    private void dimensions(JsonPath path, byte[] image) {
        ImageHeader.sizeOf(image).ifPresent(size -> {
            if (ValueRules.tooManyPixels(size)) {
                report(path, "error.portraitDimensions", size.width(), size.height(), Limits.MAX_PORTRAIT_SIDE,
                        Limits.MAX_PORTRAIT_PIXELS / 1_000_000);
            }
        });
    }

    private void quadrant(JsonPath path, List<EntryDto> entries, Set<String> ids) {
        List<EntryDto> list = list(entries);
        for (int i = 0; i < list.size(); i++) {
            JsonPath at = path.index(i);
            EntryDto e = list.get(i);
            id(at, "id", e.id(), ids);
            text(at.field("text"), e.text(), Limits.MAX_TEXT_LENGTH);
            List<String> links = list(e.links());
            for (int j = 0; j < links.size(); j++) {
                text(at.field("links").index(j), links.get(j), Limits.MAX_NAME_LENGTH);
            }
            text(at.field("note"), e.note(), Limits.MAX_TEXT_LENGTH);
        }
    }

    /** List sizes were bounded while streaming ({@link ListLimits}); here an absent list is an empty one. */
    private static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list;
    }

    private void id(JsonPath owner, String field, String id, Set<String> seen) {
        JsonPath path = owner.field(field);
        if (id == null) {
            report(owner, "error.missingField", field);
            return;
        }
        if (id.isBlank()) {
            report(path, "error.emptyId");
            return;
        }
        if (!text(path, id, Limits.MAX_NAME_LENGTH)) {
            return;
        }
        if (ValueRules.hasControlCharacter(id)) {
            report(path, "error.controlInId");
        } else if (!seen.add(id)) {
            report(path, "error.duplicateId", id);
        }
    }

    /** Checks length and well-formedness; true when the text is acceptable (or absent). */
    private boolean text(JsonPath path, String value, int max) {
        if (value == null) {
            return true;
        }
        int length = ValueRules.codePoints(value);
        if (length < 0) {
            report(path, "error.loneSurrogate", String.format("U+%04X", (int) value.charAt(-1 - length)));
            return false;
        }
        if (length > max) {
            report(path, "error.tooLong", length, max);
            return false;
        }
        return true;
    }

    private void instant(JsonPath owner, String field, String value) {
        if (value == null) {
            report(owner, "error.missingField", field);
            return;
        }
        try {
            Instant.parse(value);
        } catch (DateTimeParseException e) {
            report(owner.field(field), "error.badTimestamp", shorten(value));
        }
    }

    /** Quotes a bad value without letting a megabyte of it into the message. */
    private static String shorten(String value) {
        return value.length() <= 60 ? value : value.substring(0, 60) + "…";
    }
}
