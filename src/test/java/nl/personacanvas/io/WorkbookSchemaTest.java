package nl.personacanvas.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.personacanvas.io.dto.CanvasDto;
import nl.personacanvas.io.dto.CoreActivityDto;
import nl.personacanvas.io.dto.EntryDto;
import nl.personacanvas.io.dto.PersonaDto;
import nl.personacanvas.io.dto.PortraitDto;
import nl.personacanvas.io.dto.PrincipleThemeDto;
import nl.personacanvas.io.dto.WorkbookDto;
import nl.personacanvas.io.dto.WorkbookFileDto;
import nl.personacanvas.model.ActivityGroup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Keeps the shipped JSON Schema in step with the DTOs, the limits and the rules of the reader. */
class WorkbookSchemaTest {
    private static JsonNode schema;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = WorkbookSchemaTest.class.getResourceAsStream("/nl/personacanvas/io/workbook.schema.json")) {
            assertThat(in).as("schema in the jar's resources").isNotNull();
            schema = new ObjectMapper().readTree(in);
        }
    }

    private static JsonNode definition(Class<?> dto) {
        return dto == WorkbookFileDto.class ? schema : schema.path("$defs").path(dto.getSimpleName().replace("Dto", ""));
    }

    /** Follows a {@code $ref} within the schema. */
    private static JsonNode resolve(JsonNode node) {
        JsonNode n = node;
        while (n.has("$ref")) {
            n = schema.at(n.get("$ref").asText().substring(1));
        }
        return n;
    }

    private static Set<String> names(JsonNode object) {
        Set<String> names = new TreeSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void isDraft202012() {
        assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    }

    @ParameterizedTest
    @ValueSource(classes = {WorkbookFileDto.class, WorkbookDto.class, PrincipleThemeDto.class, CoreActivityDto.class,
        PersonaDto.class, PortraitDto.class, CanvasDto.class, EntryDto.class})
    void namesExactlyTheFieldsOfEachDtoAndNoOthers(Class<?> dto) {
        JsonNode def = definition(dto);
        assertThat(def.path("type").asText()).isEqualTo("object");
        assertThat(def.path("additionalProperties").isBoolean() && !def.path("additionalProperties").asBoolean())
                .as("additionalProperties false").isTrue();
        Set<String> components = new TreeSet<>();
        Arrays.stream(dto.getRecordComponents()).map(RecordComponent::getName).forEach(components::add);
        assertThat(names(def.path("properties"))).isEqualTo(components);
    }

    @Test
    void everyReferenceResolves() {
        List<String> refs = new ArrayList<>();
        schema.findValues("$ref").forEach(r -> refs.add(r.asText()));
        assertThat(refs).isNotEmpty().allSatisfy(r -> assertThat(schema.at(r.substring(1)).isMissingNode()).as(r).isFalse());
    }

    @Test
    void requiredFieldsAreThoseTheReaderRequires() {
        assertThat(schema.path("required")).extracting(JsonNode::asText).containsExactly("format", "schemaVersion", "workbook");
        assertThat(definition(CoreActivityDto.class).path("required")).extracting(JsonNode::asText).containsExactly("id", "group");
        assertThat(definition(PersonaDto.class).path("required")).extracting(JsonNode::asText).containsExactly("id", "created", "modified");
        assertThat(definition(PortraitDto.class).path("required")).extracting(JsonNode::asText).containsExactly("mediaType", "data");
        assertThat(definition(EntryDto.class).path("required")).extracting(JsonNode::asText).containsExactly("id");
    }

    @Test
    void constantsAndAllowedValuesMatchTheCode() {
        assertThat(schema.at("/properties/format/const").asText()).isEqualTo(WorkbookCodec.FORMAT);
        assertThat(schema.at("/properties/schemaVersion/const").asInt()).isEqualTo(WorkbookCodec.SCHEMA_VERSION);
        assertThat(definition(CoreActivityDto.class).at("/properties/group/enum")).extracting(JsonNode::asText)
                .containsExactlyElementsOf(Arrays.stream(ActivityGroup.values()).map(ActivityGroup::key).toList());
        assertThat(definition(CoreActivityDto.class).at("/properties/matrix/enum")).extracting(JsonNode::asText)
                .allMatch(a -> ValueRules.MATRIX_ACTIVITY.matcher(a).matches()).hasSize(5);
        assertThat(definition(PortraitDto.class).at("/properties/mediaType/enum")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrderElementsOf(ValueRules.MEDIA_TYPES);
    }

    @Test
    void limitsMatchTheReader() {
        assertThat(resolve(definition(EntryDto.class).at("/properties/text")).path("maxLength").asInt()).isEqualTo(Limits.MAX_TEXT_LENGTH);
        assertThat(resolve(definition(EntryDto.class).at("/properties/id")).path("maxLength").asInt()).isEqualTo(Limits.MAX_NAME_LENGTH);
        assertThat(resolve(definition(PersonaDto.class).at("/properties/role")).path("maxLength").asInt()).isEqualTo(Limits.MAX_SENTENCE_LENGTH);
        assertThat(resolve(definition(WorkbookDto.class).at("/properties/school")).path("maxLength").asInt()).isEqualTo(Limits.MAX_NAME_LENGTH);
        assertThat(definition(WorkbookDto.class).at("/properties/personas/maxItems").asInt()).isEqualTo(Limits.MAX_PERSONAS);
        assertThat(definition(WorkbookDto.class).at("/properties/activities/maxItems").asInt()).isEqualTo(Limits.MAX_ACTIVITIES);
        assertThat(resolve(definition(CanvasDto.class).at("/properties/design")).path("maxItems").asInt())
                .isEqualTo(Limits.MAX_ENTRIES_PER_QUADRANT);
        assertThat(definition(EntryDto.class).at("/properties/links/maxItems").asInt()).isEqualTo(Limits.MAX_LINKS);
        assertThat(definition(PersonaDto.class).at("/properties/authors/maxItems").asInt()).isEqualTo(Limits.MAX_AUTHORS);
        assertThat(definition(PortraitDto.class).at("/properties/data/maxLength").asInt())
                .isEqualTo(4 * ((Limits.MAX_PORTRAIT_BYTES + 2) / 3));
    }
}
