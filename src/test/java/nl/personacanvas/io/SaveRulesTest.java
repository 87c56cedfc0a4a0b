package nl.personacanvas.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.personacanvas.model.ActivityGroup;
import nl.personacanvas.model.Canvas;
import nl.personacanvas.model.CoreActivity;
import nl.personacanvas.model.Entry;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Portrait;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.model.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every rule of the reader that is no bound, walked through a save and read back: what can be mended without
 * losing a word is mended in the file (and opens), what cannot is refused in Dutch and English and the file on disk
 * stays as it was. The last tests fail when the reader gets a refusal the save does not know.
 */
class SaveRulesTest {
    private static final Locale NL = Locale.forLanguageTag("nl");
    private static final Instant T = Instant.parse("2026-11-30T10:00:00Z");
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13,
        'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xC0, 0, 11, 8, 0, 1, 0, 1, 1,
        1, 0x11, 0};

    @TempDir
    Path dir;

    private final WorkbookCodec codec = new WorkbookCodec();
    private final WorkbookStore store = new WorkbookStore(codec);

    @Test
    void aDoubledActivityIdGetsAFreshOneAndItsPersonasKeepTheFirstAsTheWindowShowsThem() throws Exception {
        Workbook wb = workbook(List.of(activity("k-1", "A1", "Lesgeven"), activity("k-1", "A4", "Stages")),
                List.of(persona("p-1", "Laura", "k-1", entry("e-1", "Ontwerpt"))));

        Workbook opened = savedAndOpened(wb);

        assertThat(opened.activities()).extracting(CoreActivity::id, CoreActivity::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("k-1", "Lesgeven"),
                        org.assertj.core.groups.Tuple.tuple("k-1-2", "Stages"));
        assertThat(opened.activityOf(opened.personas().get(0)).orElseThrow().name())
                .isEqualTo(wb.activityOf(wb.personas().get(0)).orElseThrow().name());
    }

    @Test
    void aDoubledPersonaIdGetsAFreshOneAndBothPersonasAreWrittenWhole() throws Exception {
        Persona laura = persona("p-1", "Laura", "", entry("e-1", "Ontwerpt lessen"));
        Persona ahmed = persona("p-1", "Ahmed", "", entry("e-2", "Coacht"));

        Workbook opened = savedAndOpened(workbook(List.of(), List.of(laura, ahmed)));

        assertThat(opened.personas()).extracting(Persona::id).containsExactly("p-1", "p-1-2");
        assertThat(opened.personas().get(0)).isEqualTo(laura);
        assertThat(opened.personas().get(1)).isEqualTo(withId(ahmed, "p-1-2"));
    }

    @Test
    void aDoubledEntryIdInOnePersonaOrAcrossPersonasGetsAFreshOneFreeInTheWholeWorkbook() throws Exception {
        Persona laura = persona("p-1", "Laura", "", entry("e-1", "Ontwerpt"), entry("e-1", "Plant"));
        Persona ahmed = persona("p-2", "Ahmed", "", entry("e-1", "Coacht"), entry("e-1-2", "Bestaat al"));

        Workbook opened = savedAndOpened(workbook(List.of(), List.of(laura, ahmed)));

        assertThat(opened.personas().get(0).canvas().entries(Quadrant.DESIGN)).extracting(Entry::id, Entry::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("e-1", "Ontwerpt"),
                        org.assertj.core.groups.Tuple.tuple("e-1-3", "Plant"));
        assertThat(opened.personas().get(1).canvas().entries(Quadrant.DESIGN)).extracting(Entry::id, Entry::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("e-1-4", "Coacht"),
                        org.assertj.core.groups.Tuple.tuple("e-1-2", "Bestaat al"));
    }

    @Test
    void aBlankIdOrOneWithAControlCharacterOrHalfACharacterGetsAFreshOne() throws Exception {
        Workbook wb = workbook(List.of(activity(" ", null, "Eigen")),
                List.of(persona("", "Laura", " ", entry("e\n1", "Ontwerpt"), entry("\t", "Plant"),
                        entry("e\uD800", "Half"), entry("e\uDBFF", "Andere helft"))));

        Workbook opened = savedAndOpened(wb);

        assertThat(opened.activities().get(0).id()).isEqualTo("k-2");
        Persona laura = opened.personas().get(0);
        assertThat(laura.id()).isEqualTo("p-2");
        assertThat(laura.activityId()).as("the activity it named, by its fresh id").isEqualTo("k-2");
        assertThat(laura.canvas().entries(Quadrant.DESIGN)).extracting(Entry::id)
                .containsExactly("e1-2", "e-2", "e-3", "e-4");
    }

    @Test
    void aPersonaWhoseActivityWasRemovedIsWrittenWithoutOne() throws Exception {
        Persona laura = persona("p-1", "Laura", "k-weg", entry("e-1", "Ontwerpt"));
        Workbook wb = workbook(List.of(activity("k-1", "A1", "Lesgeven")), List.of(laura));

        Workbook opened = savedAndOpened(wb);

        assertThat(opened.personas()).containsExactly(laura.withActivityId(""));
        assertThat(opened.activities()).isEqualTo(wb.activities());
    }

    /** Before, the autosave's copy of such a workbook was unreadable after a crash: kept aside, not offered. */
    @Test
    void theRecoveryCopyOfAWorkbookWhoseActivityWasRemovedIsOfferedAfterACrash() throws Exception {
        Persona laura = persona("p-1", "Laura", "k-weg", entry("e-1", "Ontwerpt"));
        RecoveryFiles crashed = new RecoveryFiles(dir.resolve("recovery"), store);
        crashed.write(workbook(List.of(), List.of(laura)), null, null, T);
        crashed.letGo();

        RecoveryFiles nextStart = new RecoveryFiles(dir.resolve("recovery"), store);

        assertThat(nextStart.find().map(RecoveryFiles.Recovered::workbook))
                .contains(workbook(List.of(), List.of(laura.withActivityId(""))));
        assertThat(nextStart.keptAside()).isEmpty();
        nextStart.discard();
    }

    @Test
    void aPortraitDeclaredAsNeitherPngNorJpegIsWrittenAsTheTypeItsBytesAre() throws Exception {
        Persona laura = persona("p-1", "Laura", "").withPortrait(new Portrait("image/gif", PNG));
        Persona ahmed = persona("p-2", "Ahmed", "").withPortrait(new Portrait("", JPEG));

        Workbook opened = savedAndOpened(workbook(List.of(), List.of(laura, ahmed)));

        assertThat(opened.personas().get(0).portrait()).isEqualTo(new Portrait("image/png", PNG));
        assertThat(opened.personas().get(1).portrait()).isEqualTo(new Portrait("image/jpeg", JPEG));
    }

    /** The reader does not hold a portrait's bytes to its declared type: every decoder reads the bytes by what they are. */
    @Test
    void aPortraitDeclaredAsTheOtherTypeIsWrittenAndReadAsItIs() throws Exception {
        Persona laura = persona("p-1", "Laura", "").withPortrait(new Portrait("image/png", JPEG));
        Workbook wb = workbook(List.of(), List.of(laura));
        Path file = dir.resolve("team.pcanvas");

        store.save(wb, file);

        assertThat(store.load(file)).isEqualTo(wb);
    }

    @Test
    void aPortraitWhoseBytesAreNoPngOrJpegAndNotDeclaredAsOneIsRefusedInBothLanguages() throws Exception {
        Persona laura = persona("p-1", "Laura", "").withPortrait(new Portrait("image/gif", "GIF89a....".getBytes()));

        SaveFailedException refused = refusedAndFileKept(workbook(List.of(), List.of(laura)));

        assertThat(refused.describe(NL)).isEqualTo("Het portret van Laura is geen PNG- of JPEG-afbeelding (het staat"
                + " aangemerkt als \"image/gif\"). Kies een andere afbeelding en sla opnieuw op; zo opgeslagen zou het"
                + " werkboek niet meer te openen zijn.");
        assertThat(refused.describe(Locale.ENGLISH)).isEqualTo("The portrait of Laura is no PNG or JPEG picture (it is"
                + " marked as \"image/gif\"). Choose another picture and save again; saved like this, the workbook could"
                + " not be opened again.");
    }

    @Test
    void aMatrixActivityTheMatrixLacksIsRefusedInBothLanguages() throws Exception {
        Workbook wb = workbook(List.of(activity("k-1", "A9", "Onderzoek")), List.of());

        SaveFailedException refused = refusedAndFileKept(wb);

        assertThat(refused.describe(NL)).isEqualTo("De kernactiviteit \"Onderzoek\" staat aangemerkt als activiteit A9"
                + " van de matrix, die de matrix niet heeft (die heeft A1 tot en met A5). Verwijder de activiteit, voeg"
                + " haar opnieuw toe vanuit de matrix en sla opnieuw op; zo opgeslagen zou het werkboek niet meer te"
                + " openen zijn.");
        assertThat(refused.describe(Locale.ENGLISH)).isEqualTo("The core activity \"Onderzoek\" is marked as the"
                + " matrix's activity A9, which the matrix does not have (it has A1 to A5). Remove the activity and add"
                + " it again from the matrix, then save again; saved like this, the workbook could not be opened again.");
    }

    @Test
    void aWorkbookMeetingEveryRuleIsWrittenAsItIsAndAMendedOneTheSameWayAtEverySave() throws Exception {
        Workbook good = workbook(List.of(activity("k-1", "A1", "Lesgeven")),
                List.of(persona("p-1", "Laura", "k-1", entry("e-1", "Ontwerpt"))));
        assertThat(SaveRules.mended(good, dir.resolve("a.pcanvas"))).isSameAs(good);

        Workbook doubled = workbook(List.of(), List.of(persona("p-1", "Laura", "", entry("e-1", "a"), entry("e-1", "b")),
                persona("p-1", "Ahmed", "k-weg")));
        Path file = dir.resolve("team.pcanvas");
        store.save(doubled, file);
        byte[] first = Files.readAllBytes(file);
        store.save(doubled, file);
        assertThat(Files.readAllBytes(file)).isEqualTo(first);
        Workbook opened = store.load(file);
        assertThat(SaveRules.mended(opened, file)).as("what was written meets every rule").isSameAs(opened);
    }

    /**
     * Every refusal the reader can word is a bound checked at save ({@link FormatLimit}), a rule mended or refused
     * here, or something the writer cannot write, for the reason given. A new message of the reader fails this test
     * until the save knows it.
     */
    @Test
    void everyRefusalOfTheReaderIsKnownToTheSave() throws Exception {
        Map<String, String> known = new TreeMap<>(Map.ofEntries(
                // Bounds: SaveLimits, walked by SaveLimitsTest.
                Map.entry("error.tooLarge", "bound"), Map.entry("error.tooLong", "bound"),
                Map.entry("error.tooMany", "bound"), Map.entry("error.portraitTooLarge", "bound"),
                Map.entry("error.portraitDimensions", "bound"), Map.entry("error.stringTooLong", "bound"),
                Map.entry("error.limit", "bound"), Map.entry("error.tooDeep", "bound"),
                Map.entry("error.keyTooLong", "bound"), Map.entry("error.numberTooLong", "bound"),
                // Rules mended or refused at save: the tests above.
                Map.entry("error.duplicateId", "mended"), Map.entry("error.emptyId", "mended"),
                Map.entry("error.controlInId", "mended"), Map.entry("error.unknownActivity", "mended"),
                Map.entry("error.badEnum", "mended or refused: a portrait's media type; an activity's group is an enum"),
                Map.entry("error.badMatrixActivity", "refused"),
                // The writer writes these right whatever the model holds.
                Map.entry("error.loneSurrogate", "written as U+FFFD (WellFormedStrings)"),
                Map.entry("error.badTimestamp", "an Instant's own text, which Instant.parse reads"),
                Map.entry("error.badBase64", "the writer's own Base64 of the bytes"),
                Map.entry("error.missingField", "the model holds no null id, group, time or portrait data"),
                Map.entry("error.moreProblems", "no refusal of its own"),
                // The file's text and shape: Jackson writes UTF-8 JSON of the format's shape, version and format.
                Map.entry("error.empty", "shape"), Map.entry("error.encoding", "shape"),
                Map.entry("error.invalidUtf8", "shape"), Map.entry("error.notText", "shape"),
                Map.entry("error.notObject", "shape"), Map.entry("error.notWorkbook", "shape"),
                Map.entry("error.missingVersion", "shape"), Map.entry("error.badVersion", "shape"),
                Map.entry("error.futureVersion", "shape"), Map.entry("error.truncated", "shape"),
                Map.entry("error.duplicateKey", "shape"), Map.entry("error.unexpectedChar", "shape"),
                Map.entry("error.unexpectedCode", "shape"), Map.entry("error.controlChar", "shape"),
                Map.entry("error.unrecognizedToken", "shape"), Map.entry("error.badEscape", "shape"),
                Map.entry("error.badUnicodeEscape", "shape"), Map.entry("error.badNumber", "shape"),
                Map.entry("error.syntax", "shape"), Map.entry("error.trailing", "shape"),
                Map.entry("error.unknownField", "shape"), Map.entry("error.nullValue", "shape"),
                Map.entry("error.expectedText", "shape"), Map.entry("error.expectedInteger", "shape"),
                Map.entry("error.expectedList", "shape"), Map.entry("error.expectedObject", "shape")));
        Properties messages = new Properties();
        try (InputStream in = SaveRulesTest.class.getResourceAsStream("messages_en.properties")) {
            messages.load(in);
        }
        assertThat(messages.stringPropertyNames().stream().filter(k -> k.startsWith("error.")).sorted())
                .as("the reader's refusals").containsExactlyElementsOf(known.keySet());
    }

    /**
     * Where the thorough reader reports each rule that is no bound: a new place with a known message (an id field
     * more, a second enumeration) fails here until the save mends or refuses it too.
     */
    @Test
    void everyPlaceTheValidatorReportsARuleIsOneTheSaveMeets() throws IOException {
        String validator = Files.readString(Path.of("src/main/java/nl/personacanvas/io/WorkbookValidator.java"));
        Map<String, Integer> places = new TreeMap<>();
        Matcher report = Pattern.compile("report\\([^;]*?\"(error\\.\\w+)\"").matcher(validator);
        while (report.find()) {
            places.merge(report.group(1), 1, Integer::sum);
        }
        assertThat(places).isEqualTo(Map.ofEntries(
                Map.entry("error.missingField", 6), // workbook, group, mediaType, data, id, created/modified: never null in the model
                Map.entry("error.badMatrixActivity", 1), // refused
                Map.entry("error.badEnum", 2), // the group (an enum in the model) and the portrait's media type (mended or refused)
                Map.entry("error.unknownActivity", 1), // mended
                Map.entry("error.portraitTooLarge", 1), Map.entry("error.portraitDimensions", 1), // bounds
                Map.entry("error.badBase64", 1), // the writer's own Base64
                Map.entry("error.emptyId", 1), Map.entry("error.controlInId", 1), Map.entry("error.duplicateId", 1), // mended
                Map.entry("error.loneSurrogate", 1), Map.entry("error.tooLong", 1), // U+FFFD; bounds
                Map.entry("error.badTimestamp", 1))); // an Instant's own text
        // The one id check serves three kinds of id, each mended above: activities, personas, entries.
        assertThat(Pattern.compile("\\bid\\((path|at), \"id\"").matcher(validator).results().count()).isEqualTo(3);
    }

    private Workbook savedAndOpened(Workbook wb) throws Exception {
        assertThatThrownBy(() -> codec.read(codec.write(wb))).as("the rule is one the reader holds, or the test is void")
                .isInstanceOf(WorkbookFormatException.class);
        Path file = dir.resolve("team.pcanvas");
        store.save(wb, file);
        return store.load(file);
    }

    private SaveFailedException refusedAndFileKept(Workbook wb) throws Exception {
        Path file = dir.resolve("team.pcanvas");
        store.save(workbook(List.of(), List.of()), file);
        byte[] before = Files.readAllBytes(file);
        SaveFailedException refused = null;
        try {
            store.save(wb, file);
        } catch (SaveFailedException e) {
            refused = e;
        }
        assertThat(refused).as("refused").isNotNull();
        assertThat(refused.reason()).isEqualTo(SaveFailedException.Reason.AGAINST_A_RULE);
        assertThat(refused.isOverALimit()).as("said by the window like a bound").isTrue();
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).containsExactly(file);
        }
        assertThatThrownBy(() -> codec.read(codec.write(wb))).isInstanceOf(WorkbookFormatException.class);
        return refused;
    }

    private static Workbook workbook(List<CoreActivity> activities, List<Persona> personas) {
        return new Workbook("Het Talent", "", "", "", List.of(), activities, personas, null);
    }

    private static CoreActivity activity(String id, String matrix, String name) {
        return new CoreActivity(id, matrix, name, ActivityGroup.AT_HOME);
    }

    private static Persona persona(String id, String name, String activity, Entry... design) {
        return new Persona(id, name, "begeleidt", activity, List.of(), null, "", T, T,
                Canvas.empty().withEntries(Quadrant.DESIGN, List.of(design)));
    }

    private static Persona withId(Persona p, String id) {
        return new Persona(id, p.name(), p.role(), p.activityId(), p.authors(), p.portrait(), p.notes(), p.created(),
                p.modified(), p.canvas());
    }

    private static Entry entry(String id, String text) {
        return new Entry(id, text, List.of(), "");
    }
}
